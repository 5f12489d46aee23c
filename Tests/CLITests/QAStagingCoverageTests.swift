import FortressSeed
import Foundation
import Testing

/// `qa-staging` has every state QA tests against, and every invariant holds on it.
///
/// Generated and loaded once (about a minute), shared by the tests of the suite.
@Suite("qa-staging on PostgreSQL", .tags(.postgres), .enabled(if: TestDatabase.runPostgresTests), .serialized)
struct QAStagingCoverageTests {
    static let database: Result<TestDatabase, any Error> = Result { try FinanceInvariantTests.load("qa-staging", seed: "42") }

    func db() throws -> TestDatabase { try Self.database.get() }

    @Test("Every invariant of verify holds on qa-staging")
    func invariants() throws {
        let db = try db()
        let scenario = try ScenarioLibrary.load("qa-staging").scenario
        for check in InvariantCatalog.all(for: scenario) {
            #expect(try db.scalar(check.sql) == "0", "\(check.name): \(check.description)")
        }
    }

    @Test("Every enum value occurs")
    func enums() throws {
        let db = try db()
        #expect(try db.rows("SELECT DISTINCT type FROM accounts ORDER BY 1") == FortressSchema.accountType.values)
        #expect(try db.rows("SELECT DISTINCT currency FROM accounts ORDER BY 1") == ["BRL", "EUR", "USD"])
        #expect(try db.rows("SELECT DISTINCT type FROM transactions ORDER BY 1") == FortressSchema.transactionType.values)
        #expect(try db.rows("SELECT DISTINCT status FROM transactions ORDER BY 1") == FortressSchema.transactionStatus.values)
        #expect(try db.rows("SELECT DISTINCT status FROM orders ORDER BY 1") == FortressSchema.orderStatus.values)
        #expect(try db.rows("SELECT DISTINCT kind FROM locations ORDER BY 1") == FortressSchema.locationKind.values)
        #expect(try db.rows("SELECT DISTINCT status FROM events_outbox ORDER BY 1") == FortressSchema.outboxStatus.values)
    }

    @Test("Every cart state occurs: active, abandoned, expired (empty) and converted")
    func cartStates() throws {
        let db = try db()
        let now = "'2026-11-01T00:00:00Z'"
        let states = try db.rows("""
            SELECT DISTINCT CASE
                WHEN EXISTS (SELECT 1 FROM orders o WHERE o.cart_id = c.id) THEN 'converted'
                WHEN c.expires_at > \(now) THEN 'active'
                WHEN EXISTS (SELECT 1 FROM cart_items i WHERE i.cart_id = c.id) THEN 'abandoned'
                ELSE 'expired' END
            FROM carts c ORDER BY 1
            """)
        #expect(states == ["abandoned", "active", "converted", "expired"])
    }

    @Test("Every named inventory scenario is recognisable by its query")
    func inventoryStates() throws {
        let db = try db()
        let queries: [String: String] = [
            "healthy": "quantity > 2 * reorder_threshold AND quantity < 12 * reorder_threshold AND reserved = 0",
            "low": "quantity > 0 AND quantity <= reorder_threshold",
            "stockout": "quantity = 0 AND NOT p.attributes ? 'season_months'",
            "overstock": "quantity >= 12 * reorder_threshold",
            "high_reservation": "reserved > 0 AND reserved >= quantity - 2",
            "stale": "last_restock_at < timestamptz '2026-11-01' - interval '120 days' AND quantity > 0",
            "seasonal": "p.attributes ? 'season_months' AND quantity > 0",
        ]
        for (state, condition) in queries.sorted(by: { $0.key < $1.key }) {
            let n = try db.scalar("SELECT count(*) FROM inventory i JOIN products p ON p.id = i.product_id WHERE \(condition)")
            #expect((Int(n) ?? 0) > 0, "no inventory row in state \(state)")
        }
    }

