/// Writes the schema as idempotent PostgreSQL DDL (`fortress-seed schema`).
///
/// The script can be applied again to a database that already has it: tables
/// and indexes use `IF NOT EXISTS`, enum types and roles are created inside
/// `DO` blocks that ignore `duplicate_object`, views use `CREATE OR REPLACE`.
/// Everything comes from `FortressSchema`; nothing here names a table.
public struct DDLWriter: Sendable {
    /// Months that get their own `transactions` partition (plus `DEFAULT`).
    public let partitions: MonthSpan
    /// Include roles, grants and the support view (§11).
    public let includeSecurity: Bool

    public init(partitions: MonthSpan, includeSecurity: Bool = true) {
        self.partitions = partitions
        self.includeSecurity = includeSecurity
    }

    /// The whole script.
    public func script(version: String) -> String {
        var out = "-- Fortress schema, written by fortress-seed \(version).\n"
        out += "-- Idempotent: safe to apply again. psql -v ON_ERROR_STOP=1 -f schema.sql\n\n"
        out += "SET client_min_messages = warning;\n"
        out += "CREATE EXTENSION IF NOT EXISTS pgcrypto;\n\n"
        for e in FortressSchema.enums { out += enumStatement(e) }
        out += "\n"
        for t in FortressSchema.tables {
            out += createTable(t)
            out += partitionStatements(t)
            for i in t.indexes { out += createIndex(i, on: t) }
            out += comments(t)
            out += "\n"
        }
        if includeSecurity { out += SecurityDDL.script() }
        return out
    }

    /// `DO $$ ... CREATE TYPE name AS ENUM (...) ... $$;`
    public func enumStatement(_ e: EnumType) -> String {
        let labels = e.values.map(Self.literal).joined(separator: ", ")
        return "DO $$ BEGIN CREATE TYPE \(e.name) AS ENUM (\(labels)); "
            + "EXCEPTION WHEN duplicate_object THEN NULL; END $$;\n"
    }

    /// `CREATE TABLE IF NOT EXISTS` with columns, primary key, foreign keys and checks inline.
    public func createTable(_ t: Table) -> String {
        var parts: [String] = t.columns.map(columnDefinition)
        if !t.primaryKey.isEmpty {
            parts.append("CONSTRAINT pk_\(t.name) PRIMARY KEY (\(t.primaryKey.joined(separator: ", ")))")
        }
        for c in t.columns {
            if let check = c.check { parts.append("CONSTRAINT ck_\(t.name)_\(c.name) CHECK (\(check))") }
        }
        for c in t.checks { parts.append("CONSTRAINT \(c.name) CHECK (\(c.expression))") }
        for fk in t.foreignKeys { parts.append(foreignKeyClause(fk, in: t)) }
        var sql = "CREATE TABLE IF NOT EXISTS \(t.name) (\n    " + parts.joined(separator: ",\n    ") + "\n)"
        if case .monthlyRange(let column) = t.partitioning { sql += " PARTITION BY RANGE (\(column))" }
        return sql + ";\n"
    }

    /// `CONSTRAINT fk_... FOREIGN KEY (...) REFERENCES ...`.
    public func foreignKeyClause(_ fk: ForeignKey, in t: Table) -> String {
        var s = "CONSTRAINT \(fk.name(in: t.name)) FOREIGN KEY (\(fk.columns.joined(separator: ", "))) "
        s += "REFERENCES \(fk.referencedTable) (\(fk.referencedColumns.joined(separator: ", ")))"
        if fk.onDelete != .noAction { s += " ON DELETE \(fk.onDelete.rawValue)" }
        return s
    }

    /// `CREATE [UNIQUE] INDEX IF NOT EXISTS name ON table (keys) [WHERE ...]`.
    public func createIndex(_ i: Index, on t: Table) -> String {
        var s = "CREATE \(i.isUnique ? "UNIQUE " : "")INDEX IF NOT EXISTS \(i.name) ON \(t.name) ("
        s += i.keys.joined(separator: ", ") + ")"
        if i.nullsNotDistinct { s += " NULLS NOT DISTINCT" }
        if let p = i.predicate { s += " WHERE \(p)" }
        return s + ";\n"
    }

    /// One partition per month of `partitions`, then the `DEFAULT` partition.
    public func partitionStatements(_ t: Table) -> String {
        guard t.partitioning != nil else { return "" }
        var s = ""
        for m in partitions.months {
            s += "CREATE TABLE IF NOT EXISTS \(Self.partitionName(t, month: m)) PARTITION OF \(t.name) "
            s += "FOR VALUES FROM ('\(MonthSpan.startLiteral(m))') TO ('\(MonthSpan.startLiteral(m + 1))');\n"
        }
        s += "CREATE TABLE IF NOT EXISTS \(t.name)_default PARTITION OF \(t.name) DEFAULT;\n"
        return s
    }

    /// `transactions_y2026m01`.
    public static func partitionName(_ t: Table, month: Int) -> String {
        "\(t.name)_\(MonthSpan.suffix(month))"
    }

    /// Every partition name the script creates for `t`, default last.
    public func partitionNames(_ t: Table) -> [String] {
        guard t.partitioning != nil else { return [] }
        return partitions.months.map { Self.partitionName(t, month: $0) } + ["\(t.name)_default"]
    }

    private func columnDefinition(_ c: Column) -> String {
        var s = "\(c.name) \(c.type.ddl)"
        if !c.isNullable { s += " NOT NULL" }
        if let d = c.defaultSQL { s += " DEFAULT \(d)" }
        return s
    }

    private func comments(_ t: Table) -> String {
        var s = "COMMENT ON TABLE \(t.name) IS \(Self.literal(t.comment));\n"
        for c in t.columns {
            if let text = c.comment { s += "COMMENT ON COLUMN \(t.name).\(c.name) IS \(Self.literal(text));\n" }
        }
        return s
    }

    /// A SQL string literal with single quotes doubled.
    public static func literal(_ s: String) -> String {
        "'" + s.replacingAll("'", with: "''") + "'"
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
