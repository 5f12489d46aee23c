import Foundation
import Testing
@testable import FortressSeed

/// The outbox as generated, read back without a database.
@Suite struct OutboxEventTests {
    static let schemasDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/FortressSeed/Domain/Events/Schemas")

    /// An event row: id, payload and delivery columns.
    struct Row {
        let id: Int64
        let createdAt: Int64
        let sentAt: Int64?
        let status: String
        let attempts: Int64
        let payload: [String: Any]
    }

    static func rows(_ dataset: Dataset) throws -> [Row] {
        let table = try CapturedTable(dataset, .eventsOutbox)
        let (id, payload, status, attempts, created, sent) = (
            table.column("id"), table.column("payload"), table.column("status"), table.column("attempts"),
            table.column("created_at"), table.column("sent_at"))
        return try table.rows.map { r in
            guard case .int(let i) = r[id], case .timestamp(let c) = r[created], case .text(let s) = r[status],
                  case .int(let a) = r[attempts], let p = CapturedTable.object(r[payload])
            else { throw CocoaError(.coderInvalidValue) }
            var sentAt: Int64?
            if case .timestamp(let x) = r[sent] { sentAt = x }
            return Row(id: i, createdAt: c, sentAt: sentAt, status: s, attempts: a, payload: p)
        }
    }

    @Test("Every event type has a schema, and every payload validates against its type's schema", arguments: [1, 42] as [UInt64])
    func payloadsValidate(seed: UInt64) throws {
        var schemas: [String: JSONSchemaSubset] = [:]
        for kind in EventKind.allCases {
            schemas[kind.nameString] = try JSONSchemaSubset(file: Self.schemasDirectory.appendingPathComponent(kind.nameString + ".schema.json"))
        }
        var seen = Set<String>()
        for row in try Self.rows(try devDataset(seed: seed, extra: "churn: {monthly_hazard: 0.05, erasure_share: 0.8}")) {
            let type = try #require(row.payload["event_type"] as? String)
            seen.insert(type)
            let problems = try #require(schemas[type], "no schema for \(type)").validate(row.payload)
            #expect(problems.isEmpty, "\(type) event \(row.id): \(problems)")
            if !problems.isEmpty { return }
        }
        #expect(seen == Set(EventKind.allCases.map(\.nameString)), "types that never occurred: \(Set(EventKind.allCases.map(\.nameString)).subtracting(seen))")
    }

    @Test("The validator rejects what the schemas forbid")
    func validatorRejects() throws {
        let schema = try JSONSchemaSubset(file: Self.schemasDirectory.appendingPathComponent("TransactionFailed.schema.json"))
        let good: [String: Any] = [
            "event_id": "5f0c6a1e-1d2b-4c3d-8e4f-5a6b7c8d9e0f", "event_type": "TransactionFailed", "aggregate": "transaction",
            "aggregate_id": "5f0c6a1e-1d2b-4c3d-8e4f-5a6b7c8d9e0f", "occurred_at": "2026-03-01T12:34:56.5+00:00",
            "tenant_id": "5f0c6a1e-1d2b-4c3d-8e4f-5a6b7c8d9e0f", "version": 1,
            "data": [
                "transaction_id": "5f0c6a1e-1d2b-4c3d-8e4f-5a6b7c8d9e0f", "account_id": "5f0c6a1e-1d2b-4c3d-8e4f-5a6b7c8d9e0f",
                "counterparty_account_id": NSNull(), "type": "debit", "status": "failed", "amount": 12.5, "currency": "BRL",
                "channel": "card", "failure_reason": "declined_by_issuer",
            ] as [String: Any],
        ]
        #expect(schema.validate(good).isEmpty)
        var bad = good
        bad["version"] = 2
        bad["extra"] = true
        var data = try #require(good["data"] as? [String: Any])
        data["amount"] = -1
        data.removeValue(forKey: "failure_reason")
        bad["data"] = data
        let problems = schema.validate(bad).map(\.description)
        #expect(problems.count == 4, "\(problems)")
    }

    @Test("event_id unique; versions 1, 2, ... per aggregate in id order; ids grow with created_at; delivery states consistent")
    func envelopeInvariants() throws {
        let dataset = try devDataset(seed: 7, extra: "events: {backlog_hours: 24, failed_share: 0.02}")
        let rows = try Self.rows(dataset)
        #expect(Set(rows.compactMap { $0.payload["event_id"] as? String }).count == rows.count)
        #expect(Set(rows.map(\.id)).count == rows.count)
        let byID = rows.sorted { $0.id < $1.id }
        for (a, b) in zip(byID, byID.dropFirst()) { #expect(a.createdAt <= b.createdAt) }
        var versions: [String: Int] = [:]
        for row in byID {
            let key = (row.payload["aggregate"] as? String ?? "") + "/" + (row.payload["aggregate_id"] as? String ?? "")
            let v = try #require(row.payload["version"] as? Int)
            #expect(v == versions[key, default: 0] + 1, "\(key) jumps to version \(v)")
            versions[key] = v
        }
        let now = dataset.scenario.nowMicros
        for row in rows {
            switch row.status {
            case "sent": #expect(row.attempts >= 1 && (row.sentAt ?? .min) >= row.createdAt && (row.sentAt ?? .max) <= now)
            case "failed": #expect(row.attempts >= 1 && row.sentAt == nil && row.createdAt < now - 24 * CivilCalendar.microsPerHour)
            default: #expect(row.attempts == 0 && row.sentAt == nil)
            }
            // The backlog: nothing of the last 24 hours was published.
            if row.createdAt >= now - 24 * CivilCalendar.microsPerHour { #expect(row.status == "pending") }
        }
        #expect(rows.contains { $0.status == "failed" } && rows.contains { $0.status == "sent" } && rows.filter { $0.status == "pending" }.count > 50)
    }

    @Test("Same seed, same outbox; the events never shift a finance table")
    func deterministic() throws {
        let a = try CapturedTable(try devDataset(seed: 11), .eventsOutbox).rows
        let b = try CapturedTable(try devDataset(seed: 11), .eventsOutbox).rows
        #expect(a == b)
        let transactions = try CapturedTable(try devDataset(seed: 11), .transactions).rows
        let withBacklog = try CapturedTable(try devDataset(seed: 11, extra: "events: {backlog_hours: 100}"), .transactions).rows
        #expect(transactions == withBacklog)
    }
}
