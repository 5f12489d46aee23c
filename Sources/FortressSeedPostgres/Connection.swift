import CLibPQ
import FortressSeed
import Foundation

/// One libpq connection (`PGconn`), owned: closed when the object goes away.
///
/// The only type that holds a C pointer to the server; the rest of the
/// package sees `Connection`, `PostgresError` and Swift values. Blocking
/// (libpq's synchronous API): the loader runs it on one thread while the
/// generator fills buffers on another. Not thread-safe; `serverCancel` is
/// the one handle other threads may use.
///
/// ```swift
/// let db = try Connection(ConnectionTarget.resolve(databaseURL: nil, environment: env))
/// try db.execute("BEGIN")
/// let rows = try db.query("SELECT count(*) FROM tenants")
/// ```
public final class Connection {
    let pg: OpaquePointer
    /// `user@host:port/dbname` of the live connection: no password, safe to print.
    public let description: String
    /// Cancels the running statement from another thread (signal handling).
    public let serverCancel: ServerCancel?

    /// Connects, or throws `.connection` with the masked target and libpq's reason.
    ///
    /// Server notices are not printed (libpq's default prints them to stderr):
    /// the library never prints.
    public init(_ target: ConnectionTarget) throws(PostgresError) {
        guard let pg = PQconnectdb(target.conninfo) else {
            throw .connection(target: target.description, message: "out of memory")
        }
        guard PQstatus(pg) == CONNECTION_OK else {
            let message = Self.trimmed(String(cString: PQerrorMessage(pg)))
            PQfinish(pg)
            throw .connection(target: target.description, message: message)
        }
        self.pg = pg
        PQsetNoticeProcessor(pg, { _, _ in }, nil)
        let user = String(cString: PQuser(pg)), host = String(cString: PQhost(pg))
        let port = String(cString: PQport(pg)), db = String(cString: PQdb(pg))
        description = "\(user)@\(host):\(port)/\(db)"
        serverCancel = ServerCancel(connection: pg)
        if let schema = target.schema {
            try execute("SET search_path TO " + Self.quoteIdentifier(schema))
        }
    }

    deinit { PQfinish(pg) }

    /// Whether the connection is still up (false after a terminated backend or restart).
    public var isAlive: Bool { PQstatus(pg) == CONNECTION_OK }

    /// The server's major version number (150000 → 15).
    public var serverMajorVersion: Int { Int(PQserverVersion(pg)) / 10_000 }

    /// Runs one or more statements that return nothing the caller needs.
    ///
    /// - Throws: `.server` with SQLSTATE, or `.connectionLost`.
    public func execute(_ sql: String) throws(PostgresError) {
        let result = PQexec(pg, sql)
        defer { PQclear(result) }
        try check(result, expecting: [PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY])
    }

    /// Runs a query with text parameters (`$1`, `$2`, ...) and returns its rows as text.
    ///
    /// For introspection and verification, not for data: values come back
    /// in PostgreSQL's text output form, `nil` for NULL.
    public func query(_ sql: String, _ parameters: [String] = []) throws(PostgresError) -> [[String?]] {
        let cParams = parameters.map { strdup($0) }
        defer { cParams.forEach { free($0) } }
        let result: OpaquePointer? = cParams.withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: UnsafePointer<CChar>?.self) { params in
                PQexecParams(pg, sql, Int32(parameters.count), nil, params.baseAddress, nil, nil, 0)
            }
        }
        defer { PQclear(result) }
        try check(result, expecting: [PGRES_TUPLES_OK, PGRES_COMMAND_OK])
        let rows = Int(PQntuples(result)), columns = Int(PQnfields(result))
        var out: [[String?]] = []
        out.reserveCapacity(rows)
        for r in 0..<rows {
            var row: [String?] = []
            row.reserveCapacity(columns)
            for c in 0..<columns {
                if PQgetisnull(result, Int32(r), Int32(c)) == 1 {
                    row.append(nil)
                } else {
                    row.append(String(cString: PQgetvalue(result, Int32(r), Int32(c))))
                }
            }
            out.append(row)
        }
        return out
    }

    /// The first column of the first row, or nil.
    public func scalar(_ sql: String, _ parameters: [String] = []) throws(PostgresError) -> String? {
        try query(sql, parameters).first?.first ?? nil
    }

    /// Throws the result's error unless its status is one of `expected`.
    func check(_ result: OpaquePointer?, expecting expected: [ExecStatusType], table: String? = nil) throws(PostgresError) {
        if let result, expected.contains(PQresultStatus(result)) { return }
        throw error(from: result, table: table)
    }

    /// Turns a failed result (or a nil one) into a `PostgresError`.
    func error(from result: OpaquePointer?, table: String?) -> PostgresError {
        func field(_ code: UInt8) -> String? {
            guard let result, let p = PQresultErrorField(result, Int32(code)) else { return nil }
            return String(cString: p)
        }
        let message = field(UInt8(ascii: "M")) ?? Self.trimmed(String(cString: PQerrorMessage(pg)))
        let sqlState = field(UInt8(ascii: "C"))
        let context = CopyContext(field(UInt8(ascii: "W")))
        // The COPY target (`transactions`) rather than the partition the row fell in.
        let reportedTable = context?.table ?? field(UInt8(ascii: "t")) ?? table
        // 08xxx connection exceptions and 57P01-03 (admin or crash shutdown) end the session.
        let fatal = sqlState.map { $0.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains($0) } ?? false
        guard isAlive && !fatal else {
            let reason = sqlState.map { "\(message) (SQLSTATE \($0))" } ?? message
            return .connectionLost(table: reportedTable, message: reason)
        }
        guard let sqlState else {
            return .connectionLost(table: reportedTable, message: message)
        }
        return .server(
            sqlState: sqlState, message: message, detail: field(UInt8(ascii: "D")),
            table: reportedTable, row: context?.row)
    }

    static func trimmed(_ s: String) -> String {
        var t = Substring(s)
        while let last = t.last, last.isWhitespace { t = t.dropLast() }
        return String(t)
    }

    /// `"name"` with embedded quotes doubled: a safe SQL identifier.
    public static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingAll("\"", with: "\"\"") + "\""
    }

    /// `'text'` with embedded quotes doubled: a safe SQL string literal.
    public static func quoteLiteral(_ text: String) -> String {
        "'" + text.replacingAll("'", with: "''") + "'"
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
