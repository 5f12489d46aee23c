import FortressSeed
import Foundation

/// Loads a dataset into PostgreSQL through binary COPY, all or nothing.
///
/// One transaction: `BEGIN`, the schema if asked, the compatibility check,
/// the emptiness check (or `TRUNCATE`), one `COPY table (cols) FROM STDIN
/// (FORMAT binary)` per table of `Dataset.tables` in foreign-key order,
/// the sequence fix-ups, `COMMIT`. Any failure (a violated constraint, a
/// dropped connection, a cancellation) rolls back and throws, naming the
/// table and, when the server says it, the row; the target is left as it was.
///
/// A producer thread runs the generators into pooled buffers while this
/// thread sends them (`BufferPipe`), so encoding and the server's ingest
/// overlap and memory stays at about `pipeDepth × bufferBytes`.
///
/// ```swift
/// let db = try Connection(.resolve(databaseURL: nil, environment: env))
/// let summary = try Loader(dataset: dataset, options: LoadOptions(truncate: true))
///     .run(on: db) { event in print(event) }
/// ```
public struct Loader: Sendable {
    public let dataset: Dataset
    public let options: LoadOptions

    public init(dataset: Dataset, options: LoadOptions = LoadOptions()) {
        self.dataset = dataset
        self.options = options
    }

    /// Runs the load; see the type's documentation.
    ///
    /// - Parameters:
    ///   - cancellation: cancels from another thread (signals); the load rolls back.
    ///   - observe: called on this thread with progress, about once per buffer.
    /// - Throws: `PostgresError`, after rolling back.
    public func run(
        on db: Connection, cancellation: LoadCancellation = LoadCancellation(),
        observe: (LoadEvent) -> Void = { _ in }
    ) throws(PostgresError) -> LoadSummary {
        let start = ContinuousClock.now
        let serverCancel = db.serverCancel
        let token = cancellation.onCancel { serverCancel?.cancel() }
        defer { cancellation.remove(token) }
        var truncated: [String] = []
        var loads: [TableLoad] = []
        var current: String?
        do {
            try db.execute("BEGIN")
            if let ddl = options.schemaDDL {
                observe(.step("creating schema"))
                try db.execute(ddl)
            }
            observe(.step("checking target"))
            let tables = dataset.tables.map(\.table)
            let problems = try CompatibilityCheck(tables: tables).problems(in: db)
            if !problems.isEmpty { throw PostgresError.incompatible(target: db.description, problems: problems) }
            truncated = try prepareTables(db, tables)
            try checkCancelled(cancellation, table: nil)
            loads = try stream(into: db, tables: tables, cancellation: cancellation, current: &current, observe: observe)
            current = nil
            observe(.step("fixing sequences"))
            for sql in dataset.sequenceFixups() { try db.execute(sql) }
            try checkCancelled(cancellation, table: nil)
            observe(.step("committing"))
            try db.execute("COMMIT")
        } catch {
            if db.isAlive { try? db.execute("ROLLBACK") }
            throw interpreted(error, cancellation: cancellation, table: current)
        }
        if options.analyze {
            observe(.step("analyzing"))
            try? db.execute("ANALYZE " + loads.map(\.table).joined(separator: ", "))
        }
        return LoadSummary(
            target: db.description, scenario: dataset.scenario.name, seed: dataset.seed, tables: loads,
            truncated: truncated, createdSchema: options.schemaDDL != nil, seconds: Self.seconds(since: start))
    }

