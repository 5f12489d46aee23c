/// Entry points for the package-benchmark suite in `Benchmarks/` (a separate package
/// that depends on this one by path); nothing in fortress-seed itself calls them.
///
/// Why they exist: `Dataset.generate(_:into:)` is generic and not `@inlinable`, so
/// a caller in another module runs the unspecialized generators (every field
/// through a witness table). The CSV and SQL writers call it from inside this
/// module, where the optimizer specializes every generator for `TextRowWriter`
/// and `OutputFile`; to measure that code, the benchmark needs a call site inside
/// the module too. `generate` is that call site: the production row writers
/// (`TextRowWriter<CSVDialect>`, `TextRowWriter<CopyTextDialect>`,
/// `BinaryRowWriter`) and a sink that only counts bytes, concrete types
/// specialized here.
///
/// The benchmark measures a fixed number of rows per iteration, so `afterRow`
/// is called after every row (the benchmark blocks in it between iterations)
/// and `shouldStop` is asked at every flush: once it returns `true` the sink
/// throws `BenchmarkProbes.Stopped` and generation ends.
public enum BenchmarkProbes {
    /// A row format of fortress-seed's output.
    public enum Format: String, Sendable, CaseIterable {
        /// `FORMAT csv` (the `generate --format csv` files).
        case csv
        /// COPY's text format (the `--format sql` script).
        case copyText
        /// Binary COPY tuples (`load`), without the stream's header and trailer.
        case binary
    }

    /// Thrown by the counting sink when `shouldStop` returns `true`.
    public struct Stopped: Error {}

    /// What one `generate` call wrote.
    public struct Counts: Sendable, Equatable {
        public var rows: Int64
        public var bytes: Int64
    }

    /// Generates every row of `table` in `format` into a sink that discards the bytes
    /// (after counting them), flushing every `flushThreshold` bytes as the real sinks do.
    ///
    /// - Throws: `Stopped` when `shouldStop()` returns `true` at a flush; any generator error.
    public static func generate(
        _ table: GeneratedTable, of dataset: Dataset, format: Format, flushThreshold: Int = 1 << 20,
        afterRow: @escaping () -> Void = {}, shouldStop: @escaping () -> Bool = { false }
    ) throws -> Counts {
        let sink = CountingDiscardSink(shouldStop: shouldStop)
        switch format {
        case .csv:
            let writer = TextRowWriter<CSVDialect>(columnCount: table.table.columns.count, capacity: flushThreshold)
            return try run(table, dataset, PacedWriter(base: writer, afterRow: afterRow), sink, flushThreshold)
        case .copyText:
            let writer = TextRowWriter<CopyTextDialect>(columnCount: table.table.columns.count, capacity: flushThreshold)
            return try run(table, dataset, PacedWriter(base: writer, afterRow: afterRow), sink, flushThreshold)
        case .binary:
            let writer = BinaryRowWriter(table: table.table, capacity: flushThreshold)
            return try run(table, dataset, PacedWriter(base: writer, afterRow: afterRow), sink, flushThreshold)
        }
    }

    private static func run<W: RowWriting>(
        _ table: GeneratedTable, _ dataset: Dataset, _ writer: W, _ sink: CountingDiscardSink, _ flushThreshold: Int
    ) throws -> Counts {
        var stream = RowStream(writer: writer, sink: sink, flushThreshold: flushThreshold)
        try dataset.generate(table, into: &stream)
        try stream.flush()
        return Counts(rows: stream.rows, bytes: stream.sink.bytes)
    }
}

/// A sink that counts bytes and throws `BenchmarkProbes.Stopped` when asked to.
fileprivate struct CountingDiscardSink: ByteSink {
    let shouldStop: () -> Bool
    var bytes: Int64 = 0

    mutating func write(_ buffer: ByteBuffer) throws {
        if shouldStop() { throw BenchmarkProbes.Stopped() }
        bytes += Int64(buffer.count)
    }
}

/// Forwards every field to `base` and calls `afterRow` after each row.
fileprivate struct PacedWriter<Base: RowWriting>: RowWriting {
    var base: Base
    let afterRow: () -> Void

    var buffer: ByteBuffer {
        get { base.buffer }
        _modify { yield &base.buffer }
        set { base.buffer = newValue }
    }

    @inline(__always) mutating func null() { base.null() }
    @inline(__always) mutating func uuid(_ value: UUIDValue) { base.uuid(value) }
    @inline(__always) mutating func text(_ value: String) { base.text(value) }
    @inline(__always) mutating func label(_ value: StaticString) { base.label(value) }
    @inline(__always) mutating func int(_ value: Int64) { base.int(value) }
    @inline(__always) mutating func bool(_ value: Bool) { base.bool(value) }
    @inline(__always) mutating func timestamp(micros: Int64) { base.timestamp(micros: micros) }
    @inline(__always) mutating func date(days: Int64) { base.date(days: days) }
    @inline(__always) mutating func decimal(minorUnits: Int64, scale: Int) { base.decimal(minorUnits: minorUnits, scale: scale) }
    @inline(__always) mutating func json(_ document: ByteBuffer) { base.json(document) }
    @inline(__always) mutating func endRow() {
        base.endRow()
        afterRow()
    }
}
