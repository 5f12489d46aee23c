import FortressSeed
import Foundation
import Testing

/// The event side (outbox, audit trail, attachments, analytics) agrees with the rows it describes,
/// on real PostgreSQL loads of several seeds.
@Suite("Event invariants on PostgreSQL", .tags(.postgres), .enabled(if: TestDatabase.runPostgresTests))
struct EventsInvariantTests {
    /// The dev scenario with more churn and erasure (so anonymization occurs), failures and a backlog.
    static let busyScenario = """
        churn: {monthly_hazard: 0.05, grace_days: 20, erasure_share: 0.6}
        events: {failed_share: 0.01, backlog_hours: 36, publish_delay_ms: 80}
        """

    /// Generates the psql script (schema, data, sequence fix-ups) and loads it into a fresh database.
    static func load(seed: String, extra: String = "") throws -> TestDatabase {
        let dir = try Shell.temporaryDirectory("events")
        defer { try? FileManager.default.removeItem(at: dir) }
        var scenario = "dev"
        if !extra.isEmpty {
            let file = dir.appendingPathComponent("events.yaml")
            try (try ScenarioLibrary.load("dev").text + "\n" + extra + "\n").write(to: file, atomically: true, encoding: .utf8)
            scenario = file.path
        }
        let out = dir.appendingPathComponent("out")
        let r = try Shell.fortress(["generate", "--scenario", scenario, "--seed", seed, "--format", "sql", "--with-schema", "--out", out.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let db = try TestDatabase.create("events")
        let loaded = try db.psql(["-f", out.appendingPathComponent("fortress-seed.sql").path])
        #expect(loaded.status == 0, "the load failed:\n\(loaded.stderr)")
        return db
    }

    @Test("Every event invariant holds (0 violating rows)", arguments: [("1", ""), ("7", busyScenario), ("2026", busyScenario)])
    func invariants(seed: String, extra: String) throws {
        let db = try Self.load(seed: seed, extra: extra)
        defer { db.drop() }
        for check in EventInvariants.checks {
            #expect(try db.scalar(check.sql) == "0", "\(check.name): \(check.description)")
        }
    }

    @Test("Every event type, delivery state and audit action occurs; the sequence continues past the ids")
    func coverage() throws {
        let db = try Self.load(seed: "7", extra: Self.busyScenario)
        defer { db.drop() }
        #expect(try db.rows("SELECT DISTINCT event_type FROM events_outbox WHERE aggregate NOT IN ('order', 'inventory') ORDER BY 1") == [
            "AccountOpened", "TransactionAuthorized", "TransactionFailed", "TransactionPosted", "TransactionReversed",
            "TransferCompleted", "UserAnonymized", "UserRegistered",
        ])
        #expect(try db.rows("SELECT DISTINCT status FROM events_outbox ORDER BY 1") == ["pending", "sent", "failed"])
        #expect(try db.rows("SELECT DISTINCT action FROM audit_logs WHERE entity <> 'order' ORDER BY 1") == [
            "anonymize", "create", "deactivate", "email_change", "login_new_device", "password_change", "phone_change",
        ])
        // The backlog: nothing of the last 36 hours before "now" (2026-11-01) was published.
        #expect(try db.scalar("SELECT count(*) FROM events_outbox WHERE created_at >= '2026-10-30T12:00:00Z' AND status <> 'pending'") == "0")
        // A new event from the application gets the next id after the generated ones.
        let next = try db.scalar("INSERT INTO events_outbox (event_type, payload) VALUES ('Probe', '{}') RETURNING id")
        #expect(try db.scalar("SELECT count(*) FROM events_outbox WHERE id >= \(next)") == "1")
        // Refunds are their own TransactionPosted naming the purchase.
        #expect(try db.scalar("""
            SELECT count(*) FROM events_outbox e JOIN transactions t ON t.id = e.aggregate_id
            WHERE e.event_type = 'TransactionPosted' AND t.metadata ? 'reverses'
              AND (e.payload->'data'->>'reverses_transaction_id') IS DISTINCT FROM t.metadata->>'reverses'
            """) == "0")
    }

    @Test("The checks catch a broken row: each tampering makes its invariant count it")
    func tamperingIsCaught() throws {
        let db = try Self.load(seed: "3", extra: Self.busyScenario)
        defer { db.drop() }
        let cases: [(check: String, tamper: String)] = [
            ("outbox_versions_gapless", "UPDATE events_outbox SET payload = jsonb_set(payload, '{version}', '3') WHERE id = (SELECT max(id) FROM events_outbox WHERE event_type = 'TransactionPosted' AND payload->>'version' = '2')"),
            ("outbox_event_id_unique", "UPDATE events_outbox SET payload = jsonb_set(payload, '{event_id}', (SELECT payload->'event_id' FROM events_outbox ORDER BY id LIMIT 1)) WHERE id = (SELECT max(id) FROM events_outbox)"),
            ("outbox_ids_time_ordered", "UPDATE events_outbox SET created_at = created_at - interval '1 day' WHERE id = (SELECT max(id) FROM events_outbox)"),
            ("outbox_transaction_events_match", "UPDATE transactions SET amount = amount + 1 WHERE id = (SELECT aggregate_id FROM events_outbox WHERE event_type = 'TransactionFailed' LIMIT 1)"),
            ("outbox_complete", "DELETE FROM events_outbox WHERE id = (SELECT min(id) FROM events_outbox WHERE event_type = 'TransferCompleted')"),
            ("audit_email_matches_user", "UPDATE users SET email = 'changed@example.com' WHERE id = (SELECT entity_id FROM audit_logs WHERE action = 'email_change' LIMIT 1)"),
            ("audit_anonymization_consistent", "DELETE FROM audit_logs WHERE id = (SELECT id FROM audit_logs WHERE action = 'anonymize' LIMIT 1)"),
            ("attachments_match_receipts", "UPDATE attachments SET s3_key = s3_key || '.bak' WHERE id = (SELECT id FROM attachments LIMIT 1)"),
            ("analytics_daily_transactions_equal_base", "UPDATE analytics_fact_daily_transactions SET amount_sum = amount_sum + 0.01 WHERE id = 1"),
        ]
        for (name, tamper) in cases {
            let check = try #require(EventInvariants.checks.first { $0.name == name })
            let script = "BEGIN;\n\(tamper);\nSELECT (\(check.sql)) > 0;\nROLLBACK;\n"
            let r = try db.psql(["-At", "-f", "-"], stdin: Data(script.utf8))
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(r.stdout.split(separator: "\n").contains("t"), "\(name) did not notice: \(tamper)")
        }
    }

    @Test("Payloads read back from PostgreSQL validate with Python's jsonschema too (when installed)",
          .enabled(if: EventsInvariantTests.pythonHasJSONSchema))
    func pythonJSONSchema() throws {
        let db = try Self.load(seed: "11", extra: Self.busyScenario)
        defer { db.drop() }
        let dump = try Shell.temporaryDirectory("payloads").appendingPathComponent("payloads.jsonl")
        let r = try db.psql(["-At", "-o", dump.path, "-c", "SELECT payload::text FROM events_outbox"])
        #expect(r.status == 0, "\(r.stderr)")
        let script = """
            import json, glob, sys, jsonschema
            v = {}
            for f in glob.glob(sys.argv[1] + '/*.schema.json'):
                s = json.load(open(f)); jsonschema.Draft202012Validator.check_schema(s); v[s['title']] = jsonschema.Draft202012Validator(s)
            bad = 0
            for line in open(sys.argv[2]):
                p = json.loads(line); errors = list(v[p['event_type']].iter_errors(p)); bad += len(errors)
                if errors and bad < 5: print(p['event_type'], errors[0].message)
            print(bad)
            """
        let schemas = Shell.packageRoot.appendingPathComponent("Sources/FortressSeed/Domain/Events/Schemas").path
        let py = try Shell.run("/usr/bin/env", ["python3", "-c", script, schemas, dump.path])
        #expect(py.status == 0, "\(py.stderr)")
        #expect(py.stdout.split(separator: "\n").last == "0", "\(py.stdout)")
    }

    static var pythonHasJSONSchema: Bool {
        TestDatabase.runPostgresTests && ((try? Shell.run("/usr/bin/env", ["python3", "-c", "import jsonschema"]).status) == 0)
    }
}
