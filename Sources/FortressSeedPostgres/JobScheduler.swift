import FortressSeed
import Foundation

/// Hands tables (or parts of tables, `LoadUnit`) and the statements that finish them
/// to `--jobs` worker connections, and collects their events for the calling thread.
///
/// A unit is ready when every table it references (among those still to
/// load) has committed all its parts, because its foreign keys are checked at COPY time on
/// another connection; under `--fast` the foreign keys are dropped, so every
/// table is ready at once. A statement (an index or foreign key `--fast`
/// dropped, an ANALYZE) is ready once every table it names is fully committed
/// and no other statement holds one of them (`StatementPool`'s rule), and goes
/// before the units: so `transactions`' indexes, foreign keys and ANALYZE run
/// while the other connections still load `events_outbox`. Workers never call
/// the observer: they post events here and the thread that called
/// `Loader.run` delivers them, so the observer needs no locking. The first
/// failure (of a unit, or of a statement that is not optional) stops the hand-out.
final class JobScheduler: @unchecked Sendable {
    enum Job {
        case unit(LoadUnit)
        case statement(StatementPool.Statement)
    }

    private let condition = NSCondition()
    private var pending: [LoadUnit]
    private var statements: StatementPool.Claims
    /// Units not yet committed, per table.
    private var unfinished: [String: Int]
    private let dependencies: [String: [String]]
    private var events: [LoadEvent] = []
    private var workers: Int
    private var started = 0
    private let total: Int
    private(set) var loads: [TableLoad] = []
    private(set) var committed: [String] = []
    private(set) var firstError: PostgresError?

    init(units: [LoadUnit], statements: [StatementPool.Statement] = [], enforceOrder: Bool, workers: Int) {
        pending = units
        self.statements = StatementPool.Claims(statements)
        total = units.count
        unfinished = [:]
        var deps: [String: [String]] = [:]
        for u in units {
            unfinished[u.table.rawValue, default: 0] += 1
            deps[u.table.rawValue] = enforceOrder ? u.table.table.dependencies : []
        }
        dependencies = deps
        self.workers = workers
    }

    /// The next ready statement, else the next unit whose references have committed; blocks
    /// while nothing is ready; nil when all is handed out or something failed.
    func next() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if firstError != nil || (pending.isEmpty && statements.pending.isEmpty) { return nil }
            if let s = statements.take(where: { $0.tables.allSatisfy { unfinished[$0] == nil } }) { return .statement(s) }
            if let i = pending.firstIndex(where: { u in
                dependencies[u.table.rawValue, default: []].allSatisfy { unfinished[$0] == nil }
            }) {
                return .unit(pending.remove(at: i))
            }
            condition.wait()
        }
    }

    /// A worker ran `statement`; an optional one's failure is kept as a message, any other's stops the hand-out.
    func finish(_ statement: StatementPool.Statement, error: PostgresError?) {
        condition.lock()
        statements.release(statement, error: error)
        if firstError == nil, let e = statements.firstError { firstError = e }
        condition.broadcast()
        condition.unlock()
    }

    /// Optional statements' failures.
    var failures: [String] {
        condition.lock()
        defer { condition.unlock() }
        return statements.failures
    }

    /// A worker committed `unit`.
    func finish(_ unit: LoadUnit, _ load: TableLoad) {
        condition.lock()
        let left = unfinished[unit.table.rawValue, default: 1] - 1
        unfinished[unit.table.rawValue] = left > 0 ? left : nil
        loads.append(load)
        committed.append(unit.name)
        condition.broadcast()
        condition.unlock()
    }

    /// A worker failed; keeps the first error.
    func fail(_ error: PostgresError) {
        condition.lock()
        if firstError == nil { firstError = error }
        condition.broadcast()
        condition.unlock()
    }

    /// Queues an event for the calling thread, numbering table starts across workers.
    func post(_ event: LoadEvent) {
        condition.lock()
        if case .tableStarted(let name, _, _) = event {
            events.append(.tableStarted(name: name, index: started, count: total))
            started += 1
        } else {
            events.append(event)
        }
        condition.broadcast()
        condition.unlock()
    }

    func workerExited() {
        condition.lock()
        workers -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for events; nil once every worker has exited and all events were taken.
    func takeEvents() -> [LoadEvent]? {
        condition.lock()
        defer { condition.unlock() }
        while events.isEmpty && workers > 0 { condition.wait() }
        if events.isEmpty { return nil }
        let out = events
        events.removeAll(keepingCapacity: true)
        return out
    }
}
