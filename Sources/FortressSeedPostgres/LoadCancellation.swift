import Foundation

/// A request to stop a load, from another thread (the CLI's SIGINT/SIGTERM handler).
///
/// `cancel(reason:)` records why, then runs the handlers the loader
/// registered: one wakes the consumer if it waits for the generator, one
/// asks the server to cancel the running statement (`PQcancel`), so a
/// long COPY or index build stops at once. The loader then rolls back and
/// throws `PostgresError.interrupted`.
public final class LoadCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var _reason: String?
    private var handlers: [Int: @Sendable () -> Void] = [:]
    private var nextToken = 0

    public init() {}

    /// Why the load was cancelled (`SIGINT`), or nil while it runs.
    public var reason: String? {
        lock.lock(); defer { lock.unlock() }
        return _reason
    }

    /// Requests cancellation; later calls keep the first reason.
    public func cancel(reason: String) {
        lock.lock()
        let first = _reason == nil
        if first { _reason = reason }
        let run = Array(handlers.values)
        lock.unlock()
        if first { run.forEach { $0() } }
    }

    /// Runs `handler` on cancellation (at once if already cancelled); returns a token for `remove`.
    func onCancel(_ handler: @escaping @Sendable () -> Void) -> Int {
        lock.lock()
        let token = nextToken
        nextToken += 1
        handlers[token] = handler
        let already = _reason != nil
        lock.unlock()
        if already { handler() }
        return token
    }

    func remove(_ token: Int) {
        lock.lock(); defer { lock.unlock() }
        handlers[token] = nil
    }
}
