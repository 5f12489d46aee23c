/// A table of the Fortress schema: the single source of truth for its DDL,
/// CSV header, COPY column list, Prisma model and compatibility check.
///
/// Nothing else in the package spells a table's or column's name: writers ask
/// the `Table` for `columnList`, `csvHeader` or `qualifiedName`, and generators
/// emit fields in `columns` order (checked by `RowWriter` in debug builds).
public struct Table: Sendable, Equatable {
    public let name: String
    public let columns: [Column]
    public let primaryKey: [String]
    public let foreignKeys: [ForeignKey]
    /// Table-level CHECK constraints (multi-column rules).
    public let checks: [Check]
    public let indexes: [Index]
    public let partitioning: Partitioning?
    /// What the application role may change once a row exists (spec §4, §11).
    public let writePolicy: WritePolicy
    /// One-line description, emitted as `COMMENT ON TABLE`.
    public let comment: String

    public init(
        _ name: String, comment: String, columns: [Column], primaryKey: [String] = ["id"],
        foreignKeys: [ForeignKey] = [], checks: [Check] = [], indexes: [Index] = [],
        partitioning: Partitioning? = nil, writePolicy: WritePolicy = .mutable
    ) {
        self.name = name
        self.comment = comment
        self.columns = columns
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
        self.checks = checks
        self.indexes = indexes
        self.partitioning = partitioning
        self.writePolicy = writePolicy
    }

    /// The column called `name`; a programmer error if there is none.
    public func column(_ name: String) -> Column {
        guard let c = columns.first(where: { $0.name == name }) else {
            preconditionFailure("table \(self.name) has no column \(name)")
        }
        return c
    }

    /// `col1, col2, ...` in declaration order: COPY and INSERT column lists.
    public var columnList: String { columns.map(\.name).joined(separator: ", ") }

    /// The CSV header line (without newline), PostgreSQL's `HEADER true` form.
    public var csvHeader: String { columns.map(\.name).joined(separator: ",") }

    /// Tables this one references (excluding itself), for load order.
    public var dependencies: [String] {
        foreignKeys.map(\.referencedTable).filter { $0 != name }
    }
}

/// A foreign key: `columns` reference `referencedColumns` of `referencedTable`.
public struct ForeignKey: Sendable, Equatable {
    public enum Action: String, Sendable { case noAction = "NO ACTION", cascade = "CASCADE", setNull = "SET NULL", restrict = "RESTRICT" }
    public let columns: [String]
    public let referencedTable: String
    public let referencedColumns: [String]
    public let onDelete: Action

    public init(_ columns: [String], references table: String, _ referencedColumns: [String] = ["id"], onDelete: Action = .noAction) {
        self.columns = columns
        self.referencedTable = table
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
    }

    /// `fk_<table>_<cols>`, after the spec's naming guide.
    public func name(in table: String) -> String { "fk_\(table)_\(columns.joined(separator: "_"))" }
}

/// A named table-level CHECK constraint.
public struct Check: Sendable, Equatable {
    public let name: String
    public let expression: String
    public init(_ name: String, _ expression: String) {
        self.name = name
        self.expression = expression
    }
}

/// A secondary index (`ix_<table>_<cols>`) or unique index (`ux_<table>_<cols>`).
public struct Index: Sendable, Equatable {
    public let name: String
    /// Key expressions as written in DDL: `tenant_id`, `lower(email)`, `occurred_at DESC`.
    public let keys: [String]
    public let isUnique: Bool
    /// A partial-index predicate, without `WHERE`.
    public let predicate: String?
    /// `UNIQUE NULLS NOT DISTINCT` (PostgreSQL 15), for keys with nullable parts.
    public let nullsNotDistinct: Bool

    public init(_ name: String, _ keys: [String], unique: Bool = false, where predicate: String? = nil, nullsNotDistinct: Bool = false) {
        self.name = name
        self.keys = keys
        self.isUnique = unique
        self.predicate = predicate
        self.nullsNotDistinct = nullsNotDistinct
    }
}

/// How a table is partitioned.
public enum Partitioning: Sendable, Equatable {
    /// `PARTITION BY RANGE (column)` with one partition per calendar month
    /// (UTC) plus a `DEFAULT` partition.
    case monthlyRange(column: String)
}

/// What `app_write` may do to existing rows of a table.
public enum WritePolicy: Sendable, Equatable {
    /// INSERT, UPDATE and DELETE.
    case mutable
    /// INSERT, and UPDATE of only these columns (e.g. a ledger row's status); no DELETE.
    case insertOnly(updatable: [String])
}
