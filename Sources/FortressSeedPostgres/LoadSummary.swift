import FortressSeed

/// What a completed load did: per table rows, bytes and time, and the totals.
public struct LoadSummary: Sendable, Equatable {
    /// `user@host:port/db`, no password.
    public let target: String
    public let scenario: String
    public let seed: UInt64
    public let tables: [TableLoad]
    /// Tables emptied first (`--truncate`).
    public let truncated: [String]
    public let createdSchema: Bool
    /// Wall time of the whole load, connection excluded.
    public let seconds: Double
    /// Tables a resumed per-table load skipped: an earlier run committed them.
    public let resumed: [String]

    public init(
        target: String, scenario: String, seed: UInt64, tables: [TableLoad], truncated: [String], createdSchema: Bool,
        seconds: Double, resumed: [String] = []
    ) {
        self.target = target
        self.scenario = scenario
        self.seed = seed
        self.tables = tables
        self.truncated = truncated
        self.createdSchema = createdSchema
        self.seconds = seconds
        self.resumed = resumed
    }

    public var rows: Int64 { tables.reduce(0) { $0 + $1.rows } }
    public var bytes: Int64 { tables.reduce(0) { $0 + $1.bytes } }
    public var rowsPerSecond: Double { seconds > 0 ? Double(rows) / seconds : 0 }

    /// The summary as one JSON object (`--json`), keys in a fixed order.
    public var json: String {
        var w = JSONWriter(capacity: 1024)
        w.beginObject()
        w.key("target"); w.string(target)
        w.key("scenario"); w.string(scenario)
        w.key("seed"); w.string(String(seed))  // a string, like manifest.json: seeds exceed 2^53
        w.key("created_schema"); w.bool(createdSchema)
        w.key("truncated"); w.beginArray(); truncated.forEach { w.string($0) }; w.endArray()
        w.key("resumed"); w.beginArray(); resumed.forEach { w.string($0) }; w.endArray()
        w.key("rows"); w.int(rows)
        w.key("bytes"); w.int(bytes)
        w.key("seconds"); w.decimal(minorUnits: Int64((seconds * 1000).rounded()), scale: 3)
        w.key("rows_per_second"); w.int(Int64(rowsPerSecond.rounded()))
        w.key("tables")
        w.beginArray()
        for t in tables {
            w.beginObject()
            w.key("table"); w.string(t.table)
            w.key("rows"); w.int(t.rows)
            w.key("bytes"); w.int(t.bytes)
            w.key("seconds"); w.decimal(minorUnits: Int64((t.seconds * 1000).rounded()), scale: 3)
            w.key("rows_per_second"); w.int(Int64(t.rowsPerSecond.rounded()))
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.buffer.description
    }
}
