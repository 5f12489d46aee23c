import FortressSeed
import Foundation
import Testing

/// `fraud-lab` on a real load: dense labelled fraud that keeps every invariant,
/// with the cases the summary promises and the audit trail a takeover leaves.
///
/// Generated and loaded once (about two minutes in a debug build), shared by the suite.
@Suite("fraud-lab on PostgreSQL", .tags(.postgres), .enabled(if: TestDatabase.runPostgresTests), .serialized)
struct FraudLabTests {
    static let database: Result<TestDatabase, any Error> = Result { try FinanceInvariantTests.load("fraud-lab", seed: "42") }

    func db() throws -> TestDatabase { try Self.database.get() }

    @Test("Every invariant of verify holds, the fraud checks included")
    func invariants() throws {
        let db = try db()
        let scenario = try ScenarioLibrary.load("fraud-lab").scenario
        let checks = InvariantCatalog.all(for: scenario)
        #expect(checks.contains { $0.name == "fraud_takeover_audited" })
        for check in checks {
            #expect(try db.scalar(check.sql) == "0", "\(check.name): \(check.description)")
        }
    }

    @Test("Cases and transactions per pattern are the summary's, and every pattern is there many times")
    func countsMatchSummary() throws {
        let db = try db()
        let loaded = try ScenarioLibrary.load("fraud-lab")
        let summary = try FraudSummary(dataset: Dataset(loaded, seed: 42))
        var found: [String: (cases: Int, rows: Int)] = [:]
        for line in try db.rows("SELECT pattern, count(DISTINCT case_id), count(*) FROM fraud_labels GROUP BY pattern") {
            let f = line.split(separator: "|").map(String.init)
            found[f[0]] = (Int(f[1]) ?? -1, Int(f[2]) ?? -1)
        }
        for line in summary.lines {
            let got = found[line.pattern.rawValue]
            #expect(got?.cases == line.cases && got?.rows == line.transactions, "\(line.pattern.rawValue): \(String(describing: got)) vs \(line.cases) cases, \(line.transactions) rows")
            #expect(line.cases >= 2, "\(line.pattern.rawValue) has \(line.cases) cases")
        }
        let total = Int(try db.scalar("SELECT count(*) FROM transactions")) ?? 0
        #expect(total == summary.transactions)
    }

    @Test("A takeover's login names another city than the victim's; ordinary logins name the user's own")
    func takeoverLogins() throws {
        let db = try db()
        // Victims not anonymized since (an anonymized user's trail reads "[erased]").
        let takeovers = Int(try db.scalar("""
            SELECT count(DISTINCT l.case_id) FROM fraud_labels l JOIN transactions t ON t.id = l.transaction_id
            JOIN accounts ac ON ac.id = t.account_id JOIN users u ON u.id = ac.user_id
            WHERE l.pattern = 'account_takeover' AND l.role = 'victim' AND u.profile ? 'address'
            """)) ?? 0
        #expect(takeovers >= 2)
        // The simple rule a fraud team would write finds exactly the takeover victims.
        let flagged = Int(try db.scalar("""
            SELECT count(*) FROM audit_logs a JOIN users u ON u.id = a.entity_id
            WHERE a.action = 'login_new_device' AND a.diff->'after'->>'city' <> u.profile->'address'->>'city'
            """)) ?? -1
        #expect(flagged == takeovers)
        let unlabelled = Int(try db.scalar("""
            SELECT count(*) FROM audit_logs a JOIN users u ON u.id = a.entity_id
            WHERE a.action = 'login_new_device' AND a.diff->'after'->>'city' <> u.profile->'address'->>'city'
              AND NOT EXISTS (SELECT 1 FROM fraud_labels l JOIN transactions t ON t.id = l.transaction_id JOIN accounts ac ON ac.id = t.account_id
                              WHERE l.pattern = 'account_takeover' AND l.role = 'victim' AND ac.user_id = u.id)
            """)) ?? -1
        #expect(unlabelled == 0)
    }
}
