/// Rows of `transactions`, tenant by tenant, from the ledger simulation.
struct TransactionGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var sink = TransactionRowSink(model: model, out: out)
        let scratch = LedgerScratch(model: model)
        for t in model.tenants {
            let ledger = TenantLedger(tenant: t, scratch: scratch)
            sink.startTenant(t, roster: ledger.roster)
            try ledger.run(into: &sink)
        }
        out = sink.out
    }
}

/// Writes ledger rows as `transactions` rows: id, reference, statement text, category, metadata.
struct TransactionRowSink<W: RowWriting, S: ByteSink>: LedgerSink {
    let model: FinanceModel
    var out: RowStream<W, S>
    var json = JSONWriter(capacity: 512)
    /// The metadata document of the row being written.
    var metadata = ByteBuffer(capacity: 512)
    let merchantFragments = MerchantFragments()
    /// Reused for the text fields composed per row (reference, description, names in metadata).
    var scratch = ByteBuffer(capacity: 256)
    var tenant = 0
    var tenantID = UUIDValue(hi: 0, lo: 0)
    var text: LedgerText?

    init(model: FinanceModel, out: RowStream<W, S>) {
        self.model = model
        self.out = out
    }

    mutating func startTenant(_ t: Int, roster: TenantRoster) {
        tenant = t
        tenantID = model.tenantID(t)
        if let text { text.reset(roster: roster) } else { text = LedgerText(model: model, roster: roster) }
    }

    mutating func emit(_ row: LedgerRow) throws {
        let owner = row.owner
        text!.select(owner: owner)
        out.writer.uuid(model.transactionID(tenant: tenant, owner: owner, seq: row.seq))
        out.writer.uuid(tenantID)
        out.writer.uuid(row.account)
        out.writer.uuid(row.counterparty)
        out.writer.label(row.type.label)
        out.writer.decimal(minorUnits: row.amountCents, scale: 2)
        out.writer.label(row.currency.sqlLabel)
        out.writer.label(row.status.label)
        out.writer.timestamp(micros: row.occurredAt)
        scratch.removeAll()
        if row.purpose == .orderPayment {
            model.retail.writePaymentReference(tenant: tenant, user: owner, cart: row.order, into: &scratch)
        } else {
            var rg = model.keys.reference.child(tenant).child(owner).generator(row.referenceSeq)
            References.write(row.channel, at: row.occurredAt, using: &rg, into: &scratch)
        }
        out.writer.text(utf8: scratch)
        scratch.removeAll()
        text!.writeDescription(row, into: &scratch)
        out.writer.text(utf8: scratch)
        if let path = text!.categoryPath(row) {
            out.writer.uuid(model.categories.id(tenant: tenant, path: path))
        } else {
            out.writer.null()
        }
        out.writer.uuid(row.hasReceipt ? model.receiptID(tenant: tenant, owner: owner, seq: row.seq) : nil)
        metadata.removeAll()
        text!.writeMetadata(row, into: &metadata, merchants: merchantFragments, scratch: &scratch, json: &json)
        out.writer.json(metadata)
        out.writer.timestamp(micros: row.occurredAt)
        out.writer.timestamp(micros: row.updatedAt)
        try out.endRow()
    }
}
