/// A failure talking to PostgreSQL, with what the server said.
public enum PostgresError: Error, Equatable, CustomStringConvertible {
    /// The connection could not be made; `target` is the masked URL or description.
    case connection(target: String, message: String)
    /// The server rejected a statement or COPY; SQLSTATE and position when known.
    case server(sqlState: String, message: String, detail: String?, table: String?, row: Int64?)

    public var description: String {
        switch self {
        case .connection(let target, let message):
            return "cannot connect to \(target): \(message)"
        case .server(let sqlState, let message, let detail, let table, let row):
            var s = "PostgreSQL error \(sqlState): \(message)"
            if let table { s += " (table \(table)" + (row.map { ", row \($0)" } ?? "") + ")" }
            if let detail { s += "\n\(detail)" }
            return s
        }
    }
}
