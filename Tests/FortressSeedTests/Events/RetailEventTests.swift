import Foundation
import Testing
@testable import FortressSeed

/// The retail side of the outbox, the audit trail and the attachments, read back without a database.
@Suite struct RetailEventTests {
    /// The dev scenario with more orders and cancellations, so every order state occurs.
    static let busyRetail = "retail: {carts_per_month: 8, cancel_share: 0.2}"

    static func text(_ f: CapturingWriter.Field) -> String? {
        switch f {
        case .text(let s): s
        case .uuid(let u): u.description
        default: nil
        }
    }

    static func micros(_ f: CapturingWriter.Field) -> Int64? {
        if case .timestamp(let t) = f { return t }
        return nil
    }

    /// A payload's `occurred_at` (`2026-03-01T12:34:56.123456+00:00`, fraction optional), as µs since 1970.
    static func parse(_ iso: String) -> Int64? {
        let b = Array(iso.utf8)
        guard b.count >= 25, iso.hasSuffix("+00:00") else { return nil }
        func n(_ r: Range<Int>) -> Int? { Int(String(decoding: b[r], as: UTF8.self)) }
        guard let y = n(0..<4), let mo = n(5..<7), let d = n(8..<10), let h = n(11..<13), let mi = n(14..<16), let s = n(17..<19) else { return nil }
        var micros: Int64 = 0
        if b[19] == UInt8(ascii: ".") {
            let digits = String(decoding: b[20..<(b.count - 6)], as: UTF8.self)
            micros = Int64(digits.padding(toLength: 6, withPad: "0", startingAt: 0)) ?? 0
        }
        return CivilCalendar.days(year: Int64(y), month: mo, day: d) * CivilCalendar.microsPerDay
            + Int64(h * 3600 + mi * 60 + s) * 1_000_000 + micros
    }

