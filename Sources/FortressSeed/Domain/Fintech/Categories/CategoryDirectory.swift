/// Each tenant's category tree (from `CategoryTreeTemplate`) as pure functions.
///
/// Tenant `t` has one row per top-level category and one per subcategory
/// (depth 2). Ids come from (tenant, position), so the ledger can name a
/// transaction's category without reading the categories table.
struct CategoryDirectory: Sendable {
    let key: StreamKey

    init(seed: UInt64) {
        key = StreamKey(seed: seed, stream: "categories")
    }

    /// The top-level category `i` of tenant `t`.
    func id(tenant t: Int, category i: Int) -> UUIDValue {
        var g = key.child(t).generator(i * 100)
        return UUIDValue(randomBits: g.next(), g.next())
    }

    /// The subcategory at `path` of tenant `t`.
    func id(tenant t: Int, path: CategoryPath) -> UUIDValue {
        var g = key.child(t).generator(path.categoryIndex * 100 + path.childIndex + 1)
        return UUIDValue(randomBits: g.next(), g.next())
    }

    /// A supermarket department of the global catalog taxonomy (`tenant_id` NULL).
    func globalID(department d: GroceryDepartment) -> UUIDValue {
        var g = key.child("global").generator(d.ordinal * 1_000)
        return UUIDValue(randomBits: g.next(), g.next())
    }

    /// A department's subcategory in the global taxonomy (subcategory names repeat across departments).
    func globalID(department d: GroceryDepartment, subcategory: String) -> UUIDValue {
        let j = d.subcategories.firstIndex(of: subcategory) ?? 0
        var g = key.child("global").generator(d.ordinal * 1_000 + 1 + j)
        return UUIDValue(randomBits: g.next(), g.next())
    }

    /// The subcategory named `name` (a programmer error if the template lacks it).
    static func path(named name: String) -> CategoryPath {
        for (i, c) in CategoryTreeTemplate.categories.enumerated() {
            if let j = c.children.firstIndex(where: { $0.name == name }) { return CategoryPath(categoryIndex: i, childIndex: j) }
        }
        preconditionFailure("no subcategory named \(name)")
    }
}

/// Rows of `categories`: per tenant, the top-level categories then their children,
/// each leaf with the `rules` that categorize transactions into it.
struct CategoryGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var json = JSONWriter(capacity: 512)
        if model.shard.writesGlobalTables { try writeGlobalTaxonomy(into: &out, json: &json) }
        let tree = CategoryTreeTemplate.categories
        for t in model.tenants {
            let tenantID = model.tenantID(t)
            let created = model.tenantCreatedAt(t)
            for (i, category) in tree.enumerated() {
                out.writer.uuid(model.categories.id(tenant: t, category: i))
                out.writer.uuid(tenantID)
                out.writer.text(category.name)
                out.writer.null()
                json.reset()
                json.beginObject()
                json.key("kind"); json.string(category.kind.rawValue)
                json.endObject()
                out.writer.json(json.buffer)
                out.writer.timestamp(micros: created)
                try out.endRow()
            }
            for (i, category) in tree.enumerated() {
                for (j, child) in category.children.enumerated() {
                    let path = CategoryPath(categoryIndex: i, childIndex: j)
                    out.writer.uuid(model.categories.id(tenant: t, path: path))
                    out.writer.uuid(tenantID)
                    out.writer.text(child.name)
                    out.writer.uuid(model.categories.id(tenant: t, category: i))
                    json.reset()
                    Self.writeRules(child, into: &json)
                    out.writer.json(json.buffer)
                    out.writer.timestamp(micros: created)
                    try out.endRow()
                }
            }
        }
    }

    /// The supermarket catalog's departments and their subcategories, `tenant_id` NULL
    /// (README "Decisions" 4: products have no tenant, so their categories have none).
    func writeGlobalTaxonomy<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>, json: inout JSONWriter) throws {
        let created = model.retail.catalog.catalogCreated
        for d in GroceryDepartment.allCases {
            out.writer.uuid(model.categories.globalID(department: d))
            out.writer.null()
            out.writer.text(d.displayName)
            out.writer.null()
            json.reset()
            json.beginObject()
            json.key("kind"); json.string("catalog")
            json.key("department"); json.string(d.rawValue)
            json.endObject()
            out.writer.json(json.buffer)
            out.writer.timestamp(micros: created)
            try out.endRow()
        }
        for d in GroceryDepartment.allCases {
            for sub in d.subcategories {
                out.writer.uuid(model.categories.globalID(department: d, subcategory: sub))
                out.writer.null()
                out.writer.text(sub)
                out.writer.uuid(model.categories.globalID(department: d))
                json.reset()
                json.beginObject()
                json.key("kind"); json.string("catalog")
                json.key("department"); json.string(d.rawValue)
                json.endObject()
                out.writer.json(json.buffer)
                out.writer.timestamp(micros: created)
                try out.endRow()
            }
        }
    }

    /// `{"auto_categorize":true,"match":{"mcc":["5411"],"merchant_name_contains":[...]}}`:
    /// the same rule `CategoryTreeTemplate.subcategory(for:merchantName:)` applies.
    static func writeRules(_ child: SubcategoryTemplate, into json: inout JSONWriter) {
        json.beginObject()
        json.key("auto_categorize"); json.bool(!child.mccs.isEmpty)
        json.key("match")
        json.beginObject()
        json.key("mcc"); json.beginArray()
        for mcc in child.mccs { json.string(mcc.code) }
        json.endArray()
        json.key("merchant_name_contains"); json.beginArray()
        for word in child.nameKeywords { json.string(word) }
        json.endArray()
        json.endObject()
        json.endObject()
    }
}
