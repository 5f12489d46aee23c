/// The event, audit and attachment side of a dataset, as pure functions of
/// (scenario, seed, address) on top of `FinanceModel`.
///
/// Like the finance model it stores nothing per row: every outbox event,
/// audit entry and attachment is derived again from the tenant, user and
/// ledger row it describes, so the tables agree with the rows by construction.
/// Its draws use streams under `"events"`, apart from the finance streams, so
/// generating events never shifts a finance value.
struct EventModel: Sendable {
    let finance: FinanceModel
    let keys: Keys
    let clock: OutboxClock

    struct Keys: Sendable {
        let eventID, delivery, erasure, auditID, audit, attachmentID, attachment: StreamKey
        /// Retail: restock event ids and draws, order invoice attachments.
        let restockID, restock, invoiceID, invoice: StreamKey
        init(_ root: StreamKey) {
            eventID = root.child("event.id"); delivery = root.child("event.delivery")
            erasure = root.child("user.erasure"); auditID = root.child("audit.id"); audit = root.child("audit")
            attachmentID = root.child("attachment.id"); attachment = root.child("attachment")
            restockID = root.child("event.inventory.id"); restock = root.child("event.inventory")
            invoiceID = root.child("attachment.invoice.id"); invoice = root.child("attachment.invoice")
        }
    }

    init(finance: FinanceModel, seed: UInt64) {
        self.finance = finance
        keys = Keys(StreamKey(seed: seed, stream: "events"))
        clock = OutboxClock(finance: finance, extraLanes: OutboxGenerator.restockLanes(finance.retail))
    }

    var scenario: Scenario { finance.scenario }

    /// When an inactive user's account was flagged `is_active = false`: `grace_days` after churn.
    func deactivatedAt(churnAt: Int64) -> Int64 {
        churnAt + Int64(scenario.churn.graceDays) * CivilCalendar.microsPerDay
    }

    /// When an erased user's data was anonymized: within 30 days after deactivation, before "now".
    ///
    /// The users table has no column for it; the outbox (`UserAnonymized`) and
    /// the audit trail (`anonymize`) both use this instant.
    func erasedAt(tenant t: Int, user u: Int, churnAt: Int64) -> Int64 {
        let from = deactivatedAt(churnAt: churnAt) + 1
        let room = min(30 * CivilCalendar.microsPerDay, scenario.nowMicros - 1 - from)
        guard room > 0 else { return from }
        var g = keys.erasure.child(t).generator(u)
        return from + g.uniform(0...room)
    }
}

/// Whether a ledger row went through authorization before its final status.
///
/// Card payments are authorized (written `pending`) and settle or are voided
/// hours later, so their rows carry two events: `TransactionAuthorized` at
/// `occurred_at`, then `TransactionPosted` or `TransactionReversed` at
/// `updated_at`. Rows still `pending` have only the first. Everything else
/// (credits, PIX, fees, instalment parcels, refunds, declines) is decided
/// when written: one event at `updated_at`.
extension LedgerRow {
    var isTwoPhase: Bool {
        switch status {
        case .pending: true
        case .reversed: true
        case .failed: false
        case .posted: channel == .card && purpose != .refund && purpose != .orderRefund && installment <= 1 && updatedAt > occurredAt
        }
    }

    /// The event that put the row in its current status.
    var finalEvent: EventKind? {
        switch status {
        case .pending: nil
        case .posted: .transactionPosted
        case .failed: .transactionFailed
        case .reversed: .transactionReversed
        }
    }
}
