import FortressSeed

/// Runs invariant checks against a database and collects their counts.
///
/// Read-only: one `READ ONLY` transaction, each check under a savepoint so a
/// failing query does not hide the others. A check whose table or column
/// the target lacks is skipped (a partial schema is not a violation); any
/// other error fails the check with the server's message.
public struct Verifier: Sendable {
    public let checks: [DataInvariant]

    public init(checks: [DataInvariant]) {
        self.checks = checks
    }

    /// One result per check, in order.
    public func run(on db: Connection, observe: (CheckResult) -> Void = { _ in }) throws(PostgresError) -> [CheckResult] {
        try db.execute("BEGIN READ ONLY")
        defer { try? db.execute("ROLLBACK") }
        var results: [CheckResult] = []
        for check in checks {
            let start = ContinuousClock.now
            try db.execute("SAVEPOINT fortress_check")
            var outcome: CheckResult.Outcome
            do {
                let value = try db.scalar(check.sql)
                outcome = .counted(Int64(value ?? "") ?? -1)
                try db.execute("RELEASE SAVEPOINT fortress_check")
            } catch {
                guard db.isAlive else { throw error }
                try db.execute("ROLLBACK TO SAVEPOINT fortress_check")
                // 42P01 undefined_table, 42703 undefined_column, 42883 undefined_function.
                if let state = error.sqlState, ["42P01", "42703", "42883"].contains(state) {
                    outcome = .skipped(Self.firstLine(error))
                } else {
                    outcome = .error(Self.firstLine(error))
                }
            }
            let result = CheckResult(check: check, outcome: outcome, seconds: Loader.seconds(since: start))
            observe(result)
            results.append(result)
        }
        return results
    }

    private static func firstLine(_ error: PostgresError) -> String {
        if case .server(_, let message, _, _, _) = error { return message }
        return String(error.description.split(separator: "\n").first ?? "")
    }
}

/// The outcome of one invariant check.
public struct CheckResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The number of violating rows (0: the invariant holds).
        case counted(Int64)
        /// The target lacks a table or column the check needs.
        case skipped(String)
        /// The query failed.
        case error(String)
    }

    public let check: DataInvariant
    public let outcome: Outcome
    public let seconds: Double

    public var passed: Bool {
        switch outcome {
        case .counted(let n): n == 0
        case .skipped: true
        case .error: false
        }
    }
}
