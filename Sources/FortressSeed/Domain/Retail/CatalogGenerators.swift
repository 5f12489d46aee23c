/// Rows of `products`: the global grocery catalog.
struct ProductGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        let catalog = model.retail.catalog
        var json = JSONWriter(capacity: 512)
        for p in 0..<catalog.count {
            let f = catalog.facts(p)
            let created = catalog.createdAt(p)
            out.writer.uuid(catalog.id(p))
            out.writer.text(catalog.sku(p))
            out.writer.text(catalog.name(f))
            out.writer.text(f.kind.name + (f.variant.map { " sabor " + $0 } ?? "") + ": " + f.department.displayName + ", " + f.kind.subcategory + ".")
            out.writer.text(f.brand?.name)
            out.writer.uuid(model.categories.globalID(department: f.department, subcategory: f.kind.subcategory))
            out.writer.decimal(minorUnits: f.priceCents, scale: 2)
            out.writer.text(GroceryCodes.formatNCM(f.kind.ncm))
            json.reset()
            json.beginObject()
            json.key("ean13"); json.string(catalog.ean13(p))
            json.key("department"); json.string(f.department.rawValue)
            json.key("unit"); json.string(f.offer.size.saleUnit.rawValue)
            json.key("package"); json.string(f.offer.size.label)
            if !f.offer.size.isSoldByMeasure {
                json.key("net_content"); json.int(f.offer.size.netAmount)
                json.key("net_content_unit"); json.string(f.offer.size.measure.rawValue)
            }
            json.key("perishable"); json.bool(f.kind.isPerishable)
            json.key("shelf_life_days"); json.int(f.kind.shelfLifeDays.upperBound)
            json.key("storage"); json.string(f.kind.storage.rawValue)
            if let season = f.kind.season {
                json.key("season_months"); json.beginArray()
                for m in season.months { json.int(m) }
                json.endArray()
            }
            json.endObject()
            out.writer.json(json.buffer)
            out.writer.timestamp(micros: created)
            out.writer.timestamp(micros: created)
            try out.endRow()
        }
    }
}

/// Rows of `locations`: stores, warehouses and dark stores with a Brazilian address.
struct LocationGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        let locations = model.retail.locations
        var json = JSONWriter(capacity: 512)
        for l in 0..<locations.count {
            let site = locations.site(l)
            var g = locations.key.child("address").generator(l)
            let city = BrazilGeography.cities.first { $0.name == site.city && $0.uf == site.uf }
            out.writer.uuid(locations.id(l))
            out.writer.text(locations.name(l))
            out.writer.label(locations.kind(l).sqlLabel)
            json.reset()
            json.beginObject()
            json.key("street"); json.string(BrazilGeography.streetTypes[g.uniform(below: BrazilGeography.streetTypes.count)].value + " "
                + BrazilGeography.streetNames[g.uniform(below: BrazilGeography.streetNames.count)].value)
            json.key("number"); json.int(1 + g.uniform(below: 3_000))
            json.key("neighborhood"); json.string(site.label)
            json.key("city"); json.string(site.city)
            json.key("state"); json.string(site.uf)
            if let city {
                let cep = BrazilGeography.cep(at: g.uniform(below: BrazilGeography.cepCount(in: city.cepRanges)), in: city.cepRanges)
                json.key("cep"); json.string(BrazilGeography.formatCEP(cep))
            }
            json.key("country"); json.string("BR")
            json.endObject()
            out.writer.json(json.buffer)
            out.writer.timestamp(micros: locations.openedAt(l))
            try out.endRow()
        }
    }
}

extension GroceryLocationKind {
    var sqlLabel: StaticString {
        switch self {
        case .store: "store"
        case .warehouse: "warehouse"
        case .darkStore: "dark_store"
        }
    }
}
