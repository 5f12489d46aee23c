/// Rows of `attachments`: the S3 object behind each receipt image.
///
/// One per `receipts` row (the same ledger rows `ReceiptGenerator` walks):
/// `owner_type` `receipt`, `owner_id` the receipt, `s3_key` equal to
/// `receipts.image_s3_key`, uploaded when the receipt was created. The
/// object is not generated; its size is a plausible phone photo of a receipt
/// (log-normal, median about 350 KB) and its SHA-256 is the hash of 64 bytes
/// drawn for it, so it looks like (and is distributed like) a real digest.
///
/// Order invoices (AttachmentGenerator+Invoices.swift): the NF-e XML of every
/// order whose payment posted, written at the payment row as the ledger replays.
struct AttachmentGenerator {
    let events: EventModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var sink = AttachmentRowSink(events: events, out: out)
        for t in events.finance.tenants {
            sink.tenant = t
            sink.tenantID = events.finance.tenantID(t)
            try TenantLedger(model: events.finance, tenant: t).run(into: &sink)
        }
        out = sink.out
    }
}

struct AttachmentRowSink<W: RowWriting, S: ByteSink>: LedgerSink {
    let events: EventModel
    var out: RowStream<W, S>
    var tenant = 0
    var tenantID = UUIDValue(hi: 0, lo: 0)
    var object = [UInt8](repeating: 0, count: 64)

    init(events: EventModel, out: RowStream<W, S>) {
        self.events = events
        self.out = out
    }

    mutating func emit(_ row: LedgerRow) throws {
        if row.purpose == .orderPayment && row.status == .posted { return try writeInvoice(row) }
        guard row.hasReceipt else { return }
        let model = events.finance
        let receipt = model.receiptID(tenant: tenant, owner: row.owner, seq: row.seq)
        var g = events.keys.attachment.child(tenant).child(row.owner).generator(row.seq)
        let id = events.keys.attachmentID.child(tenant).child(row.owner).generator(row.seq)
        let size = Int64(g.logNormal(mu: DeterministicMath.log(350_000), sigma: 0.45)).clamped(to: 40_000...6_000_000)
        try writeAttachment(
            id: id, ownerType: "receipt", owner: receipt, key: Self.receiptKey(tenantID: tenantID, receipt: receipt, occurredAt: row.occurredAt),
            contentType: "image/jpeg", size: size, createdAt: Self.receiptCreatedAt(model, tenant: tenant, row), using: &g)
    }

    /// One `attachments` row; the object's SHA-256 is the digest of 64 bytes drawn from `g`
    /// (the object itself is not generated).
    mutating func writeAttachment(
        id: RandomStream, ownerType: StaticString, owner: UUIDValue, key: String, contentType: StaticString, size: Int64,
        createdAt: Int64, using g: inout RandomStream
    ) throws {
        var idg = id
        out.writer.uuid(UUIDValue(randomBits: idg.next(), idg.next()))
        out.writer.uuid(tenantID)
        out.writer.label(ownerType)
        out.writer.uuid(owner)
        out.writer.text(key)
        out.writer.label(contentType)
        out.writer.int(size)
        var sha = SHA256()
        for i in stride(from: 0, to: 64, by: 8) {
            let word = g.next()
            for j in 0..<8 { object[i + j] = UInt8(truncatingIfNeeded: word >> UInt64(8 * j)) }
        }
        sha.update(object)
        out.writer.text(sha.hexDigest())
        out.writer.timestamp(micros: createdAt)
        try out.endRow()
    }

    /// `receipts.image_s3_key`: `receipts/<tenant>/<yyyy>/<mm>/<receipt>.jpg` (month of the purchase, UTC).
    static func receiptKey(tenantID: UUIDValue, receipt: UUIDValue, occurredAt: Int64) -> String {
        let (y, m, _) = CivilCalendar.civil(days: occurredAt.floorDiv(CivilCalendar.microsPerDay))
        return "receipts/" + tenantID.description + "/" + String(y) + "/" + LedgerText.two(m) + "/" + receipt.description + ".jpg"
    }

    /// `receipts.created_at`: the first draw of the receipt's stream, as `ReceiptRowSink` makes it.
    static func receiptCreatedAt(_ model: FinanceModel, tenant: Int, _ row: LedgerRow) -> Int64 {
        var g = model.keys.receipt.child(tenant).child(row.owner).generator(row.seq)
        return min(row.occurredAt + g.uniform(60_000_000...(6 * CivilCalendar.microsPerHour)), model.scenario.nowMicros)
    }
}