    @Test("Finance edge cases occur: churn, erasure, NULL contacts, mixed-case emails, instalments, refunds, alphanumeric CNPJs")
    func financeEdges() throws {
        let db = try db()
        let checks = [
            "SELECT count(*) FROM users WHERE NOT is_active",
            "SELECT count(*) FROM users WHERE profile->>'anonymized' = 'true'",
            "SELECT count(*) FROM users WHERE email IS NULL AND NOT coalesce((profile->>'anonymized')::boolean, false)",
            "SELECT count(*) FROM users WHERE phone IS NULL AND NOT coalesce((profile->>'anonymized')::boolean, false)",
            "SELECT count(*) FROM users WHERE email <> lower(email)",
            "SELECT count(*) FROM accounts WHERE user_id IS NULL",
            "SELECT count(*) FROM transactions WHERE metadata ? 'installment'",
            "SELECT count(*) FROM transactions WHERE metadata ? 'reverses'",
            "SELECT count(*) FROM merchants WHERE metadata->>'cnpj_format' = 'alphanumeric'",
            "SELECT count(*) FROM transactions WHERE metadata->>'failure_reason' = 'insufficient_funds'",
            "SELECT count(*) FROM transactions WHERE metadata->>'failure_reason' = 'credit_limit_exceeded'",
            "SELECT count(*) FROM transactions WHERE counterparty_account_id IS NOT NULL AND type = 'transfer'",
            "SELECT count(*) FROM users WHERE profile->>'preferred_language' = 'es'",
        ]
        for sql in checks { #expect((Int(try db.scalar(sql)) ?? 0) > 0, "none: \(sql)") }
    }

    @Test("Every fraud pattern is present, labelled, and inside its case window")
    func fraud() throws {
        let db = try db()
        #expect(Set(try db.rows("SELECT DISTINCT pattern FROM fraud_labels")) == Set(FraudPattern.allCases.map(\.rawValue)))
        #expect(try db.scalar("SELECT count(*) FROM fraud_labels l WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE t.id = l.transaction_id)") == "0")
        #expect(try db.scalar("SELECT count(*) FROM fraud_labels l JOIN transactions t ON t.id = l.transaction_id WHERE t.occurred_at < l.case_start OR t.occurred_at > l.case_end") == "0")
        let share = Double(try db.scalar("SELECT (SELECT count(*) FROM fraud_labels)::float / (SELECT count(*) FROM transactions)")) ?? 0
        #expect(share > 0.001 && share < 0.02, "fraud share \(share)")
    }

    @Test("Mixes are within tolerance of the scenario")
    func mixes() throws {
        let db = try db()
        let scenario = try ScenarioLibrary.load("qa-staging").scenario
        // Account types (primary accounts are forced to wallet/bank, so compare non-primary shares loosely).
        let credit = Double(try db.scalar("SELECT avg((type = 'credit')::int) FROM accounts WHERE user_id IS NOT NULL")) ?? 0
        #expect(abs(credit - scenario.accounts.types.weight(.credit) * 0.8) < 0.08, "credit share \(credit)")
        let nullEmail = Double(try db.scalar("SELECT avg((email IS NULL)::int) FROM users WHERE NOT coalesce((profile->>'anonymized')::boolean, false)")) ?? 0
        #expect(abs(nullEmail - scenario.users.nullEmailShare) < 0.03, "null email share \(nullEmail)")
        let failed = Double(try db.scalar("SELECT avg((status = 'failed')::int) FROM transactions")) ?? 0
        #expect(failed > 0.005 && failed < 0.08, "failed share \(failed)")
        // Orders peak on weekends and after paydays, like purchases.
        let days = try db.rows("SELECT extract(isodow FROM created_at AT TIME ZONE 'America/Sao_Paulo')::int, count(*) FROM orders GROUP BY 1 ORDER BY 1")
            .map { Int($0.split(separator: "|")[1]) ?? 0 }
        #expect(days.count == 7 && days[5] > days[0], "orders by weekday (Mon..Sun): \(days)")
        let cancelled = Double(try db.scalar("SELECT avg((status = 'cancelled')::int) FROM orders")) ?? 0
        #expect(cancelled > scenario.retail.cancelShare * 0.5 && cancelled < 0.3, "cancelled share \(cancelled)")
    }
}
