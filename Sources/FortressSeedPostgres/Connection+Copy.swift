import CLibPQ
import FortressSeed

/// `COPY ... FROM STDIN`: start, stream bytes, finish or abort.
extension Connection {
    /// Starts a `COPY ... FROM STDIN` statement; the server then waits for data.
    ///
    /// - Parameter table: named in errors when the server does not name one.
    public func beginCopy(_ sql: String, table: String) throws(PostgresError) {
        let result = PQexec(pg, sql)
        defer { PQclear(result) }
        try check(result, expecting: [PGRES_COPY_IN], table: table)
    }

    /// Sends bytes of the COPY stream straight from the buffer (no copy).
    ///
    /// libpq queues them and writes to the socket when its buffer fills,
    /// blocking while the server is busy: the producer meanwhile fills the
    /// next buffer. A server error (a violated CHECK, a dropped connection)
    /// surfaces here or at `endCopy`.
    public func putCopyData(_ buffer: ByteBuffer, table: String) throws(PostgresError) {
        guard !buffer.isEmpty else { return }
        let status = buffer.withUnsafeBytes { raw in
            PQputCopyData(pg, raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(raw.count))
        }
        if status != 1 { throw failure(table: table) }
    }

    /// Ends the COPY and returns the number of rows the server stored.
    ///
    /// - Throws: the server's error for the COPY (SQLSTATE, table, row).
    @discardableResult
    public func endCopy(table: String) throws(PostgresError) -> Int64 {
        guard PQputCopyEnd(pg, nil) == 1 else { throw failure(table: table) }
        var rows: Int64 = 0
        var firstError: PostgresError?
        while let result = PQgetResult(pg) {
            defer { PQclear(result) }
            if PQresultStatus(result) == PGRES_COMMAND_OK {
                rows = Int64(String(cString: PQcmdTuples(result))) ?? 0
            } else if firstError == nil {
                firstError = error(from: result, table: table)
            }
        }
        if let firstError { throw firstError }
        return rows
    }

    /// Aborts a COPY in progress (the statement fails with `message`), draining its results.
    public func abortCopy(_ message: String) {
        _ = PQputCopyEnd(pg, message)
        while let result = PQgetResult(pg) { PQclear(result) }
    }

    /// Runs `COPY ... TO STDOUT` and returns everything it wrote.
    ///
    /// For tests (the server's own binary encoding of a value) and small
    /// checksums; it holds the whole output in memory.
    public func copyOut(_ sql: String) throws(PostgresError) -> [UInt8] {
        let start = PQexec(pg, sql)
        defer { PQclear(start) }
        try check(start, expecting: [PGRES_COPY_OUT])
        var out: [UInt8] = []
        while true {
            var chunk: UnsafeMutablePointer<CChar>?
            let n = PQgetCopyData(pg, &chunk, 0)
            if n > 0, let chunk {
                chunk.withMemoryRebound(to: UInt8.self, capacity: Int(n)) { out.append(contentsOf: UnsafeBufferPointer(start: $0, count: Int(n))) }
                PQfreemem(chunk)
            } else {
                break
            }
        }
        var failure: PostgresError?
        while let result = PQgetResult(pg) {
            defer { PQclear(result) }
            if failure == nil && PQresultStatus(result) != PGRES_COMMAND_OK { failure = error(from: result, table: nil) }
        }
        if let failure { throw failure }
        return out
    }

    /// The error after a failed `PQputCopyData`/`PQputCopyEnd`: the server's, if it sent one.
    private func failure(table: String) -> PostgresError {
        var found: PostgresError?
        while let result = PQgetResult(pg) {
            defer { PQclear(result) }
            let s = PQresultStatus(result)
            if found == nil && s != PGRES_COMMAND_OK && s != PGRES_COPY_IN {
                found = error(from: result, table: table)
            }
            if s == PGRES_COPY_IN { break }
        }
        return found ?? error(from: nil, table: table)
    }
}
