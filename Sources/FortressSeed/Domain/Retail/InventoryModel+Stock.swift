/// An inventory row's figures as pure functions of (product, location): the one place
/// that decides `reorder_threshold`, `quantity` and `last_restock_at`, so the
/// `inventory` rows and the `InventoryRestocked` events cannot disagree.
extension InventoryModel {
    /// What a stocked (product, location) row holds at "now".
    struct Stock {
        let threshold: Int64
        /// Units on hand, at least the units open orders reserve.
        let quantity: Int64
        /// The last delivery into the row: `inventory.last_restock_at`.
        let lastRestockAt: Int64
    }

    /// The row's figures; `held` is the units open orders reserve there (`reserved`).
    ///
    /// Draws from the row's own stream in a fixed order (threshold, a recent restock,
    /// then the state's quantity and, for states that restock rarely, an older
    /// restock), so `held` changes only the `high_reservation` quantity, never a time.
    func stock(product p: Int, location l: Int, locationKind: GroceryLocationKind, productKind: GroceryProductKind, held: Int64, now: Int64) -> Stock {
        let day = CivilCalendar.microsPerDay
        var g = key.child("row").child(l).generator(p)
        let threshold = Int64(locationKind == .warehouse ? 40 + g.uniform(below: 160) : 5 + g.uniform(below: 40))
        var quantity: Int64
        var restocked = now - g.uniform(day...(20 * day))
        switch state(product: p, location: l, kind: productKind) {
        case .named(.healthy): quantity = threshold * 2 + g.uniform(0...(threshold * 4))
        case .named(.low):
            quantity = 1 + g.uniform(0...(threshold - 1))
            restocked = now - g.uniform((15 * day)...(45 * day))
        case .named(.stockout):
            quantity = 0
            restocked = now - g.uniform((20 * day)...(60 * day))
        case .named(.overstock): quantity = threshold * 12 + g.uniform(0...(threshold * 20))
        case .named(.highReservation): quantity = held + g.uniform(0...2)
        case .named(.stale):
            quantity = threshold + g.uniform(0...(threshold * 3))
            restocked = now - g.uniform((120 * day)...(400 * day))
        case .seasonal(let inSeason):
            quantity = inSeason ? threshold * 6 + g.uniform(0...(threshold * 10)) : 0
            if !inSeason { restocked = now - g.uniform((60 * day)...(300 * day)) }
        }
        return Stock(threshold: threshold, quantity: max(quantity, held), lastRestockAt: restocked)
    }

    /// `inventory.last_restock_at` of a stocked row (what `stock` decides; reservations do not matter).
    func lastRestock(product p: Int, location l: Int, locationKind: GroceryLocationKind, productKind: GroceryProductKind, now: Int64) -> Int64 {
        stock(product: p, location: l, locationKind: locationKind, productKind: productKind, held: 0, now: now).lastRestockAt
    }

    /// `inventory.id` of the (product, location) row.
    func rowID(product p: Int, location l: Int) -> UUIDValue {
        var g = key.child("id").child(l).generator(p)
        return UUIDValue(randomBits: g.next(), g.next())
    }
}
