import FortressSeed
import Foundation

/// Loads a dataset into PostgreSQL through binary COPY, all or nothing (by default).
///
/// `.single` commit mode (the default) is one transaction: `BEGIN`, the
/// schema if asked, the compatibility check, the emptiness check (or
/// `TRUNCATE`, or the `--append` check), one `COPY table (cols) FROM STDIN
/// (FORMAT binary)` per table of `Dataset.tables` in foreign-key order, the
/// bookkeeping rows (`LoadState`), the sequence fix-ups, `COMMIT`. Any
/// failure (a violated constraint, a dropped connection, a cancellation)
/// rolls back and throws, naming the table and, when the server says it,
/// the row; the target is left as it was.
///
/// With `fast`, the same transaction also sets bulk-load session settings,
/// empties the (already empty) tables so COPY can `FREEZE` them, drops the
/// model's foreign keys, secondary indexes and primary keys first and
/// rebuilds them after the data (`BulkLoadPlan`): still all or nothing.
///
/// `.perTable` mode (`Loader+PerTable.swift`) commits each table on its own
/// and can resume; it is the only mode that can use several connections.
///
/// ```swift
/// let db = try Connection(.resolve(databaseURL: nil, environment: env))
/// let summary = try Loader(dataset: dataset, options: LoadOptions(truncate: true))
///     .run(on: db) { event in print(event) }
/// ```
public struct Loader: Sendable {
    public let dataset: Dataset
    public let options: LoadOptions
    /// Recorded in the bookkeeping table; a resume or append compares it.
    public let version: String

    public init(dataset: Dataset, options: LoadOptions = LoadOptions(), version: String = GeneratorVersion.string) {
        self.dataset = dataset
        self.options = options
        self.version = version
    }

    var key: LoadState.Key { LoadState.Key(scenarioSHA256: dataset.scenarioSHA256, seed: dataset.seed, version: version, shard: dataset.shard) }
    var writer: DDLWriter { DDLWriter(partitions: dataset.partitions) }

    /// Runs the load; see the type's documentation.
    ///
    /// - Parameters:
    ///   - target: where `--jobs` opens its further connections (required when `jobs > 1`).
    ///   - cancellation: cancels from another thread (signals); the load rolls back.
    ///   - observe: called on this thread with progress, about once per buffer.
    /// - Throws: `PostgresError`, after rolling back (in per-table mode, the table in flight).
    public func run(
        on db: Connection, target: ConnectionTarget? = nil, cancellation: LoadCancellation = LoadCancellation(),
        observe: (LoadEvent) -> Void = { _ in }
    ) throws(PostgresError) -> LoadSummary {
        if let conflict = options.conflict(shard: dataset.shard) { throw .invalidOptions(conflict) }
        if options.commit == .perTable { return try runPerTable(on: db, target: target, cancellation: cancellation, observe: observe) }
        let start = ContinuousClock.now
        let serverCancel = db.serverCancel
        let token = cancellation.onCancel { serverCancel?.cancel() }
        defer { cancellation.remove(token) }
        var truncated: [String] = []
        var loads: [TableLoad] = []
        var current: String?
        do {
            try prepareShard(db, cancellation, observe)
            try db.execute("BEGIN")
            try prologue(db, observe: observe)
            let tables = dataset.tables
            truncated = try prepareTables(db, tables.map(\.table), states: LoadState.read(db))
            try LoadState.ensure(db)
            var freeze = false
            if options.fast {
                let plan = try BulkLoadPlan(tables: tables.map(\.table), writer: writer, dropPrimaryKeys: true, on: db)
                observe(.step("dropping \(plan.dropStatements.count) indexes and constraints"))
                for sql in plan.dropStatements { try db.execute(sql) }
                freeze = try !options.append && (!truncated.isEmpty || Self.emptyForFreeze(db, tables.map(\.table.name)))
                try checkCancelled(cancellation, table: nil)
                let order = try BulkLoadPlan.foreignKeysRemain(among: tables.map(\.table), on: db) ? tables : Self.serverHeavyFirst(tables)
                loads = try stream(order, db, cancellation, &current, freeze: freeze, observe)
                try rebuild(plan.rebuildStatements, db, cancellation, observe)
            } else {
                try checkCancelled(cancellation, table: nil)
                loads = try stream(tables, db, cancellation, &current, freeze: false, observe)
            }
            observe(.step("fixing sequences"))
            for sql in dataset.sequenceFixups() { try db.execute(sql) }
            try checkCancelled(cancellation, table: nil)
            observe(.step("committing"))
            try db.execute("COMMIT")
        } catch {
            if db.isAlive { try? db.execute("ROLLBACK") }
            throw interpreted(error, cancellation: cancellation, table: current)
        }
        analyze(db, target, loads, cancellation, observe)
        return summary(db, loads, truncated: truncated, start: start)
    }

