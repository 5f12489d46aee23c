/// Order invoices: the NF-e (nota fiscal eletrônica) XML the supermarket issues when
/// an order's payment posts.
///
/// One per order whose payment posted, whatever happened next: a later
/// cancellation cancels the NF-e at SEFAZ but the authorized XML stays archived
/// (five years, by Brazilian tax law), so cancelled-after-payment orders keep
/// theirs. `s3_key` is `invoices/<tenant>/<yyyy>/<mm>/<order id>.xml` (month of
/// the payment, UTC), uploaded at the payment instant (`created_at` = the payment
/// row's `occurred_at` = the `OrderPaid` event's time). The object is not
/// generated: its size is log-normal around 11 KB (an NF-e with a dozen items),
/// its SHA-256 the digest of 64 bytes drawn for it.
extension AttachmentRowSink {
    mutating func writeInvoice(_ row: LedgerRow) throws {
        let retail = events.finance.retail
        let order = retail.orderID(tenant: tenant, user: row.owner, cart: row.order)
        var g = events.keys.invoice.child(tenant).child(row.owner).generator(row.order)
        let id = events.keys.invoiceID.child(tenant).child(row.owner).generator(row.order)
        let size = Int64(g.logNormal(mu: DeterministicMath.log(11_000), sigma: 0.35)).clamped(to: 4_000...250_000)
        try writeAttachment(
            id: id, ownerType: "order", owner: order, key: Self.invoiceKey(tenantID: tenantID, order: order, paidAt: row.occurredAt),
            contentType: "application/xml", size: size, createdAt: row.occurredAt, using: &g)
    }

    /// `invoices/<tenant>/<yyyy>/<mm>/<order>.xml` (month of the payment, UTC).
    static func invoiceKey(tenantID: UUIDValue, order: UUIDValue, paidAt: Int64) -> String {
        let (y, m, _) = CivilCalendar.civil(days: paidAt.floorDiv(CivilCalendar.microsPerDay))
        return "invoices/" + tenantID.description + "/" + String(y) + "/" + LedgerText.two(m) + "/" + order.description + ".xml"
    }
}
