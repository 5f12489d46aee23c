import CLibPQ

/// Asks the server to cancel the statement a connection is running, from any thread.
///
/// libpq's `PQcancel` is safe to call from another thread (and from a
/// signal handler), so a SIGINT during a long COPY or index build stops the
/// server's work at once instead of at the next buffer.
public final class ServerCancel: @unchecked Sendable {
    private let handle: OpaquePointer

    init?(connection: OpaquePointer) {
        guard let h = PQgetCancel(connection) else { return nil }
        handle = h
    }

    /// Sends a cancel request; returns false if it could not be sent.
    @discardableResult
    public func cancel() -> Bool {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 256) { errbuf in
            PQcancel(handle, errbuf.baseAddress, 256) == 1
        }
    }

    deinit { PQfreeCancel(handle) }
}
