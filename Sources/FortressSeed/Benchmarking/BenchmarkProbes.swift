/// Entry points for the package-benchmark suite in `Benchmarks/` (a separate package
/// that depends on this one by path); nothing in fortress-seed itself calls them.
///
/// Why they exist: `Dataset.generate(_:into:)` is generic and not `@inlinable`, so what
/// a caller in another module runs depends on how much the optimizer specializes across
/// modules. The CSV and SQL writers call it from inside this module, where every
/// generator is specialized for the concrete writer; to measure that code, the benchmark
/// needs a call site inside the module too. `generate` is that call site, with the
/// production row writers (`TextRowWriter<CSVDialect>`, `TextRowWriter<CopyTextDialect>`,
/// `BinaryRowWriter`) and a sink that discards the bytes. (The suite's "generic API"
/// benchmarks measure the other path, the one the loader in FortressSeedPostgres takes.)
///
/// The benchmark measures a fixed number of rows per iteration: with
/// `flushThreshold: 1` every row is flushed on its own, so `onFlush` runs after
/// each row (the benchmark pauses the generator in it between iterations, and
/// stops it by throwing).
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

    /// An error for `onFlush` to throw to stop a generation early.
    public struct Stopped: Error {
        public init() {}
    }

    /// What one `generate` call wrote.
    public struct Counts: Sendable, Equatable {
        public var rows: Int64
        public var bytes: Int64

        public init(rows: Int64, bytes: Int64) {
            self.rows = rows
            self.bytes = bytes
        }
    }

    /// Generates every row of `table` in `format` into a sink that discards the bytes,
    /// calling `onFlush` with the size of every flush (every `flushThreshold` bytes, as
    /// the real sinks; with `flushThreshold: 1`, after every row).
    ///
    /// - Throws: what `onFlush` throws (generation stops there); any generator error.
    public static func generate(
        _ table: GeneratedTable, of dataset: Dataset, format: Format, flushThreshold: Int = 1 << 20,
        onFlush: @escaping (_ bytes: Int) throws -> Void = { _ in }
    ) throws -> Counts {
        let sink = DiscardingProbeSink(onFlush: onFlush)
        let capacity = max(flushThreshold, 1 << 16)
        switch format {
        case .csv:
            let writer = TextRowWriter<CSVDialect>(columnCount: table.table.columns.count, capacity: capacity)
            return try run(table, dataset, writer, sink, flushThreshold)
        case .copyText:
            let writer = TextRowWriter<CopyTextDialect>(columnCount: table.table.columns.count, capacity: capacity)
            return try run(table, dataset, writer, sink, flushThreshold)
        case .binary:
            let writer = BinaryRowWriter(table: table.table, capacity: capacity)
            return try run(table, dataset, writer, sink, flushThreshold)
        }
    }

    private static func run<W: RowWriting>(
        _ table: GeneratedTable, _ dataset: Dataset, _ writer: W, _ sink: DiscardingProbeSink, _ flushThreshold: Int
    ) throws -> Counts {
        var stream = RowStream(writer: writer, sink: sink, flushThreshold: flushThreshold)
        try dataset.generate(table, into: &stream)
        try stream.flush()
        return Counts(rows: stream.rows, bytes: stream.sink.bytes)
    }
}

/// Counts and discards the bytes; calls `onFlush` first (which may block or throw).
fileprivate struct DiscardingProbeSink: ByteSink {
    let onFlush: (Int) throws -> Void
    var bytes: Int64 = 0

    mutating func write(_ buffer: ByteBuffer) throws {
        try onFlush(buffer.count)
        bytes += Int64(buffer.count)
    }
}
