/// What an `InventoryRestocked` payload is made from: the inventory row's address and
/// the delivery that last filled it.
struct RestockFacts {
    let product: Int
    let location: Int
    let threshold: Int64
    /// Units the delivery brought: a few reorder lots (drawn from the event's own stream,
    /// so the `inventory` row's figures never shift).
    let unitsReceived: Int64
}
