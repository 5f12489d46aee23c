/// The supermarket side as pure functions: catalog, locations, inventory states,
/// and each user's carts and orders.
public struct RetailModel: Sendable {
    let scenario: Scenario
    let key: StreamKey
    let catalog: ProductCatalog
    let locations: LocationDirectory
    let inventory: InventoryModel
    let selling: [Int]

    init(scenario: Scenario, seed: UInt64) {
        self.scenario = scenario
        key = StreamKey(seed: seed, stream: "retail")
        catalog = ProductCatalog(count: scenario.retail.products, skew: scenario.retail.popularitySkew, seed: seed, nowMicros: scenario.nowMicros)
        locations = LocationDirectory(retail: scenario.retail, seed: seed, nowMicros: scenario.nowMicros)
        inventory = InventoryModel(retail: scenario.retail, seed: seed, nowMicros: scenario.nowMicros)
        selling = locations.sellingLocations
    }

    func cartID(tenant t: Int, user u: Int, cart c: Int) -> UUIDValue {
        var g = key.child("cart.id").child(t).child(u).generator(c)
        return UUIDValue(randomBits: g.next(), g.next())
    }

    func orderID(tenant t: Int, user u: Int, cart c: Int) -> UUIDValue {
        var g = key.child("order.id").child(t).child(u).generator(c)
        return UUIDValue(randomBits: g.next(), g.next())
    }

    /// The charge id of the order at the supermarket's payment gateway (`FMK` + 16
    /// alphanumerics), whatever instrument pays it: the ledger row's `reference`.
    func paymentReference(tenant t: Int, user u: Int, cart c: Int) -> String {
        var b = ByteBuffer(capacity: 19)
        writePaymentReference(tenant: t, user: u, cart: c, into: &b)
        return String(decoding: b.bytes, as: UTF8.self)
    }

    /// Appends `paymentReference(tenant:user:cart:)`'s bytes (same draws), without a `String`:
    /// the transactions table writes one per order payment.
    func writePaymentReference(tenant t: Int, user u: Int, cart c: Int, into b: inout ByteBuffer) {
        var g = key.child("payment.ref").child(t).child(u).generator(c)
        b.append("FMK")
        b.appendUnsafe(maxCount: 16) { p in
            References.alphanumerics.withUnsafeBufferPointer { table in
                for i in 0..<16 { p[i] = table[g.uniform(below: table.count)] }
            }
            return 16
        }
    }
}
