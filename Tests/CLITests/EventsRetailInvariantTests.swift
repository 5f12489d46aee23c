import FortressSeed
import Foundation
import Testing

/// The retail half of the event side (order events, restocks, order audit trail, invoices, the
/// sales star) agrees with the supermarket tables, on real PostgreSQL loads of several seeds.
@Suite("Retail event invariants on PostgreSQL", .tags(.postgres), .enabled(if: TestDatabase.runPostgresTests))
struct EventsRetailInvariantTests {
    /// The dev scenario with more orders and cancellations (every order state occurs), plus churn.
    static let busyRetail = """
        retail: {carts_per_month: 8, cancel_share: 0.2}
        churn: {monthly_hazard: 0.03, grace_days: 20, erasure_share: 0.5}
        """

    @Test("Every event and retail invariant holds (0 violating rows)", arguments: [("1", ""), ("42", busyRetail), ("2026", busyRetail)])
    func invariants(seed: String, extra: String) throws {
        let db = try EventsInvariantTests.load(seed: seed, extra: extra)
        defer { db.drop() }
        #expect(try db.scalar("SELECT count(*) > 100 FROM orders") == "t")
        for check in EventInvariants.checks + RetailInvariants.checks {
            #expect(try db.scalar(check.sql) == "0", "\(check.name): \(check.description)")
        }
    }

    @Test("Every order event type and final state occurs; invoices and sales facts are there")
    func coverage() throws {
        let db = try EventsInvariantTests.load(seed: "42", extra: Self.busyRetail)
        defer { db.drop() }
        #expect(try db.rows("SELECT DISTINCT event_type FROM events_outbox WHERE aggregate IN ('order', 'inventory') ORDER BY 1") == [
            "InventoryRestocked", "OrderCancelled", "OrderCreated", "OrderDelivered", "OrderPaid", "OrderShipped",
        ])
        #expect(try db.rows("SELECT DISTINCT payload->'data'->>'reason' FROM events_outbox WHERE event_type = 'OrderCancelled' ORDER BY 1") == [
            "customer_request", "customer_request_refunded", "payment_failed",
        ])
        #expect(try db.rows("SELECT DISTINCT action FROM audit_logs WHERE entity = 'order' ORDER BY 1") == ["create", "status_change"])
        #expect(try db.scalar("SELECT count(*) > 0 FROM attachments WHERE owner_type = 'order'") == "t")
        #expect(try db.scalar("SELECT count(*) > 0 FROM analytics_fact_daily_sales") == "t")
        // Orders are in their buyer's lane: each order's events are time-ordered by id with the buyer's other events.
        #expect(try db.scalar("""
            SELECT count(*) FROM (SELECT (payload->>'occurred_at')::timestamptz AS at,
                                         lag((payload->>'occurred_at')::timestamptz) OVER (PARTITION BY aggregate_id ORDER BY id) AS previous
                                  FROM events_outbox WHERE aggregate = 'order') x WHERE at <= previous
            """) == "0")
    }

    @Test("The retail checks catch a broken row: each tampering makes its invariant count it")
    func tamperingIsCaught() throws {
        let db = try EventsInvariantTests.load(seed: "7", extra: Self.busyRetail)
        defer { db.drop() }
        let cases: [(check: String, tamper: String)] = [
            ("outbox_order_final_state", "UPDATE orders SET updated_at = updated_at + interval '1 second' WHERE id = (SELECT id FROM orders WHERE status = 'delivered' LIMIT 1)"),
            ("outbox_order_events_match", "UPDATE orders SET total_amount = total_amount + 1 WHERE id = (SELECT id FROM orders LIMIT 1)"),
            ("outbox_order_payments_match", "DELETE FROM events_outbox WHERE id = (SELECT min(id) FROM events_outbox WHERE event_type = 'OrderPaid')"),
            ("outbox_restock_events_match", "UPDATE inventory SET last_restock_at = last_restock_at - interval '1 day' WHERE id = (SELECT id FROM inventory LIMIT 1)"),
            ("audit_order_status_matches", "UPDATE orders SET status = 'delivered' WHERE id = (SELECT id FROM orders WHERE status = 'shipped' LIMIT 1)"),
            ("audit_order_chain", "UPDATE audit_logs SET diff = jsonb_set(diff, '{before,status}', '\"created\"') WHERE id = (SELECT id FROM audit_logs WHERE action = 'status_change' AND diff->'after'->>'status' = 'delivered' LIMIT 1)"),
            ("audit_order_matches_outbox", "DELETE FROM audit_logs WHERE id = (SELECT id FROM audit_logs WHERE entity = 'order' AND action = 'status_change' LIMIT 1)"),
            ("attachments_match_invoices", "DELETE FROM attachments WHERE id = (SELECT id FROM attachments WHERE owner_type = 'order' LIMIT 1)"),
            ("analytics_daily_sales_equal_base", "UPDATE cart_items SET quantity = quantity + 1 WHERE cart_id = (SELECT cart_id FROM orders WHERE status = 'delivered' LIMIT 1)"),
            ("analytics_retail_dimensions_match", "UPDATE analytics_dim_location SET city = 'Atlantis' WHERE location_id = (SELECT location_id FROM analytics_dim_location LIMIT 1)"),
        ]
        for (name, tamper) in cases {
            let check = try #require(EventInvariants.checks.first { $0.name == name })
            let script = "BEGIN;\n\(tamper);\nSELECT (\(check.sql)) > 0;\nROLLBACK;\n"
            let r = try db.psql(["-At", "-f", "-"], stdin: Data(script.utf8))
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(r.stdout.split(separator: "\n").contains("t"), "\(name) did not notice: \(tamper)")
        }
    }
}
