import FortressSeed
import Foundation

/// Hands tables to `--jobs` worker connections and collects their events for the calling thread.
///
/// A table is ready when every table it references (among those still to
/// load) has committed, because its foreign keys are checked at COPY time on
/// another connection; under `--fast` the foreign keys are dropped, so every
/// table is ready at once. Workers never call the observer: they post events
/// here and the thread that called `Loader.run` delivers them, so the
/// observer needs no locking. The first failure stops the hand-out.
final class JobScheduler: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [GeneratedTable]
    private var unfinished: Set<String>
    private let dependencies: [String: [String]]
    private var events: [LoadEvent] = []
    private var workers: Int
    private var started = 0
    private let total: Int
    private(set) var loads: [TableLoad] = []
    private(set) var committed: [String] = []
    private(set) var firstError: PostgresError?

    init(tables: [GeneratedTable], enforceOrder: Bool, workers: Int) {
        pending = tables
        total = tables.count
        unfinished = Set(tables.map(\.rawValue))
        var deps: [String: [String]] = [:]
        for t in tables { deps[t.rawValue] = enforceOrder ? t.table.dependencies : [] }
        dependencies = deps
        self.workers = workers
    }

    /// The next table whose references have committed; blocks while none is ready; nil when done or failed.
    func next() -> GeneratedTable? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if firstError != nil || pending.isEmpty { return nil }
            if let i = pending.firstIndex(where: { t in
                dependencies[t.rawValue, default: []].allSatisfy { !unfinished.contains($0) }
            }) {
                return pending.remove(at: i)
            }
            condition.wait()
        }
    }

    /// A worker committed `table`.
    func finish(_ table: GeneratedTable, _ load: TableLoad) {
        condition.lock()
        unfinished.remove(table.rawValue)
        loads.append(load)
        committed.append(table.rawValue)
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
