/// What an order event's payload is made from: the order's address, the state it
/// entered, and the ledger rows that moved its money.
///
/// Ids are derived when the payload is written (`RetailModel.orderID`, ...), so a
/// lane's buffer holds plain values.
struct OrderEventFacts {
    /// The buyer's index in the tenant (the lane's user) and the cart the order came from.
    let owner: Int
    let cart: Int
    let status: OrderStatusLabel
    let location: Int
    let totalCents: Int64
    /// Cart lines, and units over them.
    let items: Int
    let units: Int
    /// `OrderPaid`: the posted payment row.
    var payment: OrderLedgerLinks.Payment? = nil
    /// `OrderCancelled`: why, and the refund row when the order had been paid.
    var reason: OrderCancelReason? = nil
    var refundSeq: Int? = nil
}
