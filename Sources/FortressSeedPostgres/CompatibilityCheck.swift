import FortressSeed

/// Checks, before any row is sent, that the target can take what the generator writes.
///
/// Binary COPY is strict: an `integer` column needs exactly 4 bytes, a
/// `json` column another layout than `jsonb`, so a mismatch would fail
/// mid-load with a cryptic "incorrect binary data format". This reads the
/// target's catalog once and reports every problem together: missing tables
/// and columns, types whose binary form differs, NOT NULL columns the
/// generator leaves out (or may write NULL into), and enum labels the
/// generator may write that the target's enum lacks. That is what lets
/// fortress-seed load into a schema that Prisma migrations created, where
/// enums have other type names and text may stand in for an enum.
public struct CompatibilityCheck: Sendable {
    /// The tables about to be loaded (the model's descriptions).
    public let tables: [Table]

    public init(tables: [Table]) {
        self.tables = tables
    }

    /// Every problem, one line each; empty when the load can proceed.
    public func problems(in db: Connection) throws(PostgresError) -> [String] {
        let catalog = try TargetCatalog.read(db, tables: tables.map(\.name))
        var problems: [String] = []
        for table in tables {
            guard let target = catalog.columns[table.name] else {
                problems.append("table \(table.name) is missing")
                continue
            }
            var byName: [String: TargetCatalog.Column] = [:]
            for c in target { byName[c.name] = c }
            for column in table.columns {
                let at = "\(table.name).\(column.name)"
                guard let t = byName[column.name] else {
                    problems.append("\(at): column is missing (the generator writes \(column.type.ddl))")
                    continue
                }
                if let issue = Self.typeProblem(column.type, t, labels: catalog.enumLabels[t.udtName] ?? []) {
                    problems.append("\(at): \(issue)")
                }
                if column.isNullable && !t.isNullable {
                    problems.append("\(at): NOT NULL in the target, but the generator may write NULL")
                }
            }
            let modelNames = Set(table.columns.map(\.name))
            for t in target where !modelNames.contains(t.name) && !t.isNullable && !t.hasDefault {
                problems.append("\(table.name).\(t.name): NOT NULL without a default, and the generator does not fill it")
            }
        }
        return problems
    }

    /// Why a target column cannot take the model type's binary form, or nil if it can.
    static func typeProblem(_ model: SQLType, _ t: TargetCatalog.Column, labels: [String]) -> String? {
        let found = t.dataType == "USER-DEFINED" ? "enum \(t.udtName)" : t.dataType
        let mismatch = "type is \(found), the generator writes \(model.ddl)"
        switch model {
        case .enumeration(let e):
            if ["text", "character varying"].contains(t.dataType) { return nil }
            guard t.dataType == "USER-DEFINED" else { return mismatch }
            guard !labels.isEmpty else { return "type \(t.udtName) is not an enum the generator can write \(e.name) labels into" }
            let missing = e.values.filter { !labels.contains($0) }
            return missing.isEmpty ? nil
                : "enum \(t.udtName) lacks label\(missing.count == 1 ? "" : "s") " + missing.map { "'\($0)'" }.joined(separator: ", ")
                + " that the generator may write"
        case .text:
            return ["text", "character varying"].contains(t.dataType) && t.characterLength == nil ? nil : mismatch
        case .char(let n):
            guard ["text", "character varying", "character"].contains(t.dataType) else { return mismatch }
            if let length = t.characterLength, length < n { return "type is \(found)(\(length)), the generator writes \(model.ddl)" }
            return nil
        case .numeric(let p, let s):
            guard t.dataType == "numeric" else { return mismatch }
            if let tp = t.numericPrecision, let ts = t.numericScale, ts < s || tp - ts < p - s {
                return "type is numeric(\(tp),\(ts)), narrower than the generator's \(model.ddl)"
            }
            return nil
        case .timestamptz:
            // `timestamp` has the same binary form; values are UTC either way.
            return ["timestamp with time zone", "timestamp without time zone"].contains(t.dataType) ? nil : mismatch
        case .uuid, .boolean, .smallint, .integer, .bigint, .bigserial, .date, .jsonb:
            return t.dataType == model.informationSchemaType ? nil : mismatch
        }
    }
}
