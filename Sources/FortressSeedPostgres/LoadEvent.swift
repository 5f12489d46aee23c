/// What the loader reports while it runs, for progress output (the library never prints).
///
/// Sent per buffer (about every MiB), never per row.
public enum LoadEvent: Sendable {
    /// A step before or after the data: `creating schema`, `checking target`, `committing` ...
    case step(String)
    /// Table `name` started; `index` of `count` tables.
    case tableStarted(name: String, index: Int, count: Int)
    /// Rows and bytes sent so far for the current table.
    case tableProgress(TableLoad)
    /// The table's COPY completed.
    case tableFinished(TableLoad)
}

/// Rows and bytes of one table's COPY, and how long it has taken.
public struct TableLoad: Sendable, Equatable {
    public let table: String
    public var rows: Int64
    public var bytes: Int64
    public var seconds: Double

    public init(table: String, rows: Int64 = 0, bytes: Int64 = 0, seconds: Double = 0) {
        self.table = table
        self.rows = rows
        self.bytes = bytes
        self.seconds = seconds
    }

    public var rowsPerSecond: Double { seconds > 0 ? Double(rows) / seconds : 0 }
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0 }
}