    /// Refuses non-empty tables, or truncates every Fortress table the target has (`--truncate`).
    private func prepareTables(_ db: Connection, _ tables: [Table]) throws(PostgresError) -> [String] {
        if options.truncate {
            let existing = try TargetCatalog.existingTables(db, among: FortressSchema.tables.map(\.name))
            let owned = FortressSchema.tables.map(\.name).filter(existing.contains)
            guard !owned.isEmpty else { return [] }
            // No CASCADE: a foreign table referencing ours fails the statement instead of being emptied.
            try db.execute("TRUNCATE " + owned.joined(separator: ", "))
            return owned
        }
        let probe = tables.map { "SELECT \(Connection.quoteLiteral($0.name)) WHERE EXISTS (SELECT 1 FROM \($0.name))" }
            .joined(separator: " UNION ALL ")
        let nonEmpty = try db.query(probe).compactMap { $0[0] }
        if !nonEmpty.isEmpty { throw PostgresError.notEmpty(tables: nonEmpty) }
        return []
    }

    /// Runs the producer thread and sends its buffers, one COPY per table.
    private func stream(
        into db: Connection, tables: [Table], cancellation: LoadCancellation, current: inout String?,
        observe: (LoadEvent) -> Void
    ) throws(PostgresError) -> [TableLoad] {
        let pipe = BufferPipe(depth: max(2, options.pipeDepth), bufferCapacity: options.bufferBytes + 65_536)
        let wake = cancellation.onCancel { pipe.cancel() }
        defer { cancellation.remove(wake) }
        startProducer(pipe)
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
            switch item {
            case .begin(let index):
                let table = tables[index]
                current = table.name
                load = TableLoad(table: table.name)
                counter = BinaryTupleCounter()
                tableStart = .now
                observe(.tableStarted(name: table.name, index: index, count: tables.count))
                try db.beginCopy("COPY \(table.name) (\(table.columnList)) FROM STDIN (FORMAT binary)", table: table.name)
            case .data(let buffer):
                try checkCancelled(cancellation, table: current)
                try db.putCopyData(buffer, table: load.table)
                counter.consume(buffer)
                load.bytes += Int64(buffer.count)
                pipe.recycle(buffer)
                let now = ContinuousClock.now
                if now - lastReport > .milliseconds(200) {
                    lastReport = now
                    load.rows = counter.tuples
                    load.seconds = Self.seconds(from: tableStart, to: now)
                    observe(.tableProgress(load))
                }
            case .end(_, let rows):
                let stored = try db.endCopy(table: load.table)
                assert(stored == rows && counter.tuples == rows, "COPY stored \(stored) rows, generated \(rows)")
                load.rows = stored
                load.seconds = Self.seconds(since: tableStart)
                loads.append(load)
                observe(.tableFinished(load))
                current = nil
            case .finished:
                return loads
            }
        }
        try checkCancelled(cancellation, table: current)
        throw PostgresError.connectionLost(table: current, message: "the generator stopped unexpectedly")
    }

    /// Starts the thread that generates every table into the pipe.
    private func startProducer(_ pipe: BufferPipe) {
        let dataset = self.dataset, bufferBytes = options.bufferBytes
        let thread = Thread {
            defer { pipe.producerExited() }
            do {
                for (index, table) in dataset.tables.enumerated() {
                    pipe.push(.begin(index: index))
                    var stream = RowStream(
                        writer: BinaryRowWriter(table: table.table, capacity: bufferBytes),
                        sink: PipeSink(pipe: pipe), flushThreshold: bufferBytes)
                    BinaryCopy.appendHeader(to: &stream.writer.buffer)
                    try dataset.generate(table, into: &stream)
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

    private func checkCancelled(_ cancellation: LoadCancellation, table: String?) throws(PostgresError) {
        if let reason = cancellation.reason { throw .interrupted(reason: reason, table: table) }
    }

    /// The error to report: a cancellation wins over the server's "canceling statement".
    private func interpreted(_ error: any Error, cancellation: LoadCancellation, table: String?) -> PostgresError {
        if let reason = cancellation.reason { return .interrupted(reason: reason, table: table) }
        if let e = error as? PostgresError { return e }
        return .connectionLost(table: table, message: "\(error)")
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double { seconds(from: start, to: .now) }

    static func seconds(from start: ContinuousClock.Instant, to end: ContinuousClock.Instant) -> Double {
        let d = end - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
