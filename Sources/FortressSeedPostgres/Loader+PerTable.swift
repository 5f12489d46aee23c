import FortressSeed
import Foundation

/// `--commit per-table`: each table in its own transaction, resumable, optionally on several connections.
///
/// A setup transaction applies the schema, checks the target and the
/// bookkeeping (`LoadState`), and under `--fast` drops the model's secondary
/// indexes and foreign keys (recording what it dropped). Then each pending
/// table is `BEGIN; [TRUNCATE;] COPY; record; COMMIT`, so a table is either
/// fully loaded and recorded or absent. A finishing transaction rebuilds what
/// was dropped and fixes sequences. A rerun with the same scenario, seed and
/// version skips the recorded tables; other data recorded there is refused.
extension Loader {
    func runPerTable(
        on db: Connection, target: ConnectionTarget?, cancellation: LoadCancellation, observe: (LoadEvent) -> Void
    ) throws(PostgresError) -> LoadSummary {
        let start = ContinuousClock.now
        let serverCancel = db.serverCancel
        let token = cancellation.onCancel { serverCancel?.cancel() }
        defer { cancellation.remove(token) }
        var truncated: [String] = []
        var done: [String] = []
        var pending: [GeneratedTable] = []
        var pendingUnits: [LoadUnit] = []
        var dropped: [String] = []
        var loads: [TableLoad] = []
        var committed: [String] = []
        var current: String?
        var loading = false
        var analyzed = false
        var rebuilt = false
        do {
            // Setup.
            try prepareShard(db, cancellation, observe)
            try db.execute("BEGIN")
            try prologue(db, observe: observe)
            var states = try LoadState.read(db)
            if options.truncate {
                truncated = try prepareTables(db, [], states: states)
                states = []
            }
            try LoadState.ensure(db)
            let key = self.key
            let mine = states.filter { $0.key == key }
            let others = states.filter { $0.key != key }
            let recorded = Set(mine.filter(\.isTable).map(\.table))
            let units = LoadUnit.plan(dataset.tables, jobs: options.jobs, recorded: recorded)
            pendingUnits = units.filter { !recorded.contains($0.name) }
            pending = dataset.tables.filter { t in pendingUnits.contains { $0.table == t } }
            done = dataset.tables.filter { !pending.contains($0) }.map(\.rawValue)
            committed = done
            dropped = mine.filter { !$0.isTable }.map { String($0.table.dropFirst(LoadState.dropPrefix.count)) }
            // Tables holding any recorded part of this load are expected to hold rows.
            let started = Set(recorded.map(LoadUnit.tableName))
            let nonEmpty = try nonEmptyTables(db, dataset.tables.map(\.table)).filter { !started.contains($0) }
            if options.append {
                try AppendCheck(key: key, tables: pending).verify(states: others, nonEmpty: nonEmpty)
            } else if !options.truncate {
                if let other = Self.unfinished(others, of: dataset.tables) {
                    throw PostgresError.stateMismatch(recorded: other.description, requested: key.description)
                }
                if !nonEmpty.isEmpty { throw PostgresError.notEmpty(tables: nonEmpty) }
            }
            if options.fast && !pending.isEmpty {
                let plan = try BulkLoadPlan(tables: pending.map(\.table), writer: writer, dropPrimaryKeys: false, on: db)
                observe(.step("dropping \(plan.dropStatements.count) indexes and foreign keys"))
                for sql in plan.dropStatements { try db.execute(sql) }
                for name in plan.droppedNames where !dropped.contains(name) {
                    try LoadState.record(db, key: key, table: LoadState.dropPrefix + name, rows: 0)
                    dropped.append(name)
                }
            }
            // With every foreign key between the tables dropped, the largest go first (as in one transaction).
            if options.fast, try !BulkLoadPlan.foreignKeysRemain(among: pending.map(\.table), on: db) {
                let order = Self.serverHeavyFirst(pending)
                pendingUnits.sort { order.firstIndex(of: $0.table)! < order.firstIndex(of: $1.table)! }
            }
            try db.execute("COMMIT")
            loading = true

            // One transaction per table; on several connections, the finishing statements as soon as their tables are in.
            if options.jobs > 1 {
                guard let target else { throw PostgresError.invalidOptions("--jobs needs a connection target to open more connections") }
                let statements = try finishingStatements(db, dropped: dropped, loaded: pending, resumed: done)
                analyzed = options.analyze
                rebuilt = true
                let scheduler = try parallel(pendingUnits, statements, target: target, cancellation: cancellation, observe: observe)
                loads = scheduler.loads
                committed += scheduler.committed
                if let error = scheduler.firstError { throw error }
                for message in scheduler.failures { observe(.step(message + " (the data is committed)")) }
            } else {
                loads = try TableStreamer(dataset: dataset, options: options).stream(
                    units: pendingUnits, into: db, cancellation: cancellation, current: &current,
                    hooks: perTableHooks(db, committed: { committed.append($0) }), observe: observe)
            }
            current = nil

            // Finish: what --fast dropped, rebuilt on up to --jobs connections (each statement
            // commits on its own: a rerun rebuilds what is still missing), each loaded table's
            // ANALYZE in the same pool right after its table's last rebuild, then the bookkeeping.
            if options.fast && !rebuilt {
                try bulkSettings(db)
                let all = dataset.tables.map(\.table)
                let rebuilds = try BulkLoadPlan.missingRebuilds(tables: all, writer: writer, dropped: dropped, on: db)
                let analyses = options.analyze ? analyzer(toAnalyze(loads, resumed: done)).statements : []
                analyzed = options.analyze
                observe(.step("rebuilding \(rebuilds.count) indexes and foreign keys\(analyzed ? ", analyzing" : "")"))
                let failures = try StatementPool(jobs: 1).run(rebuilds + analyses, on: db, target: nil, cancellation: cancellation)
                for message in failures { observe(.step(message + " (the data is committed)")) }
            }
            try db.execute("BEGIN")
            if options.fast { try LoadState.forgetDrops(db, key: key) }
            observe(.step("fixing sequences"))
            for sql in dataset.sequenceFixups() { try db.execute(sql) }
            try checkCancelled(cancellation, table: nil)
            try db.execute("COMMIT")
        } catch {
            if db.isAlive { try? db.execute("ROLLBACK") }
            let e = interpreted(error, cancellation: cancellation, table: current)
            // A refusal during setup changed nothing: report it as it is.
            throw loading ? .partial(e, committed: committed) : e
        }
        let tables = TableLoad.merged(loads)
        if !analyzed { analyze(db, target, toAnalyze(loads, resumed: done), cancellation, observe) }
        return summary(db, tables, truncated: truncated, skipped: done, start: start)
    }

