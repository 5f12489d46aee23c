import FortressSeed
import Foundation

/// Streams generated tables into one connection: a producer thread encodes, this thread sends.
///
/// One `COPY table (cols) FROM STDIN (FORMAT binary [, FREEZE])` per unit (a
/// table or a part of one, `LoadUnit`), in the order given. The producer runs the generators into pooled buffers
/// while this thread hands them to libpq (`BufferPipe`), so encoding and the
/// server's ingest overlap and memory stays at about `pipeDepth × bufferBytes`.
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
        let pipe = BufferPipe(depth: max(2, options.pipeDepth), bufferCapacity: options.bufferBytes + 65_536)
        let wake = cancellation.onCancel { pipe.cancel() }
        defer { cancellation.remove(wake) }
        startProducer(pipe, tables)
        defer {
            pipe.cancel()
            pipe.waitForProducer()
        }
        var loads: [TableLoad] = []
        var load = TableLoad(table: "")
        var counter = BinaryTupleCounter()
        var tableStart = ContinuousClock.now
        var lastReport = tableStart
        while let item = pipe.pop() {
            // `consume`: the data buffer goes back to the pool uniquely owned (no copy on refill).
            switch consume item {
            case .begin(let index):
                let table = tables[index].table.table
                current = table.name
                load = TableLoad(table: tables[index].name)
                counter = BinaryTupleCounter()
                tableStart = .now
                observe(.tableStarted(name: tables[index].name, index: index, count: tables.count))
                let freeze = try hooks.before(tables[index])
                try Loader.checkCancelled(cancellation, table: current)
                try db.beginCopy(
                    "COPY \(table.name) (\(table.columnList)) FROM STDIN (FORMAT binary\(freeze ? ", FREEZE" : ""))", table: table.name)
            case .data(let buffer):
                try Loader.checkCancelled(cancellation, table: current)
                try db.putCopyData(buffer, table: table(load))
                counter.consume(buffer)
                load.bytes += Int64(buffer.count)
                pipe.recycle(buffer)
                let now = ContinuousClock.now
                if now - lastReport > .milliseconds(200) {
                    lastReport = now
                    load.rows = counter.tuples
                    load.seconds = Loader.seconds(from: tableStart, to: now)
                    observe(.tableProgress(load))
                }
            case .end(let index, let rows):
                let stored = try db.endCopy(table: table(load))
                assert(stored == rows && counter.tuples == rows, "COPY stored \(stored) rows, generated \(rows)")
                load.rows = stored
                load.seconds = Loader.seconds(since: tableStart)
                try hooks.after(tables[index], load)
                loads.append(load)
                observe(.tableFinished(load))
                current = nil
            case .finished:
                return loads
            }
        }
        try Loader.checkCancelled(cancellation, table: current)
        throw PostgresError.connectionLost(table: current, message: "the generator stopped unexpectedly")
    }

    /// The table a load is filling (its name without a part suffix), for error messages.
    private func table(_ load: TableLoad) -> String { LoadUnit.tableName(load.table) }

    /// Starts the thread that generates `tables` into the pipe.
    private func startProducer(_ pipe: BufferPipe, _ tables: [LoadUnit]) {
        let dataset = self.dataset, bufferBytes = options.bufferBytes
        let thread = Thread {
            defer { pipe.producerExited() }
            do {
                for (index, unit) in tables.enumerated() {
                    pipe.push(.begin(index: index))
                    var stream = RowStream(
                        writer: BinaryRowWriter(table: unit.table.table, capacity: bufferBytes),
                        sink: PipeSink(pipe: pipe), flushThreshold: bufferBytes)
                    BinaryCopy.appendHeader(to: &stream.writer.buffer)
                    try unit.dataset(dataset).generate(unit.table, into: &stream)
                    BinaryCopy.appendTrailer(to: &stream.writer.buffer)
                    try stream.flush()
                    pipe.push(.end(index: index, rows: stream.rows))
                }
                pipe.push(.finished)
            } catch {
                // Only cancellation stops the producer; the consumer reports why.
            }
        }
        thread.name = "fortress-seed generator"
        thread.stackSize = 8 << 20
        thread.start()
    }
}
