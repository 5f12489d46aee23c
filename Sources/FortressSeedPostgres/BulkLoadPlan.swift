import FortressSeed

/// What `--fast` drops before the data and rebuilds after it, from the model's own definitions.
///
/// Maintaining a B-tree per row costs the server about 3× the COPY itself;
/// building it once from sorted data after the load is far cheaper, and
/// checking a foreign key once per table (one join) beats a lookup per row.
/// Only objects the target has under the model's names (`ix_…`, `ux_…`,
/// `fk_…`, `pk_…`) are touched, and they are rebuilt with `DDLWriter`'s
/// statements, so the result is exactly the schema `fortress-seed schema`
/// writes. A schema created by other tools (Prisma names) is left alone.
///
/// Primary keys are dropped only in single-transaction mode (`dropPrimaryKeys`)
/// and only when every foreign key that references them is dropped too.
struct BulkLoadPlan {
    struct PrimaryKey: Equatable {
        let table: Table
        var name: String { "pk_\(table.name)" }
    }

    let tables: [Table]
    let writer: DDLWriter
    /// Secondary indexes present in the target, per the model.
    private(set) var indexes: [(Index, Table)] = []
    /// Foreign keys present in the target, per the model.
    private(set) var foreignKeys: [(ForeignKey, Table)] = []
    private(set) var primaryKeys: [PrimaryKey] = []

    /// Reads which of the model's objects the target has for `tables`.
    init(tables: [Table], writer: DDLWriter, dropPrimaryKeys: Bool, on db: Connection) throws(PostgresError) {
        self.tables = tables
        self.writer = writer
        let names = tables.map(\.name)
        let existingIndexes = Set(try db.query(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY($1::text[])",
            [TargetCatalog.arrayLiteral(names)]).compactMap { $0[0] })
        // Constraints of the parent tables only (partitions inherit theirs: conparentid <> 0).
        let constraints = try db.query(
            """
            SELECT c.conname, c.contype::text, coalesce(f.relname, '') FROM pg_constraint c
            JOIN pg_class r ON r.oid = c.conrelid LEFT JOIN pg_class f ON f.oid = c.confrelid
            WHERE c.connamespace = current_schema()::regnamespace AND c.conparentid = 0
            """)
        let existing = Set(constraints.compactMap { $0[0] })
        for t in tables {
            for i in t.indexes where existingIndexes.contains(i.name) { indexes.append((i, t)) }
            for fk in t.foreignKeys where existing.contains(fk.name(in: t.name)) { foreignKeys.append((fk, t)) }
        }
        guard dropPrimaryKeys else { return }
        let dropped = Set(foreignKeys.map { $0.0.name(in: $0.1.name) })
        for t in tables where !t.primaryKey.isEmpty && existing.contains("pk_\(t.name)") {
            // Any other foreign key (another tool's, an unloaded table's) pins the primary key.
            let pinned = constraints.contains { $0[1] == "f" && $0[2] == t.name && !dropped.contains($0[0] ?? "") }
            if !pinned { primaryKeys.append(PrimaryKey(table: t)) }
        }
    }

    /// Foreign keys first (they depend on the primary keys), then indexes, then primary keys.
    var dropStatements: [String] {
        foreignKeys.map { "ALTER TABLE \($0.1.name) DROP CONSTRAINT \($0.0.name(in: $0.1.name))" }
            + indexes.map { "DROP INDEX \($0.0.name)" }
            + primaryKeys.map { "ALTER TABLE \($0.table.name) DROP CONSTRAINT \($0.name)" }
    }

    /// Primary keys, then indexes (each one statement, so a parallel build), then foreign keys.
    var rebuildStatements: [String] {
        primaryKeys.map { "ALTER TABLE \($0.table.name) ADD CONSTRAINT \($0.name) PRIMARY KEY (\($0.table.primaryKey.joined(separator: ", ")))" }
            + indexes.map { Self.trimmed(writer.createIndex($0.0, on: $0.1)) }
            + foreignKeys.map { "ALTER TABLE \($0.1.name) ADD " + writer.foreignKeyClause($0.0, in: $0.1) }
    }

    /// Rebuild statements for what is missing now, for the end of a (possibly resumed) per-table load,
    /// with the tables each locks: independent statements, for `StatementPool`.
    ///
    /// Indexes use `IF NOT EXISTS`; foreign keys are filtered by the catalog. The
    /// largest tables' statements come first, so they start first.
    static func missingRebuilds(
        tables: [Table], writer: DDLWriter, dropped: [String], on db: Connection
    ) throws(PostgresError) -> [StatementPool.Statement] {
        let existing = Set(try db.query(
            "SELECT conname FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conparentid = 0"
        ).compactMap { $0[0] })
        let wanted = Set(dropped)
        var out: [StatementPool.Statement] = []
        for t in tables { for i in t.indexes where wanted.contains(i.name) { out.append(.init(sql: trimmed(writer.createIndex(i, on: t)), tables: [t.name])) } }
        for t in tables {
            for fk in t.foreignKeys where wanted.contains(fk.name(in: t.name)) && !existing.contains(fk.name(in: t.name)) {
                out.append(.init(sql: "ALTER TABLE \(t.name) ADD " + writer.foreignKeyClause(fk, in: t), tables: [t.name, fk.referencedTable]))
            }
        }
        let largest: Set<String> = Set(LoadUnit.splittable.map(\.rawValue))
        return out.filter { !$0.tables.isDisjoint(with: largest) } + out.filter { $0.tables.isDisjoint(with: largest) }
    }

    /// Whether any foreign key (the model's or another tool's) still links two of `tables`:
    /// then the load must follow foreign-key order.
    static func foreignKeysRemain(among tables: [Table], on db: Connection) throws(PostgresError) -> Bool {
        let rows = try db.query(
            """
            SELECT 1 FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_class f ON f.oid = c.confrelid
            WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
              AND r.relname = ANY($1::text[]) AND f.relname = ANY($1::text[]) AND r.oid <> f.oid LIMIT 1
            """, [TargetCatalog.arrayLiteral(tables.map(\.name))])
        return !rows.isEmpty
    }

    /// Names of everything this plan drops, for the bookkeeping of a per-table load.
    var droppedNames: [String] {
        foreignKeys.map { $0.0.name(in: $0.1.name) } + indexes.map(\.0.name) + primaryKeys.map(\.name)
    }

    static func trimmed(_ sql: String) -> String {
        var s = Substring(sql)
        while let last = s.last, last == "\n" || last == ";" { s = s.dropLast() }
        return String(s)
    }
}