    /// `BEGIN` (and, under `--fast`, `TRUNCATE` of the known-empty table for COPY FREEZE) before; record and `COMMIT` after.
    func perTableHooks(_ db: Connection, committed: @escaping (String) -> Void) -> TableStreamer.Hooks {
        let key = self.key, fast = options.fast && !options.append
        return TableStreamer.Hooks(
            before: { u throws(PostgresError) in
                try db.execute("BEGIN")
                // A part shares its table with the other parts: never emptied, so no FREEZE.
                guard fast, u.parts == 1, u.table.table.partitioning == nil else { return false }
                return try Loader.emptyForFreeze(db, [u.table.rawValue])
            },
            after: { u, load throws(PostgresError) in
                try LoadState.record(db, key: key, table: u.name, rows: load.rows)
                try db.execute("COMMIT")
                committed(u.name)
            })
    }

    /// What finishes a parallel load: under `--fast` the rebuilds of what it dropped (the
    /// largest tables' first), then each table's ANALYZE (the partitioned ones first), each
    /// listed after every rebuild on its table, so it runs after them (`JobScheduler`).
    func finishingStatements(
        _ db: Connection, dropped: [String], loaded: [GeneratedTable], resumed: [String]
    ) throws(PostgresError) -> [StatementPool.Statement] {
        let rebuilds = options.fast
            ? try BulkLoadPlan.missingRebuilds(tables: dataset.tables.map(\.table), writer: writer, dropped: dropped, on: db) : []
        guard options.analyze else { return rebuilds }
        return rebuilds + analyzer((loaded.map(\.rawValue) + resumed).map { TableLoad(table: $0) }).statements
    }

