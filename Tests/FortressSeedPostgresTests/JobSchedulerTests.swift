import FortressSeed
@testable import FortressSeedPostgres
import Testing

/// What `--commit per-table --jobs N` hands to its connections, and when.
@Suite("JobScheduler")
struct JobSchedulerTests {
    static func name(_ job: JobScheduler.Job?) -> String {
        switch job {
        case .unit(let u): u.name
        case .statement(let s): s.sql
        case nil: "nil"
        }
    }

    @Test("A table's rebuilds and ANALYZE start as soon as all its parts are in, while other tables still load")
    func statementsOverlapLoading() {
        let units = LoadUnit.plan([.transactions, .eventsOutbox], jobs: 2, recorded: [])
        let statements: [StatementPool.Statement] = [
            .init(sql: "CREATE INDEX ix_a ON transactions (x)", tables: ["transactions"]),
            .init(sql: "CREATE INDEX ix_b ON transactions (y)", tables: ["transactions"]),
            .init(sql: "ANALYZE transactions", tables: ["transactions"], optional: true),
            .init(sql: "ANALYZE events_outbox", tables: ["events_outbox"], optional: true),
        ]
        let s = JobScheduler(units: units, statements: statements, enforceOrder: false, workers: 2)
        let t1 = s.next(), t2 = s.next()
        #expect([Self.name(t1), Self.name(t2)] == ["transactions#1/2", "transactions#2/2"], "no statement before its table is in")
        guard case .unit(let u1) = t1, case .unit(let u2) = t2 else { Issue.record("units first"); return }
        s.finish(u1, TableLoad(table: u1.name))
        #expect(Self.name(s.next()) == "events_outbox#1/2", "one part of transactions is not the table")
        s.finish(u2, TableLoad(table: u2.name))
        let index = s.next()
        #expect(Self.name(index) == "CREATE INDEX ix_a ON transactions (x)", "transactions is in: its rebuild goes before the next part")
        // The second index waits for the first (same table); the free connection loads on.
        #expect(Self.name(s.next()) == "events_outbox#2/2")
        guard case .statement(let first) = index else { return }
        s.finish(first, error: nil)
        #expect(Self.name(s.next()) == "CREATE INDEX ix_b ON transactions (y)")
    }

    @Test("An optional statement's failure is kept as a message; a required one's stops the hand-out")
    func failures() {
        let optional = StatementPool.Statement(sql: "ANALYZE a", tables: ["a"], optional: true)
        let required = StatementPool.Statement(sql: "ALTER TABLE b ADD CONSTRAINT fk", tables: ["b"])
        let s = JobScheduler(units: [], statements: [optional, required, .init(sql: "ANALYZE c", tables: ["c"])], enforceOrder: false, workers: 1)
        _ = s.next()
        s.finish(optional, error: .invalidOptions("boom"))
        #expect(s.failures.count == 1 && s.firstError == nil)
        _ = s.next()
        s.finish(required, error: .invalidOptions("fk violated"))
        #expect(s.firstError != nil)
        #expect(s.next() == nil, "nothing more after a required statement failed")
    }
}
