import FortressSeed
import Foundation

/// Runs independent SQL statements over up to `jobs` connections, each in its own transaction.
///
/// A statement names the tables it locks; two statements on a common table
/// never run at once (a `CREATE INDEX` holds a SHARE lock that an
/// `ADD FOREIGN KEY` on the same table would wait for, and two foreign keys
/// between the same tables could deadlock), so no connection ever waits on
/// another. Statements are taken in the order given (put the longest first)
/// by the first free connection whose tables are free, so a statement listed
/// after every other statement on its table (ANALYZE after the index builds)
/// also runs after them. The calling thread's connection takes part; the
/// others are opened from `target`.
struct StatementPool {
    struct Statement: Sendable {
        let sql: String
        /// The tables it locks (a foreign key: both).
        let tables: Set<String>
        /// A failure is reported and the others go on (ANALYZE: the data is committed anyway);
        /// otherwise the first failure stops the hand-out.
        var optional = false
    }

    let jobs: Int
    /// Run on every extra connection before its first statement (session settings).
    var prepare: @Sendable (Connection) throws(PostgresError) -> Void = { _ throws(PostgresError) in }

    /// Runs every statement. The first failure of a statement that is not `optional` stops
    /// the hand-out and is thrown once the running ones end; optional ones' failures are returned.
    ///
    /// - Returns: the failures of optional statements, as messages.
    @discardableResult
    func run(
        _ statements: [Statement], on db: Connection, target: ConnectionTarget?, cancellation: LoadCancellation
    ) throws(PostgresError) -> [String] {
        let queue = Queue(statements)
        let done = DispatchGroup()
        let serverCancels = ServerCancels()
        let token = cancellation.onCancel { serverCancels.cancelAll() }
        defer { cancellation.remove(token) }
        if let target {
            for n in 1..<max(1, min(jobs, statements.count)) {
                done.enter()
                let thread = Thread { [prepare] in
                    defer { done.leave() }
                    // A connection that cannot be opened leaves its share to the others.
                    guard let conn = try? Connection(target), (try? prepare(conn)) != nil else { return }
                    serverCancels.add(conn.serverCancel)
                    Self.drain(queue, conn)
                }
                thread.name = "fortress-seed statements \(n + 1)"
                thread.start()
            }
        }
        serverCancels.add(db.serverCancel)
        Self.drain(queue, db)
        done.wait()
        if let reason = cancellation.reason { throw .interrupted(reason: reason, table: nil) }
        if let error = queue.firstError { throw error }
        return queue.failures
    }

    private static func drain(_ queue: Queue, _ db: Connection) {
        while let statement = queue.next() {
            do throws(PostgresError) {
                try db.execute(statement.sql)
                queue.finish(statement, error: nil)
            } catch {
                queue.finish(statement, error: error)
            }
        }
    }

    /// Statements not yet taken, the tables running ones hold, and what failed: the rule
    /// this pool and `JobScheduler` share. Not thread-safe: its owner locks around it.
    struct Claims {
        private(set) var pending: [Statement]
        private var busy: Set<String> = []
        /// The first failure of a required statement.
        private(set) var firstError: PostgresError?
        /// Optional statements' failures.
        private(set) var failures: [String] = []

        init(_ statements: [Statement]) { pending = statements }

        /// Takes the first pending statement whose tables are free (and `ready`), holding its tables.
        mutating func take(where ready: (Statement) -> Bool = { _ in true }) -> Statement? {
            guard let i = pending.firstIndex(where: { busy.isDisjoint(with: $0.tables) && ready($0) }) else { return nil }
            let s = pending.remove(at: i)
            busy.formUnion(s.tables)
            return s
        }

        /// Frees `s`'s tables; keeps an optional statement's failure as a message, a required one's as `firstError`.
        mutating func release(_ s: Statement, error: PostgresError?) {
            busy.subtract(s.tables)
            guard let error else { return }
            if s.optional {
                failures.append("\(s.sql.prefix(72)) failed: \(error)")
            } else if firstError == nil {
                firstError = error
            }
        }
    }

    /// `Claims` behind a lock, for the pool's connections.
    private final class Queue: @unchecked Sendable {
        private let condition = NSCondition()
        private var claims: Claims

        init(_ statements: [Statement]) { claims = Claims(statements) }

        var firstError: PostgresError? { condition.withLock { claims.firstError } }
        var failures: [String] { condition.withLock { claims.failures } }

        /// The first pending statement whose tables are free; blocks while none is; nil when done.
        func next() -> Statement? {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if claims.pending.isEmpty || claims.firstError != nil { return nil }
                if let s = claims.take() { return s }
                condition.wait()
            }
        }

        func finish(_ s: Statement, error: PostgresError?) {
            condition.withLock {
                claims.release(s, error: error)
                condition.broadcast()
            }
        }
    }

    /// Every connection's cancel handle, so a SIGINT cancels what each server backend runs.
    private final class ServerCancels: @unchecked Sendable {
        private let lock = NSLock()
        private var cancels: [ServerCancel] = []
        func add(_ c: ServerCancel?) { if let c { lock.withLock { cancels.append(c) } } }
        func cancelAll() { lock.withLock { cancels.forEach { $0.cancel() } } }
    }
}
