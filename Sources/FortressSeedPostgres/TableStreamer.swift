import FortressSeed
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Streams generated tables into one connection: generator threads encode, this thread sends.
///
/// One `COPY table (cols) FROM STDIN (FORMAT binary [, FREEZE])` per unit (a
/// table or a part of one, `LoadUnit`), in the order given. Generator threads
/// run the generators into pooled buffers while this thread hands them to
/// libpq (`BufferPipe`), so encoding and the server's ingest overlap. With
/// more than one unit, a second generator thread works ahead on the next
/// units (up to `lookaheadBytes`, at the lowest CPU priority): the tables
/// whose generation is slow are then ready when their turn comes. Memory stays at about
/// `pipeDepth × bufferBytes + lookaheadBytes`.
/// `before` and `after` run on this thread around each table's COPY: the
/// per-table mode opens and commits its transaction there.
struct TableStreamer {
    let dataset: Dataset
    let options: LoadOptions

    struct Hooks {
        /// Before the COPY starts; returns whether to add `FREEZE`.
        var before: (LoadUnit) throws(PostgresError) -> Bool = { _ in false }
        /// After the server confirmed the COPY.
        var after: (LoadUnit, TableLoad) throws(PostgresError) -> Void = { _, _ in }
    }

    /// Loads whole `tables`; `current` names the table in flight, for errors.
    func stream(
        _ tables: [GeneratedTable], into db: Connection, cancellation: LoadCancellation, current: inout String?,
        hooks: Hooks = Hooks(), observe: (LoadEvent) -> Void
    ) throws(PostgresError) -> [TableLoad] {
        try stream(units: tables.map { LoadUnit($0) }, into: db, cancellation: cancellation, current: &current, hooks: hooks, observe: observe)
    }

    /// Loads `units` (tables or parts of tables); `current` names the table in flight, for errors.
    func stream(
        units tables: [LoadUnit], into db: Connection, cancellation: LoadCancellation, current: inout String?,
        hooks: Hooks = Hooks(), observe: (LoadEvent) -> Void
    ) throws(PostgresError) -> [TableLoad] {
        guard !tables.isEmpty else { return [] }
        let lookahead = tables.count > 1 ? options.lookaheadBytes / options.bufferBytes : 0
        let pipe = BufferPipe(
            units: tables.count, depth: max(2, options.pipeDepth), lookahead: lookahead, bufferCapacity: options.bufferBytes + 65_536)
        let wake = cancellation.onCancel { pipe.cancel() }
        defer { cancellation.remove(wake) }
        startProducers(pipe, tables, threads: lookahead > 0 ? 2 : 1)
        defer {
            pipe.cancel()
            pipe.waitForProducers()
        }
        var loads: [TableLoad] = []
        for (index, unit) in tables.enumerated() {
            let table = unit.table.table
            current = table.name
            var load = TableLoad(table: unit.name)
            var counter = BinaryTupleCounter()
            let tableStart = ContinuousClock.now
            var lastReport = tableStart
            observe(.tableStarted(name: unit.name, index: index, count: tables.count))
            let freeze = try hooks.before(unit)
            try Loader.checkCancelled(cancellation, table: current)
            try db.beginCopy("COPY \(table.name) (\(table.columnList)) FROM STDIN (FORMAT binary\(freeze ? ", FREEZE" : ""))", table: table.name)
            copying: while true {
                guard let item = pipe.pop(unit: index) else {
                    try Loader.checkCancelled(cancellation, table: current)
                    throw PostgresError.connectionLost(table: current, message: "the generator stopped unexpectedly")
                }
                // `consume`: the data buffer goes back to the pool uniquely owned (no copy on refill).
                switch consume item {
                case .data(let buffer):
                    try Loader.checkCancelled(cancellation, table: current)
                    try db.putCopyData(buffer, table: table.name)
                    counter.consume(buffer)
                    load.bytes += Int64(buffer.count)
                    pipe.recycle(buffer, unit: index)
                    let now = ContinuousClock.now
                    if now - lastReport > .milliseconds(200) {
                        lastReport = now
                        load.rows = counter.tuples
                        load.seconds = Loader.seconds(from: tableStart, to: now)
                        observe(.tableProgress(load))
                    }
                case .end(let rows):
                    let stored = try db.endCopy(table: table.name)
                    assert(stored == rows && counter.tuples == rows, "COPY stored \(stored) rows, generated \(rows)")
                    load.rows = stored
                    load.seconds = Loader.seconds(since: tableStart)
                    try hooks.after(unit, load)
                    loads.append(load)
                    observe(.tableFinished(load))
                    current = nil
                    break copying
                }
            }
        }
        return loads
    }

    /// Nice 19 for the calling thread only (Linux: the nice value is per thread); best effort.
    static func lowerThreadPriority() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        #endif
    }

    /// Starts `threads` generator threads; each claims the next unit in order and generates it into the pipe.
    private func startProducers(_ pipe: BufferPipe, _ tables: [LoadUnit], threads: Int) {
        let dataset = self.dataset, bufferBytes = options.bufferBytes
        for n in 0..<min(threads, tables.count) {
            pipe.producerStarted()
            let thread = Thread {
                defer { pipe.producerExited() }
                // The second generator works ahead with the CPU nobody else wants: on a small
                // machine it would otherwise take cycles from the server's COPY (and from the
                // first generator) just when the server is the bottleneck.
                if n > 0 { Self.lowerThreadPriority() }
                do {
                    while let index = pipe.claim() {
                        let unit = tables[index]
                        var stream = RowStream(
                            writer: BinaryRowWriter(table: unit.table.table, capacity: bufferBytes),
                            sink: PipeSink(pipe: pipe, unit: index), flushThreshold: bufferBytes)
                        BinaryCopy.appendHeader(to: &stream.writer.buffer)
                        try unit.dataset(dataset).generate(unit.table, into: &stream)
                        BinaryCopy.appendTrailer(to: &stream.writer.buffer)
                        try stream.flush()
                        pipe.finish(unit: index, rows: stream.rows)
                    }
                } catch {
                    // Only cancellation stops a producer; the consumer reports why.
                }
            }
            thread.name = "fortress-seed generator \(n + 1)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