    /// Before a sharded load: the bookkeeping table, then (shards other than 0) shard 0's data.
    ///
    /// Shards load at once from several connections: each creating the bookkeeping
    /// table inside its own long transaction would make the others fail on the
    /// catalog, so a sharded load creates (or upgrades) it first, committed on its
    /// own; it holds no data. Shards other than 0 reference shard 0's global rows
    /// (products, locations, the catalog taxonomy), so they wait until shard 0 of
    /// the same scenario, seed, version and N is recorded as fully committed.
    func prepareShard(_ db: Connection, _ cancellation: LoadCancellation, _ observe: (LoadEvent) -> Void) throws(PostgresError) {
        let shard = dataset.shard
        guard shard.count > 1 else { return }
        do {
            try LoadState.ensure(db)
        } catch {
            // Another shard created it at the same instant: it exists now.
            guard db.isAlive else { throw error }
            try LoadState.ensure(db)
        }
        guard shard.index > 0 else { return }
        let first = LoadState.Key(scenarioSHA256: key.scenarioSHA256, seed: key.seed, version: key.version, shard: Shard(index: 0, count: shard.count))
        let needed = Set(dataset.tables.map(\.rawValue))
        var waited = 0
        while true {
            let done = LoadUnit.completeTables(try LoadState.read(db).filter { $0.key == first && $0.isTable }.map(\.table))
            if needed.isSubset(of: done) { return }
            if waited % 30 == 0 {
                observe(.step("waiting for shard 0/\(shard.count) (\(first)) to be committed: this shard's rows reference its catalog"))
            }
            try checkCancelled(cancellation, table: nil)
            Thread.sleep(forTimeInterval: 1)
            waited += 1
        }
    }

    /// The load order when no foreign key constrains it (`--fast` dropped them all):
    /// `transactions` and `events_outbox` first, the largest tables and the ones the
    /// server takes slowest (jsonb parsing) while the generator is fast, so that while
    /// the server parses them the lookahead generator encodes the tables whose
    /// generation is slow (`TableStreamer`).
    static func serverHeavyFirst(_ tables: [GeneratedTable]) -> [GeneratedTable] {
        let heavy: [GeneratedTable] = [.transactions, .eventsOutbox]
        return heavy.filter(tables.contains) + tables.filter { !heavy.contains($0) }
    }

    /// Session settings, the schema and the compatibility check: the start of every mode's first transaction.
    func prologue(_ db: Connection, observe: (LoadEvent) -> Void) throws(PostgresError) {
        if options.fast { try bulkSettings(db) }
        if let ddl = options.schemaDDL {
            observe(.step("creating schema"))
            try db.execute(ddl)
        }
        observe(.step("checking target"))
        let problems = try CompatibilityCheck(tables: dataset.tables.map(\.table)).problems(in: db)
        if !problems.isEmpty { throw PostgresError.incompatible(target: db.description, problems: problems) }
    }

    /// `synchronous_commit = off` (a crash may lose the last commits, never corrupt them),
    /// a generous `maintenance_work_mem` and parallel maintenance workers for the index builds.
    func bulkSettings(_ db: Connection) throws(PostgresError) {
        try db.execute("SET synchronous_commit = off")
        try db.execute("SET maintenance_work_mem = " + Connection.quoteLiteral(options.maintenanceWorkMem))
        // Capped by the server's max_worker_processes; a build asks for what the table size warrants.
        try db.execute("SET max_parallel_maintenance_workers = \(max(2, options.jobs))")
    }

    /// Empties the loaded tables (known empty) so COPY FREEZE applies; false if another
    /// table's foreign key pins one (then the load goes on without FREEZE). Both modes use it.
    static func emptyForFreeze(_ db: Connection, _ tables: [String]) throws(PostgresError) -> Bool {
        try db.execute("SAVEPOINT fortress_freeze")
        do throws(PostgresError) {
            try db.execute("TRUNCATE " + tables.joined(separator: ", "))
            try db.execute("RELEASE SAVEPOINT fortress_freeze")
            return true
        } catch {
            guard db.isAlive else { throw error }
            try db.execute("ROLLBACK TO SAVEPOINT fortress_freeze")
            return false
        }
    }

