import FortressSeed
import Foundation
import Testing

/// `fortress-seed load` and `verify` against a real PostgreSQL, end to end.
@Suite("load and verify on PostgreSQL", .tags(.postgres), .enabled(if: TestDatabase.runPostgresTests))
struct LoadCommandTests {
    static let tables = ["tenants", "users", "accounts", "categories", "merchants", "receipts", "transactions"]

    /// Rows per loaded table (of the tables the dataset generates).
    func counts(_ db: TestDatabase) throws -> [String: Int] {
        var out: [String: Int] = [:]
        for t in try generatedTables() { out[t] = Int(try db.scalar("SELECT count(*) FROM \(t)")) ?? -1 }
        return out
    }

    /// The tables `generate` writes, from its manifest (the loader loads the same list).
    func generatedTables() throws -> [String] {
        Dataset(scenario: try ScenarioLibrary.load("dev").scenario, seed: 42).tables.map(\.rawValue)
    }

    func schema(_ db: TestDatabase) throws {
        let ddl = try Shell.fortress(["schema"])
        try #require(ddl.status == 0)
        let applied = try db.psql([], stdin: Data(ddl.stdout.utf8))
        try #require(applied.status == 0, "schema failed: \(applied.stderr)")
    }

    @Test("dev loads into a fresh database with every constraint on, equals the SQL script's rows, and verifies green")
    func loadDevAndVerify() throws {
        let db = try TestDatabase.create("load_dev")
        defer { db.drop() }
        let load = try Shell.fortress(["load", "--scenario", "dev", "--seed", "42", "--database-url", db.url, "--create-schema", "--json"])
        try #require(load.status == 0, "load failed: \(load.stderr)")
        #expect(load.stdout.hasPrefix("{\"target\":"))

        // The same rows through the text path (psql script), compared table by table.
        let reference = try TestDatabase.create("load_ref")
        defer { reference.drop() }
        let out = try Shell.temporaryDirectory("load-ref")
        defer { try? FileManager.default.removeItem(at: out) }
        let gen = try Shell.fortress(["generate", "--scenario", "dev", "--seed", "42", "--format", "sql", "--with-schema", "--out", out.path, "--quiet"])
        try #require(gen.status == 0)
        try #require(try reference.psql(["-f", out.appendingPathComponent("fortress-seed.sql").path]).status == 0)
        for t in try generatedTables() {
            let digest = "SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) FROM \(t) x"
            #expect(try db.scalar(digest) == reference.scalar(digest), "table \(t) differs between binary load and SQL script")
        }
        let verify = try Shell.fortress(["verify", "--database-url", db.url])
        #expect(verify.status == 0, "verify failed:\n\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("balances_reconcile"))
    }

    @Test("A non-empty target is refused and left untouched; --truncate reloads it")
    func refusesNonEmpty() throws {
        let db = try TestDatabase.create("load_refuse")
        defer { db.drop() }
        try #require(try Shell.fortress(["load", "--seed", "42", "--database-url", db.url, "--create-schema", "--quiet"]).status == 0)
        let before = try counts(db)
        let again = try Shell.fortress(["load", "--seed", "7", "--database-url", db.url])
        #expect(again.status == 1)
        #expect(again.stderr.contains("fortress-seed: error: tables already hold rows: tenants, users, accounts"))
        #expect(again.stderr.contains("--truncate"))
        #expect(try counts(db) == before)
        let truncated = try Shell.fortress(["load", "--seed", "42", "--database-url", db.url, "--truncate", "--quiet"])
        #expect(truncated.status == 0, "\(truncated.stderr)")
        #expect(try counts(db) == before)
    }

    @Test("A constraint violated on purpose loads nothing and names SQLSTATE, table and row")
    func constraintViolation() throws {
        let db = try TestDatabase.create("load_violation")
        defer { db.drop() }
        try schema(db)
        // Injected: every transaction must be under 1.00, which generated amounts are not.
        try #require(try db.psql(["-c", "ALTER TABLE transactions ADD CONSTRAINT ck_test_injected CHECK (amount < 1)"]).status == 0)
        let load = try Shell.fortress(["load", "--seed", "42", "--database-url", db.url])
        #expect(load.status == 1)
        #expect(load.stderr.contains("PostgreSQL error 23514"), "\(load.stderr)")
        #expect(load.stderr.contains("ck_test_injected"))
        #expect(load.stderr.range(of: #"\(table transactions, row [0-9]+\)"#, options: .regularExpression) != nil, "\(load.stderr)")
        #expect(try counts(db).values.allSatisfy { $0 == 0 }, "rows were left behind")
    }

    @Test("Compatibility: every problem of the target is reported together and nothing is loaded")
    func compatibilityReport() throws {
        let db = try TestDatabase.create("load_compat")
        defer { db.drop() }
        try schema(db)
        let alter = try db.psql(["-c", """
            ALTER TABLE users DROP COLUMN phone CASCADE;
            ALTER TABLE accounts ADD COLUMN branch_code text NOT NULL;
            ALTER TABLE merchants ALTER COLUMN metadata TYPE json;
            CREATE TYPE tx_type_narrow AS ENUM ('debit', 'credit');
            ALTER TABLE transactions ALTER COLUMN type TYPE tx_type_narrow USING type::text::tx_type_narrow;
            """])
        try #require(alter.status == 0, "\(alter.stderr)")
        let load = try Shell.fortress(["load", "--seed", "42", "--database-url", db.url])
        #expect(load.status == 1)
        for line in [
            "does not match the Fortress model; nothing was loaded:",
            "  - users.phone: column is missing (the generator writes text)",
            "  - accounts.branch_code: NOT NULL without a default, and the generator does not fill it",
            "  - merchants.metadata: type is json, the generator writes jsonb",
            "  - transactions.type: enum tx_type_narrow lacks labels 'transfer', 'fee' that the generator may write",
        ] {
            #expect(load.stderr.contains(line), "missing from the report: \(line)\n\(load.stderr)")
        }
        #expect(try counts(db).values.allSatisfy { $0 == 0 })
    }

    @Test("The password never appears in any output")
    func passwordNeverPrinted() throws {
        let db = try TestDatabase.create("load_secret")
        defer { db.drop() }
        let secret = "Sup3r-Secret-pw"
        guard var c = URLComponents(string: db.url) else { return }
        c.password = secret
        let url = try #require(c.string)
        var bad = c
        bad.port = 1
        let runs = [
            ["load", "--seed", "42", "--database-url", url, "--create-schema"],
            ["load", "--seed", "42", "--database-url", url, "--json"],
            ["verify", "--database-url", url, "--json"],
            ["load", "--seed", "42", "--database-url", bad.string! + "?connect_timeout=2"],
        ]
        for args in runs {
            let r = try Shell.fortress(args)
            #expect(!r.stdout.contains(secret) && !r.stderr.contains(secret), "password printed by \(args[0])")
        }
        let failed = try Shell.fortress(["load", "--database-url", bad.string! + "?connect_timeout=2"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains(":****@"), "\(failed.stderr)")
        let viaEnv = try Shell.fortress(["load", "--seed", "1"], environment: ["DATABASE_URL": bad.string!])
        #expect(!viaEnv.stderr.contains(secret) && viaEnv.stderr.contains(":****@"))
    }
}