    @Test("Order events: versions 1, 2, ... in time order; the last one is the row's status at updated_at", arguments: [1, 42] as [UInt64])
    func orderEventsFollowRows(seed: UInt64) throws {
        let dataset = try devDataset(seed: seed, extra: Self.busyRetail)
        let orders = try CapturedTable(dataset, .orders)
        let (oid, status, updated, created) = (orders.column("id"), orders.column("status"), orders.column("updated_at"), orders.column("created_at"))
        var rows: [String: (status: String, created: Int64, updated: Int64)] = [:]
        for r in orders.rows {
            rows[try #require(Self.text(r[oid]))] = (try #require(Self.text(r[status])), try #require(Self.micros(r[created])), try #require(Self.micros(r[updated])))
        }
        var events: [String: [(id: Int64, version: Int, status: String, at: Int64)]] = [:]
        for e in try OutboxEventTests.rows(dataset) where e.payload["aggregate"] as? String == "order" {
            let data = try #require(e.payload["data"] as? [String: Any])
            let iso = try #require(e.payload["occurred_at"] as? String)
            let at = try #require(Self.parse(iso))
            events[try #require(e.payload["aggregate_id"] as? String), default: []].append(
                (e.id, try #require(e.payload["version"] as? Int), try #require(data["status"] as? String), at))
        }
        #expect(!rows.isEmpty)
        #expect(Set(events.keys) == Set(rows.keys))
        var finals = Set<String>()
        for (order, list) in events {
            let sorted = list.sorted { $0.id < $1.id }
            #expect(sorted.map(\.version) == Array(1...sorted.count), "\(order): versions \(sorted.map(\.version))")
            for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(a.at < b.at, "\(order): times not increasing") }
            let row = try #require(rows[order])
            #expect(sorted.first?.status == "created" && sorted.first?.at == row.created)
            #expect(sorted.last?.status == row.status && sorted.last?.at == row.updated, "\(order): last event \(String(describing: sorted.last)) vs row \(row)")
            finals.insert(row.status)
        }
        #expect(finals == ["created", "paid", "shipped", "delivered", "cancelled"], "final states seen: \(finals)")
    }

    @Test("transitions and status agree for every order; times strictly increase; cancellation reasons match")
    func transitionsAgreeWithStatus() throws {
        let dataset = try devDataset(seed: 5, extra: Self.busyRetail)
        let now = dataset.scenario.nowMicros
        var checked = 0
        dataset.finance.forEachShopper { _, _, _, carts in
            for cart in carts {
                guard let order = cart.order else { continue }
                for paid in [false, true] {
                    let steps = order.transitions(now: now, paid: paid)
                    let (status, at) = order.status(now: now, paid: paid)
                    #expect(steps.first?.status == .created && steps.first?.at == order.createdAt)
                    #expect(steps.last?.status == status && steps.last?.at == at)
                    for (a, b) in zip(steps, steps.dropFirst()) { #expect(a.at < b.at) }
                    #expect((order.cancellation(now: now, paid: paid) != nil) == (status == .cancelled))
                    if order.cancellation(now: now, paid: paid) == .customerRequestRefunded { #expect(steps.map(\.status) == [.created, .paid, .cancelled]) }
                    checked += 1
                }
            }
        }
        #expect(checked > 100)
    }

    @Test("Restock events: one per inventory row, at its last_restock_at, no tenant")
    func restocks() throws {
        let dataset = try devDataset(seed: 3)
        let inventory = try CapturedTable(dataset, .inventory)
        let (id, restocked, threshold) = (inventory.column("id"), inventory.column("last_restock_at"), inventory.column("reorder_threshold"))
        var rows: [String: (Int64, CapturingWriter.Field)] = [:]
        for r in inventory.rows { rows[try #require(Self.text(r[id]))] = (try #require(Self.micros(r[restocked])), r[threshold]) }
        var seen = Set<String>()
        for e in try OutboxEventTests.rows(dataset) where e.payload["event_type"] as? String == "InventoryRestocked" {
            let key = try #require(e.payload["aggregate_id"] as? String)
            #expect(seen.insert(key).inserted, "two restock events for \(key)")
            #expect(e.payload["tenant_id"] is NSNull)
            let row = try #require(rows[key])
            let iso = try #require(e.payload["occurred_at"] as? String)
            #expect(Self.parse(iso) == row.0)
            let data = try #require(e.payload["data"] as? [String: Any])
            let threshold = try #require(data["reorder_threshold"] as? Int)
            #expect(row.1 == .int(Int64(threshold)))
        }
        #expect(seen == Set(rows.keys))
    }

    @Test("Order audit entries chain from created to the row's status; actors are the buyer or the system")
    func auditTrail() throws {
        let dataset = try devDataset(seed: 42, extra: Self.busyRetail)
        let audit = try CapturedTable(dataset, .auditLogs)
        let (entity, entityID, action, actor, diff, created) = (
            audit.column("entity"), audit.column("entity_id"), audit.column("action"), audit.column("user_id"), audit.column("diff"), audit.column("created_at"))
        var trails: [String: [(at: Int64, action: String, before: String?, after: String?, byUser: Bool)]] = [:]
        for r in audit.rows where Self.text(r[entity]) == "order" {
            let d = try #require(CapturedTable.object(r[diff]))
            trails[try #require(Self.text(r[entityID])), default: []].append((
                try #require(Self.micros(r[created])), try #require(Self.text(r[action])),
                (d["before"] as? [String: Any])?["status"] as? String, (d["after"] as? [String: Any])?["status"] as? String, r[actor] != .null))
        }
        let orders = try CapturedTable(dataset, .orders)
        #expect(trails.count == orders.rows.count)
        for r in orders.rows {
            let orderID = try #require(Self.text(r[orders.column("id")]))
            let trail = try #require(trails[orderID]).sorted { $0.at < $1.at }
            #expect(trail.first?.action == "create" && trail.first?.after == "created" && trail.first?.byUser == true)
            for (a, b) in zip(trail, trail.dropFirst()) { #expect(b.action == "status_change" && b.before == a.after) }
            #expect(trail.last?.after == Self.text(r[orders.column("status")]) && trail.last?.at == Self.micros(r[orders.column("updated_at")]))
            for step in trail where step.after == "shipped" || step.after == "delivered" || step.after == "paid" { #expect(!step.byUser) }
        }
    }

    @Test("Invoices: one NF-e XML per order whose payment posted, at the payment, under invoices/<tenant>/<yyyy>/<mm>/")
    func invoices() throws {
        let dataset = try devDataset(seed: 42, extra: Self.busyRetail)
        let attachments = try CapturedTable(dataset, .attachments)
        let invoices = attachments.rows.filter { Self.text($0[attachments.column("owner_type")]) == "order" }
        let orders = try CapturedTable(dataset, .orders)
        let paidStates: Set<String> = ["paid", "shipped", "delivered"]
        let owners = Set(invoices.compactMap { Self.text($0[attachments.column("owner_id")]) })
        #expect(owners.count == invoices.count)
        for r in orders.rows where paidStates.contains(Self.text(r[orders.column("status")]) ?? "") {
            #expect(owners.contains(Self.text(r[orders.column("id")]) ?? ""))
        }
        for r in invoices {
            let key = try #require(Self.text(r[attachments.column("s3_key")]))
            let owner = try #require(Self.text(r[attachments.column("owner_id")]))
            #expect(key.hasPrefix("invoices/") && key.hasSuffix("/" + owner + ".xml"))
            #expect(Self.text(r[attachments.column("content_type")]) == "application/xml")
            guard case .int(let size) = r[attachments.column("byte_size")] else { Issue.record("size"); continue }
            #expect((4_000...250_000).contains(size))
            #expect(Self.text(r[attachments.column("sha256")])?.range(of: "^[0-9a-f]{64}$", options: .regularExpression) != nil)
        }
        #expect(invoices.count > 50)
    }
}
