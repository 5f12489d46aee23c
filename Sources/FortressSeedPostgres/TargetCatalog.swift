/// What the target database has, read from `information_schema` and `pg_catalog`.
///
/// Only the current schema (the first of `search_path` that exists), where
/// unqualified `COPY table` resolves, and only the tables asked about.
struct TargetCatalog {
    struct Column {
        let name: String
        /// `information_schema.columns.data_type`: `uuid`, `USER-DEFINED`, ...
        let dataType: String
        /// The type's name: `int4`, `tx_status`, ...
        let udtName: String
        let isNullable: Bool
        let hasDefault: Bool
        let characterLength: Int?
        let numericPrecision: Int?
        let numericScale: Int?
    }

    /// Columns per table, in ordinal order; tables that do not exist are absent.
    let columns: [String: [Column]]
    /// Labels per enum type name, in sort order.
    let enumLabels: [String: [String]]

    /// Reads the columns of `tables` and the labels of every enum they use.
    static func read(_ db: Connection, tables: [String]) throws(PostgresError) -> TargetCatalog {
        let rows = try db.query(
            """
            SELECT table_name, column_name, data_type, udt_name, is_nullable,
                   (column_default IS NOT NULL OR is_identity = 'YES' OR is_generated = 'ALWAYS')::text,
                   character_maximum_length, numeric_precision, numeric_scale
            FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ANY($1::text[])
            ORDER BY table_name, ordinal_position
            """, [arrayLiteral(tables)])
        var columns: [String: [Column]] = [:]
        for r in rows {
            guard let table = r[0], let name = r[1], let type = r[2], let udt = r[3] else { continue }
            columns[table, default: []].append(Column(
                name: name, dataType: type, udtName: udt, isNullable: r[4] == "YES", hasDefault: r[5] == "true",
                characterLength: r[6].flatMap { Int($0) }, numericPrecision: r[7].flatMap { Int($0) },
                numericScale: r[8].flatMap { Int($0) }))
        }
        let enums = Set(columns.values.joined().filter { $0.dataType == "USER-DEFINED" }.map(\.udtName)).sorted()
        var labels: [String: [String]] = [:]
        if !enums.isEmpty {
            let enumRows = try db.query(
                """
                SELECT t.typname, e.enumlabel FROM pg_type t
                JOIN pg_enum e ON e.enumtypid = t.oid
                WHERE t.typname = ANY($1::text[]) AND pg_type_is_visible(t.oid)
                ORDER BY t.typname, e.enumsortorder
                """, [arrayLiteral(enums)])
            for r in enumRows { if let t = r[0], let l = r[1] { labels[t, default: []].append(l) } }
        }
        return TargetCatalog(columns: columns, enumLabels: labels)
    }

    /// Tables of the current schema among `names`.
    static func existingTables(_ db: Connection, among names: [String]) throws(PostgresError) -> Set<String> {
        let rows = try db.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1::text[])",
            [arrayLiteral(names)])
        return Set(rows.compactMap { $0[0] })
    }

    /// A `text[]` literal: `{"a","b"}`.
    static func arrayLiteral(_ items: [String]) -> String {
        "{" + items.map { "\"" + $0.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\"" }.joined(separator: ",") + "}"
    }
}
