/// A property every generated dataset must have, as a SQL query that counts
/// the rows breaking it (0 means it holds).
///
/// The same queries back the tests (run against a real PostgreSQL load) and
/// `fortress-seed verify` (run against any loaded database).
public struct DataInvariant: Sendable {
    /// Short name, e.g. `balances_reconcile`.
    public let name: String
    /// What holds when the count is 0.
    public let description: String
    /// `SELECT count(*) ...` returning the number of violating rows.
    public let sql: String

    public init(_ name: String, _ description: String, _ sql: String) {
        self.name = name
        self.description = description
        self.sql = sql
    }
}
