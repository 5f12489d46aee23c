import Foundation

/// A failure talking to PostgreSQL or loading into it, with what the server said.
///
/// Server errors keep the SQLSTATE (tests match on it), the primary
/// message, the detail, and the table and COPY row PostgreSQL reported (the
/// table from `PG_DIAG_TABLE_NAME`, else from the COPY context line, else
/// the table being loaded). Connection targets are always masked
/// (`ConnectionString.masked`): no case ever holds a password.
public enum PostgresError: Error, Equatable, CustomStringConvertible {
    /// The connection could not be made; `target` is the masked URL or description.
    case connection(target: String, message: String)
    /// The server rejected a statement or COPY; SQLSTATE and position when known.
    case server(sqlState: String, message: String, detail: String?, table: String?, row: Int64?)
    /// The connection broke (server restart, terminated backend, network); the transaction is gone.
    case connectionLost(table: String?, message: String)
    /// The target database does not match the model; nothing was loaded. One line per problem.
    case incompatible(target: String, problems: [String])
    /// Tables to be loaded already hold rows and `--truncate` was not given.
    case notEmpty(tables: [String])
    /// The load was stopped (SIGINT, SIGTERM) and rolled back.
    case interrupted(reason: String, table: String?)
    /// The options cannot be combined (the CLI checks first; this guards other callers).
    case invalidOptions(String)
    /// `--append` was refused: ids could collide.
    case appendRefused(String)
    /// A per-table load of other data is recorded in the target; resuming it with this one would mix them.
    case stateMismatch(recorded: String, requested: String)
    /// A per-table load stopped: `committed` tables stay and a rerun resumes; `error` is why it stopped.
    indirect case partial(PostgresError, committed: [String])
    /// A local throwaway cluster (`fortress-seed dev`) could not be set up.
    case cluster(message: String)

    public var description: String {
        switch self {
        case .connection(let target, let message):
            return "cannot connect to \(target): \(message)"
        case .server(let sqlState, let message, let detail, let table, let row):
            var s = "PostgreSQL error \(sqlState): \(message)"
            if let table { s += " (table \(table)" + (row.map { ", row \($0)" } ?? "") + ")" }
            if let detail { s += "\n\(detail)" }
            return s
        case .connectionLost(let table, let message):
            let at = table.map { " while loading table \($0)" } ?? ""
            return "lost the connection to PostgreSQL\(at): \(message)" + Self.rolledBackNote
        case .incompatible(let target, let problems):
            return "\(target) does not match the Fortress model; nothing was loaded:\n"
                + problems.map { "  - " + $0 }.joined(separator: "\n")
        case .notEmpty(let tables):
            return "tables already hold rows: \(tables.joined(separator: ", ")); nothing was loaded. "
                + "Pass --truncate to empty the Fortress tables first, or load into an empty database"
        case .interrupted(let reason, let table):
            let at = table.map { " while loading table \($0)" } ?? ""
            return "interrupted by \(reason)\(at)" + Self.rolledBackNote
        case .invalidOptions(let message):
            return message
        case .appendRefused(let message):
            return "--append refused, nothing was loaded: " + message
        case .stateMismatch(let recorded, let requested):
            return "the target holds an unfinished per-table load of \(recorded), not \(requested); "
                + "rerun that load to finish it, or pass --truncate to start over"
        case .partial(let error, let committed):
            let kept = committed.isEmpty ? "no table was committed" : "committed tables stay (\(committed.joined(separator: ", ")))"
            return error.description.replacingOccurrences(of: Self.rolledBackNote, with: "; its table's transaction was rolled back")
                + "\n\(kept); run the same command again to resume"
        case .cluster(let message):
            return message
        }
    }

    /// How single-transaction failures end: nothing of the load remains.
    static let rolledBackNote = "; the transaction was rolled back, nothing was loaded"

    /// The SQLSTATE, for server errors.
    public var sqlState: String? {
        if case .server(let state, _, _, _, _) = self { return state }
        if case .partial(let error, _) = self { return error.sqlState }
        return nil
    }
}