    /// Every table of the finished load: this run's, and the ones an earlier run committed
    /// (it stopped before its ANALYZE); those last, their size unknown here.
    func toAnalyze(_ loads: [TableLoad], resumed: [String]) -> [TableLoad] {
        TableLoad.merged(loads) + resumed.map { TableLoad(table: $0) }
    }

    /// The key of another load recorded as unfinished (some table or part missing), if any.
    static func unfinished(_ others: [LoadState], of tables: [GeneratedTable]) -> LoadState.Key? {
        var byKey: [LoadState.Key: [String]] = [:]
        for s in others where s.isTable { byKey[s.key, default: []].append(s.table) }
        for s in others where !s.isTable { byKey[s.key, default: []] = byKey[s.key, default: []] }
        return byKey.keys.sorted { $0.description < $1.description }.first { LoadUnit.completeTables(byKey[$0]!).count < tables.count }
    }

    /// Runs `jobs` worker connections over `units` and `statements` and delivers their events on this thread.
    private func parallel(
        _ units: [LoadUnit], _ statements: [StatementPool.Statement], target: ConnectionTarget, cancellation: LoadCancellation,
        observe: (LoadEvent) -> Void
    ) throws(PostgresError) -> JobScheduler {
        let jobs = max(1, min(options.jobs, units.count + statements.count))
        let scheduler = JobScheduler(units: units, statements: statements, enforceOrder: !options.fast, workers: jobs)
        // A worker's failure cancels the others; the user's cancellation reaches them through it.
        let jobCancel = LoadCancellation()
        let relay = cancellation.onCancel { jobCancel.cancel(reason: cancellation.reason ?? "cancellation") }
        defer { cancellation.remove(relay) }
        for n in 0..<jobs {
            let thread = Thread { [self] in
                defer { scheduler.workerExited() }
                var current: String?
                var conn: Connection?
                do {
                    let db = try Connection(target)
                    conn = db
                    let serverCancel = db.serverCancel
                    let token = jobCancel.onCancel { serverCancel?.cancel() }
                    defer { jobCancel.remove(token) }
                    if options.fast { try bulkSettings(db) }
                    while let job = scheduler.next() {
                        switch job {
                        case .unit(let unit):
                            let loads = try TableStreamer(dataset: dataset, options: options).stream(
                                units: [unit], into: db, cancellation: jobCancel, current: &current,
                                hooks: perTableHooks(db, committed: { _ in }), observe: { scheduler.post($0) })
                            current = nil
                            if let load = loads.first { scheduler.finish(unit, load) }
                        case .statement(let statement):
                            scheduler.post(.step(String(statement.sql.prefix(72))))
                            do throws(PostgresError) {
                                try db.execute(statement.sql)
                                scheduler.finish(statement, error: nil)
                            } catch {
                                // A connection lost (or a cancellation) ends this worker as any failure does.
                                scheduler.finish(statement, error: error)
                                if !db.isAlive || jobCancel.reason != nil { throw error }
                            }
                        }
                    }
                } catch {
                    if let conn, conn.isAlive { try? conn.execute("ROLLBACK") }
                    scheduler.fail(interpreted(error, cancellation: jobCancel, table: current))
                    jobCancel.cancel(reason: "the failure of another job")
                }
            }
            thread.name = "fortress-seed job \(n + 1)"
            thread.start()
        }
        while let events = scheduler.takeEvents() { events.forEach(observe) }
        return scheduler
    }
}
