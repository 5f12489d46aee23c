/// Writes the schema as a `schema.prisma` equivalent to the DDL.
///
/// Models are PascalCase singular (`@@map` to the table), fields camelCase
/// (`@map` to the column), money is `Decimal @db.Decimal(p, s)`, enums map to
/// the SQL enum types. What Prisma cannot express (expression and partial
/// indexes, CHECK constraints, partitioning) is written as a comment that
/// points at the SQL migration, so nothing is silently lost.
public struct PrismaWriter: Sendable {
    public init() {}

    public func script(version: String) -> String {
        var out = "// Fortress schema, written by fortress-seed \(version).\n"
        out += "// Equivalent to `fortress-seed schema` (SQL). Expression/partial indexes, CHECKs and\n"
        out += "// partitioning are noted in comments: apply them with the SQL migration.\n\n"
        out += "generator client {\n  provider = \"prisma-client-js\"\n}\n\n"
        out += "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n"
        for e in FortressSchema.enums {
            out += "enum \(Self.pascal(e.name)) {\n"
            for v in e.values { out += "  \(v)\n" }
            out += "\n  @@map(\"\(e.name)\")\n}\n\n"
        }
        for t in FortressSchema.tables { out += model(t) + "\n" }
        return out
    }

    /// The `model` block of one table.
    public func model(_ t: Table) -> String {
        var lines: [String] = []
        if let note = partitionNote(t) { lines.append("  // \(note)") }
        for c in t.columns { lines.append("  " + field(c, in: t)) }
        for fk in t.foreignKeys { lines.append("  " + relationField(fk, in: t)) }
        for (child, fk) in Self.backReferences(to: t) {
            let oneToOne = Self.isOneToOne(child, fk)
            let field = oneToOne ? Self.camel(Self.snake(Self.modelName(child))) : Self.backFieldName(child: child, fk: fk)
            lines.append("  \(field) \(Self.modelName(child))\(oneToOne ? "?" : "[]") @relation(\"\(Self.relationName(child, fk))\")")
        }
        lines.append("")
        if t.primaryKey.count > 1 {
            lines.append("  @@id([\(t.primaryKey.map(Self.camel).joined(separator: ", "))], map: \"pk_\(t.name)\")")
        }
        for i in t.indexes { lines.append("  " + index(i)) }
        for c in t.columns where c.check != nil { lines.append("  // CHECK ck_\(t.name)_\(c.name): \(c.check!)") }
        for c in t.checks { lines.append("  // CHECK \(c.name): \(c.expression)") }
        lines.append("  @@map(\"\(t.name)\")")
        return "model \(Self.modelName(t)) {\n" + lines.joined(separator: "\n") + "\n}\n"
    }

    private func partitionNote(_ t: Table) -> String? {
        guard case .monthlyRange(let column) = t.partitioning else { return nil }
        return "PARTITION BY RANGE (\(column)), monthly partitions + DEFAULT: created by the SQL migration."
    }

    private func field(_ c: Column, in t: Table) -> String {
        var s = "\(Self.camel(c.name)) \(prismaType(c.type))\(c.isNullable ? "?" : "")"
        if t.primaryKey == [c.name] { s += " @id" }
        if let d = c.defaultSQL { s += " @default(\(prismaDefault(d, c.type)))" }
        if case .bigserial = c.type { s += " @default(autoincrement())" }
        if Self.camel(c.name) != c.name { s += " @map(\"\(c.name)\")" }
        if let native = nativeType(c.type) { s += " \(native)" }
        return s
    }

    private func prismaType(_ t: SQLType) -> String {
        switch t {
        case .uuid, .text, .char: "String"
        case .boolean: "Boolean"
        case .smallint, .integer: "Int"
        case .bigint, .bigserial: "BigInt"
        case .numeric: "Decimal"
        case .timestamptz, .date: "DateTime"
        case .jsonb: "Json"
        case .enumeration(let e): Self.pascal(e.name)
        }
    }

    private func nativeType(_ t: SQLType) -> String? {
        switch t {
        case .uuid: "@db.Uuid"
        case .char(let n): "@db.Char(\(n))"
        case .smallint: "@db.SmallInt"
        case .numeric(let p, let s): "@db.Decimal(\(p), \(s))"
        case .timestamptz: "@db.Timestamptz(6)"
        case .date: "@db.Date"
        default: nil
        }
    }

    private func prismaDefault(_ sql: String, _ type: SQLType) -> String {
        if sql == "now()" { return "now()" }
        if sql.hasPrefix("'") && sql.hasSuffix("'"), type.enumType != nil { return String(sql.dropFirst().dropLast()) }
        if sql == "true" || sql == "false" || Int(sql) != nil { return sql }
        return "dbgenerated(\"\(sql)\")"
    }

