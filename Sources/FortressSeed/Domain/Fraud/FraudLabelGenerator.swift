/// Rows of `fraud_labels`: the tenant's ledger is replayed and every row a fraud case emitted is labelled.
///
/// Ids are those the `transactions` pass writes (the same simulation, the same
/// (owner, seq) addresses), so every label names an existing transaction.
struct FraudLabelGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var sink = FraudLabelSink(model: model, out: out)
        for t in model.tenants {
            let ledger = TenantLedger(model: model, tenant: t)
            guard !ledger.roster.fraud.cases.isEmpty else { continue }
            sink.startTenant(t, plan: ledger.roster.fraud)
            try ledger.run(into: &sink)
        }
        out = sink.out
    }
}

/// Writes one `fraud_labels` row per marked ledger row.
struct FraudLabelSink<W: RowWriting, S: ByteSink>: LedgerSink {
    let model: FinanceModel
    var out: RowStream<W, S>
    var tenant = 0
    var tenantID = UUIDValue(hi: 0, lo: 0)
    var plan = TenantFraudPlan.empty

    init(model: FinanceModel, out: RowStream<W, S>) {
        self.model = model
        self.out = out
    }

    mutating func startTenant(_ t: Int, plan: TenantFraudPlan) {
        tenant = t
        tenantID = model.tenantID(t)
        self.plan = plan
    }

    mutating func emit(_ row: LedgerRow) throws {
        guard row.fraud.isFraud else { return }
        let c = plan.cases[Int(row.fraud.caseIndex)]
        out.writer.uuid(model.transactionID(tenant: tenant, owner: row.owner, seq: row.seq))
        out.writer.uuid(tenantID)
        out.writer.text(c.pattern.rawValue)
        out.writer.uuid(model.fraudCaseID(tenant: tenant, case: c.index))
        out.writer.text(row.fraud.role.rawValue)
        out.writer.timestamp(micros: c.start)
        out.writer.timestamp(micros: c.end)
        try out.endRow()
    }
}

extension FinanceModel {
    /// The id of case `ci` of tenant `t`'s fraud plan (`fraud_labels.case_id`).
    func fraudCaseID(tenant t: Int, case ci: Int) -> UUIDValue {
        Self.uuid(keys.ledger.child("fraud.case.id").child(t).generator(ci))
    }
}

extension LedgerText {
    /// `"fraud": {"case_id", "pattern", "role"}`: the label inside `metadata`, only with `fraud.mark_metadata` (debugging).
    func writeFraudMark(_ row: LedgerRow, into json: inout JSONWriter) {
        let c = roster.fraud.cases[Int(row.fraud.caseIndex)]
        json.key("fraud")
        json.beginObject()
        json.key("case_id"); json.uuid(model.fraudCaseID(tenant: roster.tenant, case: c.index))
        json.key("pattern"); json.string(c.pattern.rawValue)
        json.key("role"); json.string(row.fraud.role.rawValue)
        json.endObject()
    }
}