    /// One COPY per table on this connection, each recorded in the bookkeeping table.
    private func stream(
        _ tables: [GeneratedTable], _ db: Connection, _ cancellation: LoadCancellation, _ current: inout String?,
        freeze: Bool, _ observe: (LoadEvent) -> Void
    ) throws(PostgresError) -> [TableLoad] {
        let key = self.key
        let hooks = TableStreamer.Hooks(
            before: { u throws(PostgresError) in freeze && u.table.table.partitioning == nil },
            after: { u, load throws(PostgresError) in try LoadState.record(db, key: key, table: u.name, rows: load.rows) })
        return try TableStreamer(dataset: dataset, options: options)
            .stream(tables, into: db, cancellation: cancellation, current: &current, hooks: hooks, observe: observe)
    }

    /// Runs the rebuild statements one by one, reporting each.
    func rebuild(_ statements: [String], _ db: Connection, _ cancellation: LoadCancellation, _ observe: (LoadEvent) -> Void) throws(PostgresError) {
        for (i, sql) in statements.enumerated() {
            try checkCancelled(cancellation, table: nil)
            observe(.step("rebuilding \(i + 1)/\(statements.count): " + String(sql.prefix(72))))
            try db.execute(sql)
        }
    }

    /// Refuses non-empty tables, truncates every Fortress table (`--truncate`), or checks `--append`.
    func prepareTables(_ db: Connection, _ tables: [Table], states: [LoadState]) throws(PostgresError) -> [String] {
        if options.truncate {
            let existing = try TargetCatalog.existingTables(db, among: FortressSchema.tables.map(\.name) + [LoadState.tableName])
            let owned = (FortressSchema.tables.map(\.name) + [LoadState.tableName]).filter(existing.contains)
            guard !owned.isEmpty else { return [] }
            // No CASCADE: a foreign table referencing ours fails the statement instead of being emptied.
            try db.execute("TRUNCATE " + owned.joined(separator: ", "))
            return owned.filter { $0 != LoadState.tableName }
        }
        let nonEmpty = try nonEmptyTables(db, tables)
        if options.append {
            try AppendCheck(key: key, tables: dataset.tables).verify(states: states, nonEmpty: nonEmpty)
        } else if !nonEmpty.isEmpty {
            throw PostgresError.notEmpty(tables: nonEmpty)
        }
        return []
    }

    func nonEmptyTables(_ db: Connection, _ tables: [Table]) throws(PostgresError) -> [String] {
        guard !tables.isEmpty else { return [] }
        let probe = tables.map { "SELECT \(Connection.quoteLiteral($0.name)) WHERE EXISTS (SELECT 1 FROM \($0.name))" }
            .joined(separator: " UNION ALL ")
        return try db.query(probe).compactMap { $0[0] }
    }

    /// `ANALYZE` after the commit, so the planner sees the new rows, on up to `jobs` connections
    /// (`Analyzer`); a failure here loses nothing.
    func analyze(
        _ db: Connection, _ target: ConnectionTarget?, _ loads: [TableLoad], _ cancellation: LoadCancellation, _ observe: (LoadEvent) -> Void
    ) {
        guard options.analyze, !loads.isEmpty else { return }
        observe(.step("analyzing"))
        analyzer(loads).run(on: db, target: target, cancellation: cancellation, observe: observe)
    }

    func analyzer(_ loads: [TableLoad]) -> Analyzer {
        let partitioned = Set(dataset.tables.filter { $0.table.partitioning != nil }.map(\.rawValue))
        return Analyzer(tables: loads, jobs: options.jobs, partitioned: partitioned)
    }

    func summary(_ db: Connection, _ loads: [TableLoad], truncated: [String], skipped: [String] = [], start: ContinuousClock.Instant) -> LoadSummary {
        LoadSummary(
            target: db.description, scenario: dataset.scenario.name, seed: dataset.seed, tables: loads,
            truncated: truncated, createdSchema: options.schemaDDL != nil, seconds: Self.seconds(since: start),
            resumed: skipped)
    }

    static func checkCancelled(_ cancellation: LoadCancellation, table: String?) throws(PostgresError) {
        if let reason = cancellation.reason { throw .interrupted(reason: reason, table: table) }
    }

    func checkCancelled(_ cancellation: LoadCancellation, table: String?) throws(PostgresError) {
        try Self.checkCancelled(cancellation, table: table)
    }

    /// The error to report: a cancellation wins over the server's "canceling statement".
    func interpreted(_ error: any Error, cancellation: LoadCancellation, table: String?) -> PostgresError {
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