    private func relationField(_ fk: ForeignKey, in t: Table) -> String {
        guard let parent = FortressSchema.table(named: fk.referencedTable) else {
            preconditionFailure("\(t.name) references unknown table \(fk.referencedTable)")
        }
        let optional = fk.columns.contains { t.column($0).isNullable }
        var s = "\(Self.relationFieldName(fk)) \(Self.modelName(parent))\(optional ? "?" : "") @relation(\"\(Self.relationName(t, fk))\", "
        s += "fields: [\(fk.columns.map(Self.camel).joined(separator: ", "))], "
        s += "references: [\(fk.referencedColumns.map(Self.camel).joined(separator: ", "))]"
        switch fk.onDelete {
        case .cascade: s += ", onDelete: Cascade"
        case .setNull: s += ", onDelete: SetNull"
        case .restrict: s += ", onDelete: Restrict"
        case .noAction: s += ", onDelete: NoAction"
        }
        return s + ", map: \"\(fk.name(in: t.name))\")"
    }

    private func index(_ i: Index) -> String {
        let plain = i.keys.allSatisfy { key in key.split(separator: " ").first.map { !$0.contains("(") } ?? false }
        guard plain, i.predicate == nil, !i.nullsNotDistinct else {
            var s = "// \(i.isUnique ? "UNIQUE " : "")INDEX \(i.name) (\(i.keys.joined(separator: ", ")))"
            if i.nullsNotDistinct { s += " NULLS NOT DISTINCT" }
            if let p = i.predicate { s += " WHERE \(p)" }
            return s + ": not expressible in Prisma; created by the SQL migration."
        }
        let fields = i.keys.map { key -> String in
            let parts = key.split(separator: " ")
            let name = Self.camel(String(parts[0]))
            return parts.count > 1 && parts[1] == "DESC" ? "\(name)(sort: Desc)" : name
        }
        return "@@\(i.isUnique ? "unique" : "index")([\(fields.joined(separator: ", "))], map: \"\(i.name)\")"
    }

    // MARK: Names

    static func backReferences(to parent: Table) -> [(Table, ForeignKey)] {
        FortressSchema.tables.flatMap { child in
            child.foreignKeys.filter { $0.referencedTable == parent.name }.map { (child, $0) }
        }
    }

    /// True when the FK columns are the child's key or a plain unique index: a 1-1 relation.
    static func isOneToOne(_ child: Table, _ fk: ForeignKey) -> Bool {
        child.primaryKey == fk.columns
            || child.indexes.contains { $0.isUnique && $0.predicate == nil && $0.keys == fk.columns }
    }

    static func relationName(_ child: Table, _ fk: ForeignKey) -> String {
        "\(child.name)_\(fk.columns.joined(separator: "_"))"
    }

    static func relationFieldName(_ fk: ForeignKey) -> String {
        var base = fk.columns.joined(separator: "_")
        for suffix in ["_id", "_key"] where base.hasSuffix(suffix) { base = String(base.dropLast(suffix.count)) }
        return camel(base == "date" ? "date_dim" : base)
    }

    static func backFieldName(child: Table, fk: ForeignKey) -> String {
        let siblings = child.foreignKeys.filter { $0.referencedTable == fk.referencedTable }
        let base = camel(child.name)
        if siblings.count == 1 && child.name != fk.referencedTable { return base }
        return base + "By" + pascal(fk.columns.joined(separator: "_"))
    }

    /// `cart_items` → `CartItem`, `categories` → `Category`.
    static func modelName(_ t: Table) -> String {
        var words = t.name.split(separator: "_").map(String.init)
        if var last = words.popLast() {
            if last.hasSuffix("ies") { last = String(last.dropLast(3)) + "y" }
            else if last.hasSuffix("s") && !last.hasSuffix("ss") { last = String(last.dropLast()) }
            words.append(last)
        }
        return words.map(capitalized).joined()
    }

    /// `AnalyticsDimTenant` → `analytics_dim_tenant`.
    static func snake(_ pascal: String) -> String {
        var out = ""
        for ch in pascal {
            if ch.isUppercase && !out.isEmpty { out += "_" }
            out += ch.lowercased()
        }
        return out
    }

    static func camel(_ snake: String) -> String {
        let words = snake.split(separator: "_").map(String.init)
        guard let first = words.first else { return snake }
        return first + words.dropFirst().map(capitalized).joined()
    }

    static func pascal(_ snake: String) -> String {
        snake.split(separator: "_").map { capitalized(String($0)) }.joined()
    }

    private static func capitalized(_ w: String) -> String {
        w.prefix(1).uppercased() + w.dropFirst()
    }
}
