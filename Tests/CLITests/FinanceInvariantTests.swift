import FortressSeed
import Foundation
import Testing

/// The finance invariants hold on real PostgreSQL loads of several seeds.
@Suite("Finance invariants on PostgreSQL", .tags(.postgres), .enabled(if: TestDatabase.runPostgresTests))
struct FinanceInvariantTests {
    /// Generates `scenario` with `seed` as CSV and loads it into a fresh database with every constraint on.
    static func load(_ scenario: String, seed: String) throws -> TestDatabase {
        let dir = try Shell.temporaryDirectory("fin")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Shell.fortress(["generate", "--scenario", scenario, "--seed", seed, "--out", dir.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let db = try SchemaCatalogTests.databaseWithSchema("fin", scenario: scenario)
        var script = "BEGIN;\n"
        let tables = try ScenarioLibrary.load(scenario).scenario.fraud.labels ? GeneratedTable.allCases + [.fraudLabels] : GeneratedTable.allCases
        for table in tables.map(\.table) {
            script += "\\copy \(table.name) (\(table.columnList)) FROM '\(dir.appendingPathComponent("\(table.name).csv").path)' (FORMAT csv, HEADER true)\n"
        }
        // The manifest's post-load SQL (sequence fix-ups) runs in the same transaction.
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("manifest.json"))) as? [String: Any]
        for sql in manifest?["post_load_sql"] as? [String] ?? [] { script += sql + "\n" }
        script += "COMMIT;\n"
        let loaded = try db.psql(["-f", "-"], stdin: Data(script.utf8))
        #expect(loaded.status == 0, "the load failed:\n\(loaded.stderr)")
        return db
    }

    @Test("Every finance and supermarket invariant holds (0 violating rows)", arguments: ["1", "7", "2026"])
    func invariants(seed: String) throws {
        let db = try Self.load("dev", seed: seed)
        defer { db.drop() }
        let scenario = try ScenarioLibrary.load("dev").scenario
        for check in FinanceInvariants.checks(for: scenario) + RetailInvariants.checks {
            #expect(try db.scalar(check.sql) == "0", "\(check.name): \(check.description)")
        }
    }

    @Test("The ledger looks like a ledger: statuses, types, channels and categories all occur")
    func coverage() throws {
        let db = try Self.load("dev", seed: "11")
        defer { db.drop() }
        #expect(try db.rows("SELECT DISTINCT status FROM transactions ORDER BY 1") == ["pending", "posted", "failed", "reversed"])
        #expect(try db.rows("SELECT DISTINCT type FROM transactions ORDER BY 1") == ["debit", "credit", "transfer", "fee"])
        #expect(Set(try db.rows("SELECT DISTINCT metadata->>'channel' FROM transactions")) == ["card", "pix", "boleto", "ted", "internal"])
        // Pending only in the last days before "now" (2026-11-01).
        #expect(try db.scalar("SELECT count(*) FROM transactions WHERE status = 'pending' AND occurred_at < '2026-10-25'") == "0")
        // Transfers between users of a tenant exist and pair up (checked above); PIX ids have their shape.
        #expect(try db.scalar("SELECT count(*) > 0 FROM transactions WHERE counterparty_account_id IS NOT NULL AND type = 'credit' AND metadata->>'channel' = 'pix'") == "t")
        #expect(try db.scalar("SELECT count(*) FROM transactions WHERE metadata->>'channel' = 'pix' AND NOT metadata ? 'order_id' AND reference !~ '^E[0-9]{8}[0-9]{12}[A-Za-z0-9]{11}$'") == "0")
        // Paydays: salaries arrive on business days, and the 13th salary in November and December.
        #expect(try db.scalar("SELECT count(*) FROM transactions WHERE description LIKE '%SALARIO%' AND extract(isodow FROM occurred_at AT TIME ZONE 'America/Sao_Paulo') > 5") == "0")
        #expect(try db.rows("SELECT DISTINCT extract(month FROM occurred_at AT TIME ZONE 'America/Sao_Paulo') FROM transactions WHERE description LIKE '%13 SALARIO%' ORDER BY 1") == ["11", "12"])
        // Churned users exist, some anonymized, none with an email.
        #expect(try db.scalar("SELECT count(*) > 0 FROM users WHERE NOT is_active") == "t")
        #expect(try db.scalar("SELECT count(*) FROM users WHERE profile->>'anonymized' = 'true' AND (email IS NOT NULL OR phone IS NOT NULL OR password_hash IS NOT NULL OR is_active)") == "0")
        // Instalments sum to the purchase: every parcelled purchase has its parcels 1..n with one reference.
        // Supermarket: seasonal products, every inventory state, converted and abandoned carts.
        #expect(try db.scalar("SELECT count(*) > 0 FROM products WHERE attributes ? 'season_months'") == "t")
        #expect(try db.scalar("SELECT count(*) > 0 FROM carts c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.cart_id = c.id)") == "t")
        #expect(try db.scalar("SELECT count(*) > 0 FROM carts c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.cart_id = c.id) AND c.expires_at < '2026-11-01'") == "t")
        #expect(try db.scalar("SELECT count(*) > 0 FROM inventory WHERE quantity = 0") == "t")
        #expect(try db.scalar("SELECT count(*) > 0 FROM inventory WHERE quantity > 0 AND quantity <= reorder_threshold") == "t")
        #expect(try db.scalar("SELECT count(*) > 0 FROM inventory WHERE last_restock_at < '2026-07-01'") == "t")
        #expect(try db.scalar("""
            SELECT count(*) FROM (SELECT reference, count(*) n, max((metadata->'installment'->>'count')::int) c
                                  FROM transactions WHERE metadata ? 'installment' AND status = 'posted' GROUP BY reference) x
            WHERE n > c
            """) == "0")
    }
}
