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
        var dropped: [String] = []
        var loads: [TableLoad] = []
        var committed: [String] = []
        var current: String?
        var loading = false
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
            done = dataset.tables.map(\.rawValue).filter(recorded.contains)
            committed = done
            pending = dataset.tables.filter { !recorded.contains($0.rawValue) }
            dropped = mine.filter { !$0.isTable }.map { String($0.table.dropFirst(LoadState.dropPrefix.count)) }
            let nonEmpty = try nonEmptyTables(db, dataset.tables.map(\.table)).filter { !recorded.contains($0) }
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
            try db.execute("COMMIT")
            loading = true

            // One transaction per table.
            if options.jobs > 1 && pending.count > 1 {
                guard let target else { throw PostgresError.invalidOptions("--jobs needs a connection target to open more connections") }
                let scheduler = try parallel(pending, target: target, cancellation: cancellation, observe: observe)
                loads = scheduler.loads
                committed += scheduler.committed
                if let error = scheduler.firstError { throw error }
            } else {
                loads = try TableStreamer(dataset: dataset, options: options).stream(
                    pending, into: db, cancellation: cancellation, current: &current,
                    hooks: perTableHooks(db, committed: { committed.append($0) }), observe: observe)
            }
            current = nil

            // Finish.
            try db.execute("BEGIN")
            if options.fast {
                try bulkSettings(db)
                let all = dataset.tables.map(\.table)
                try rebuild(BulkLoadPlan.missingRebuilds(tables: all, writer: writer, dropped: dropped, on: db), db, cancellation, observe)
                try LoadState.forgetDrops(db, key: key)
            }
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
        analyze(db, loads, observe)
        return summary(db, loads, truncated: truncated, skipped: done, start: start)
    }

    /// `BEGIN` (and, under `--fast`, `TRUNCATE` of the known-empty table for COPY FREEZE) before; record and `COMMIT` after.
    func perTableHooks(_ db: Connection, committed: @escaping (String) -> Void) -> TableStreamer.Hooks {
        let key = self.key, fast = options.fast && !options.append
        return TableStreamer.Hooks(
            before: { t throws(PostgresError) in
                try db.execute("BEGIN")
                guard fast, t.table.partitioning == nil else { return false }
                try db.execute("SAVEPOINT fortress_freeze")
                do throws(PostgresError) {
                    try db.execute("TRUNCATE \(t.rawValue)")
                    try db.execute("RELEASE SAVEPOINT fortress_freeze")
                    return true
                } catch {
                    // Another table's foreign key pins it: load without FREEZE.
                    guard db.isAlive else { throw error }
                    try db.execute("ROLLBACK TO SAVEPOINT fortress_freeze")
                    return false
                }
            },
            after: { t, load throws(PostgresError) in
                try LoadState.record(db, key: key, table: t.rawValue, rows: load.rows)
                try db.execute("COMMIT")
                committed(t.rawValue)
            })
    }

    /// The key of another load recorded as unfinished (some table missing), if any.
    static func unfinished(_ others: [LoadState], of tables: [GeneratedTable]) -> LoadState.Key? {
        var byKey: [LoadState.Key: Set<String>] = [:]
        for s in others where s.isTable { byKey[s.key, default: []].insert(s.table) }
        for s in others where !s.isTable { byKey[s.key, default: []] = byKey[s.key, default: []] }
        return byKey.keys.sorted { $0.description < $1.description }.first { byKey[$0]!.count < tables.count }
    }

    /// Runs `jobs` worker connections over `tables` and delivers their events on this thread.
    private func parallel(
        _ tables: [GeneratedTable], target: ConnectionTarget, cancellation: LoadCancellation, observe: (LoadEvent) -> Void
    ) throws(PostgresError) -> JobScheduler {
        let jobs = min(options.jobs, tables.count)
        let scheduler = JobScheduler(tables: tables, enforceOrder: !options.fast, workers: jobs)
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
                    while let table = scheduler.next() {
                        let loads = try TableStreamer(dataset: dataset, options: options).stream(
                            [table], into: db, cancellation: jobCancel, current: &current,
                            hooks: perTableHooks(db, committed: { _ in }), observe: { scheduler.post($0) })
                        current = nil
                        if let load = loads.first { scheduler.finish(table, load) }
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
