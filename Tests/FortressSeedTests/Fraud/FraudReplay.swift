@testable import FortressSeed

/// A whole dataset's ledger in memory, with each tenant's fraud plan: what the fraud tests inspect.
struct FraudReplay {
    struct Row {
        let tenant: Int
        let row: LedgerRow
    }

    let model: FinanceModel
    var rows: [Row] = []
    var plans: [TenantFraudPlan] = []

    init(_ scenario: String, seed: UInt64) throws {
        model = FinanceModel(scenario: try ScenarioLibrary.load(scenario).scenario, seed: seed)
        var sink = Collect()
        for t in 0..<model.tenantCount {
            let ledger = TenantLedger(model: model, tenant: t)
            sink.tenant = t
            plans.append(ledger.roster.fraud)
            try ledger.run(into: &sink)
        }
        rows = sink.rows
    }

    private struct Collect: LedgerSink {
        var tenant = 0
        var rows: [Row] = []
        mutating func emit(_ row: LedgerRow) throws { rows.append(Row(tenant: tenant, row: row)) }
    }

    /// Every planned case as (tenant, case).
    var cases: [(tenant: Int, fraudCase: FraudCase)] {
        plans.enumerated().flatMap { t, p in p.cases.map { (t, $0) } }
    }

    /// The labelled rows of each case, keyed by (tenant, case index).
    var rowsByCase: [CaseKey: [LedgerRow]] {
        var out: [CaseKey: [LedgerRow]] = [:]
        for r in rows where r.row.fraud.isFraud { out[CaseKey(tenant: r.tenant, index: Int(r.row.fraud.caseIndex)), default: []].append(r.row) }
        return out
    }

    /// Rows per account, in time order.
    var rowsByAccount: [UUIDValue: [Row]] {
        var out: [UUIDValue: [Row]] = [:]
        for r in rows { out[r.row.account, default: []].append(r) }
        for k in out.keys { out[k]!.sort { $0.row.occurredAt < $1.row.occurredAt } }
        return out
    }
}

struct CaseKey: Hashable {
    let tenant: Int
    let index: Int
}
