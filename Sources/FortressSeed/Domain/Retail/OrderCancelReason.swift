/// Why an order ended `cancelled`: the `reason` of `OrderCancelled` and of its audit entry.
///
/// The three ways `OrderPlan` can cancel an order, each with its own trace in
/// the ledger: none (never paid), a failed payment attempt or none at all
/// (the payment never posted), or a refund counter-transaction.
enum OrderCancelReason: UInt8, CaseIterable, Sendable {
    /// The customer cancelled while the order awaited payment: no money moved.
    case customerRequest
    /// The payment did not post (declined, or never attempted because the buyer left):
    /// the system cancels the order a minute after it was due.
    case paymentFailed
    /// The customer cancelled after paying, before shipping: the payment is refunded.
    case customerRequestRefunded

    var label: StaticString {
        switch self {
        case .customerRequest: "customer_request"
        case .paymentFailed: "payment_failed"
        case .customerRequestRefunded: "customer_request_refunded"
        }
    }

    /// Whether the money came back as a refund (`.orderRefund` ledger row).
    var refunded: Bool { self == .customerRequestRefunded }

    /// Whether the customer acted (else the system did).
    var byCustomer: Bool { self != .paymentFailed }
}
