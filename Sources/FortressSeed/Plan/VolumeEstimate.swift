/// Rows and bytes per table of a scenario, estimated from a scaled-down sample.
///
/// `fortress-seed plan` generates a sample of the scenario (its volumes
/// multiplied by `sampleFraction`, at least ~40 tenants) into counting sinks —
/// nothing is written — and multiplies the counts back. Tenant-driven tables
/// scale linearly with `--scale`, so the estimate is close for large scenarios;
/// small ones are generated whole (fraction 1), so their estimate is exact.
/// `inventory` is the exception: it grows with locations × the products they
/// carry, which a scaled-down sample underestimates, so its rows (and the
/// `InventoryRestocked` events, one per row) come from the full scenario's
/// expected value (`Assortment.expectedInventoryRows`), at the sample's bytes per row.
public struct VolumeEstimate: Sendable {
    public struct Table: Sendable {
        public let name: String
        public let rows: Int64
        /// Bytes as CSV (the COPY text and binary forms are within a few percent).
        public let bytes: Int64
    }

    public let tables: [Table]
    /// The fraction of the scenario that was generated to measure it.
    public let sampleFraction: Double
    /// Rows actually generated for the sample.
    public let sampleRows: Int64

    public var totalRows: Int64 { tables.reduce(0) { $0 + $1.rows } }
    public var totalBytes: Int64 { tables.reduce(0) { $0 + $1.bytes } }

    /// Estimates `loaded` at `scale`; generates a sample with at most about `sampleTenants` tenants.
    public static func measure(_ loaded: ScenarioLibrary.Loaded, seed: UInt64, scale: Double, sampleTenants: Int = 60) throws -> VolumeEstimate {
        let full = loaded.scenario.scaled(by: scale)
        let tenants = full.tenants.business + full.tenants.individual
        let fraction = min(1, Double(sampleTenants) / Double(max(tenants, 1)))
        let sample = Dataset(scenario: full.scaled(by: fraction), seed: seed)
        var counts: [GeneratedTable: (rows: Double, bytes: Double)] = [:]
        var generated: Int64 = 0
        for table in sample.tables {
            var stream = RowStream(writer: TextRowWriter<CSVDialect>(columnCount: table.table.columns.count), sink: CountingSink())
            try sample.generate(table, into: &stream)
            try stream.flush()
            generated += stream.rows
            counts[table] = (Double(stream.rows), Double(stream.sink.bytes))
        }
        // Scaled up: the calendar has a row per day of the window whatever the volume; inventory
        // (and its restock events) from the full scenario's expected value; the rest linearly.
        let sampleInventory = counts[.inventory]?.rows ?? 0
        let fullInventory = fraction < 1 ? Assortment.expectedInventoryRows(full.retail) : sampleInventory
        var estimates: [Table] = []
        for table in sample.tables {
            let (rows, bytes) = counts[table]!
            let perRow = rows > 0 ? bytes / rows : 0
            let estimate: Double
            switch table {
            case .analyticsDimDate: estimate = rows
            case .inventory: estimate = fullInventory
            case .eventsOutbox: estimate = (rows - sampleInventory) / fraction + fullInventory
            default: estimate = rows / fraction
            }
            estimates.append(Table(name: table.table.name, rows: Int64(estimate.rounded()), bytes: Int64((estimate * perRow).rounded())))
        }
        return VolumeEstimate(tables: estimates, sampleFraction: fraction, sampleRows: generated)
    }
}

/// Counts bytes and discards them.
struct CountingSink: ByteSink {
    var bytes: Int64 = 0
    mutating func write(_ buffer: ByteBuffer) throws { bytes += Int64(buffer.count) }
}
