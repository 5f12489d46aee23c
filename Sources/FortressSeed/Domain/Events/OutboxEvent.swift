/// One event of a lane, before it is placed on the outbox clock and written.
///
/// Holds what its payload is made from (not the payload itself), so a lane's
/// buffer is an array of plain values reused from lane to lane.
struct OutboxEvent {
    var kind: EventKind
    /// When the mutation happened: the payload's `occurred_at`.
    var occurredAt: Int64
    /// 1, 2, ... per aggregate, in time order.
    var version: Int
    /// Position in the lane as collected: the address of the event's own draws.
    var order: Int
    var subject: Subject

    /// What the event is about.
    enum Subject {
        case user(locale: UserLocale, hasEmail: Bool, hasPhone: Bool)
        case account(id: UUIDValue, kind: AccountKind, currency: Currency)
        case transaction(LedgerRow)
        /// The debit (`transfer`) leg and the credit leg.
        case transfer(LedgerRow, LedgerRow)
        /// A state the order entered (`OrderPlan.transitions`).
        case order(OrderEventFacts)
        /// An inventory row's last restock (no tenant).
        case restock(RestockFacts)
    }
}

/// Collects the events of one lane: the owner's own events plus, as a
/// `LedgerSink`, those the owner's ledger rows imply.
struct OutboxLane: LedgerSink {
    var events: [OutboxEvent] = []
    /// The lane owner's order payments and refunds, for the order events.
    var orders = OrderLedgerLinks()
    /// A posted transfer leg waiting for its credit leg (emitted right after it).
    private var openTransfer: LedgerRow?

    mutating func reset() {
        events.removeAll(keepingCapacity: true)
        orders.reset()
        openTransfer = nil
    }

    mutating func add(_ kind: EventKind, at time: Int64, version: Int = 1, _ subject: OutboxEvent.Subject) {
        events.append(OutboxEvent(kind: kind, occurredAt: time, version: version, order: events.count, subject: subject))
    }

    mutating func emit(_ row: LedgerRow) throws {
        orders.record(row)
        if row.isTwoPhase {
            add(.transactionAuthorized, at: row.occurredAt, .transaction(row))
            if let final = row.finalEvent { add(final, at: row.updatedAt, version: 2, .transaction(row)) }
        } else if let final = row.finalEvent {
            add(final, at: row.updatedAt, .transaction(row))
        }
        if let debit = openTransfer, row.type == .credit, row.referenceSeq == debit.seq, row.account == debit.counterparty {
            add(.transferCompleted, at: max(debit.updatedAt, row.updatedAt), .transfer(debit, row))
        }
        openTransfer = row.type == .transfer && row.status == .posted && row.counterparty != nil ? row : nil
    }

    /// Sorts the lane in time order (version, then collection order, breaking ties).
    mutating func sortByTime() {
        events.sort { a, b in
            (a.occurredAt, a.version, a.order) < (b.occurredAt, b.version, b.order)
        }
    }
}
