/// The ledger rows one owner's orders left: each cart's posted payment and its refund.
///
/// Fed row by row while the owner's ledger runs (as part of a `LedgerSink`), so
/// the outbox and the audit trail learn which payments posted from the very rows
/// `transactions` holds, exactly as `OrderGenerator` does for `orders.status`.
/// The maps are only looked up by cart index, never iterated, so their order
/// never reaches the output.
struct OrderLedgerLinks: LedgerSink {
    /// A posted order payment: the row's seq (its id's address) and how it was paid.
    struct Payment {
        let seq: Int
        let channel: Channel
    }

    private(set) var payments: [Int: Payment] = [:]
    /// Cart index → seq of the refund counter-transaction.
    private(set) var refunds: [Int: Int] = [:]

    mutating func reset() {
        payments.removeAll(keepingCapacity: true)
        refunds.removeAll(keepingCapacity: true)
    }

    mutating func record(_ row: LedgerRow) {
        guard row.order >= 0, row.status == .posted else { return }
        switch row.purpose {
        case .orderPayment: payments[row.order] = Payment(seq: row.seq, channel: row.channel)
        case .orderRefund: refunds[row.order] = row.seq
        default: break
        }
    }

    mutating func emit(_ row: LedgerRow) throws { record(row) }
}
