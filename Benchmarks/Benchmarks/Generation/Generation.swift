// Per-table generation into a sink that discards the bytes: rows/s and mallocs per row.
//
// One benchmark iteration is 1,000 rows of one table (scalingFactor .kilo), so every
// scaled figure (marked `*`) is per row: `Throughput (# / s)` is rows/s, `Time (wall
// clock)` the time per row and `Malloc (total)` the heap allocations per row (rounded
// to an integer by package-benchmark). `MB/s (output)` and `Bytes per row` are
// measured per iteration from the bytes the row writer produced.
//
// The generator runs on its own thread and pauses between iterations (RowPump), so the
// rows of an iteration are the next 1,000 rows of a continuing run over the whole table:
// the ledger simulation and tenant setup are part of the measured rows. To stop at a row
// boundary the writer's buffer is flushed (to the discarding sink) after every row
// rather than every 1 MiB.
//
// The data: the `load-test` scenario at scale 0.05, seed 1 (the README's Performance
// figures use the same): 415K transactions over 1,000+ tenants. Override with
// FORTRESS_BENCH_SCENARIO (a built-in name or a path), FORTRESS_BENCH_SCALE, FORTRESS_BENCH_SEED.
import Benchmark
import FortressSeed
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let environment = ProcessInfo.processInfo.environment
let scenarioName = environment["FORTRESS_BENCH_SCENARIO"] ?? "load-test"
let scale = environment["FORTRESS_BENCH_SCALE"].flatMap(Double.init) ?? 0.05
let seed = environment["FORTRESS_BENCH_SEED"].flatMap(UInt64.init) ?? 1

/// Built once per process, on first use, outside any measurement.
let dataset: Dataset = {
    do {
        return Dataset(try ScenarioLibrary.load(scenarioName), seed: seed, scale: scale)
    } catch {
        fatalError("cannot load scenario \(scenarioName): \(error)")
    }
}()

let mbPerSecond = BenchmarkMetric.custom("MB/s (output)", polarity: .prefersLarger, useScalingFactor: false)
let bytesPerRow = BenchmarkMetric.custom("Bytes per row", polarity: .prefersSmaller, useScalingFactor: false)

@inline(__always)
func nanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// The tables of issue 9, most important first.
let tables: [GeneratedTable] = [.transactions, .users, .accounts, .products, .orders, .eventsOutbox]

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal, mbPerSecond, bytesPerRow],
        timeUnits: .nanoseconds,
        warmupIterations: 20,
        scalingFactor: .kilo,
        maxDuration: .seconds(4),
        maxIterations: 2_000
    )

    for table in tables {
        for format in [BenchmarkProbes.Format.csv, .binary] {
            // The production path: generators specialized for the real row writer
            // (generate --format csv, the loader's BinaryRowWriter) inside FortressSeed.
            pumped("\(table.rawValue) \(format == .csv ? "csv" : "binary")") {
                RowPump { onRow in
                    try BenchmarkProbes.generate(table, of: dataset, format: format, flushThreshold: 1, onFlush: onRow)
                }
            }
        }
    }

    // The same rows through the public generic API from this module, as another module
    // (FortressSeedPostgres' loader) calls it: `Dataset.generate(_:into:)` with a
    // `RowStream<W, S>` of this module's types, which FortressSeed cannot specialize.
    pumped("transactions binary (generic API)") {
        RowPump { onRow in try generateThroughPublicAPI(.transactions, binary: true, onRow: onRow) }
    }
    pumped("transactions csv (generic API)") {
        RowPump { onRow in try generateThroughPublicAPI(.transactions, binary: false, onRow: onRow) }
    }
}

/// Holds a benchmark's pump between its setup, iterations and teardown.
final class PumpBox: @unchecked Sendable {
    var pump: RowPump?
}

/// A benchmark whose iteration is the next `scaledIterations.count` rows of `makePump()`'s generator.
func pumped(_ name: String, _ makePump: @escaping @Sendable () -> RowPump) {
    let box = PumpBox()
    Benchmark(name) { benchmark in
        let start = nanoseconds()
        let bytes = box.pump!.run(rows: benchmark.scaledIterations.count)
        let elapsed = nanoseconds() - start
        benchmark.stopMeasurement()
        benchmark.measurement(mbPerSecond, Int(Double(bytes) * 1_000 / Double(max(elapsed, 1))))
        benchmark.measurement(bytesPerRow, bytes / benchmark.scaledIterations.count)
    } setup: {
        _ = dataset  // build the model before the pump thread starts
        box.pump = makePump()
    } teardown: {
        box.pump?.stop()
        blackHole(box.pump?.lastPass)
        box.pump = nil
    }
}

// MARK: the public generic API

/// Discards the bytes after handing their count to `onRow` (one row per write: flush threshold 1).
struct DiscardingSink: ByteSink {
    let onRow: (Int) throws -> Void
    var bytes: Int64 = 0

    mutating func write(_ buffer: ByteBuffer) throws {
        try onRow(buffer.count)
        bytes += Int64(buffer.count)
    }
}

func generateThroughPublicAPI(_ table: GeneratedTable, binary: Bool, onRow: @escaping (Int) throws -> Void) throws -> BenchmarkProbes.Counts {
    if binary {
        var stream = RowStream(
            writer: BinaryRowWriter(table: table.table, capacity: 1 << 16), sink: DiscardingSink(onRow: onRow), flushThreshold: 1)
        try dataset.generate(table, into: &stream)
        try stream.flush()
        return .init(rows: stream.rows, bytes: stream.sink.bytes)
    } else {
        var stream = RowStream(
            writer: TextRowWriter<CSVDialect>(columnCount: table.table.columns.count, capacity: 1 << 16),
            sink: DiscardingSink(onRow: onRow), flushThreshold: 1)
        try dataset.generate(table, into: &stream)
        try stream.flush()
        return .init(rows: stream.rows, bytes: stream.sink.bytes)
    }
}
