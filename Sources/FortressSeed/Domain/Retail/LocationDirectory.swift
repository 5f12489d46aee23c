/// Stores, warehouses and dark stores: stores first, then warehouses, then dark stores.
struct LocationDirectory: Sendable {
    let stores: Int
    let warehouses: Int
    let darkStores: Int
    let key: StreamKey
    let nowMicros: Int64

    init(retail: Scenario.Retail, seed: UInt64, nowMicros: Int64) {
        stores = retail.stores
        warehouses = retail.warehouses
        darkStores = retail.darkStores
        key = StreamKey(seed: seed, stream: "locations")
        self.nowMicros = nowMicros
    }

    var count: Int { stores + warehouses + darkStores }

    func kind(_ l: Int) -> GroceryLocationKind {
        l < stores ? .store : l < stores + warehouses ? .warehouse : .darkStore
    }

    /// Index of `l` among the locations of its kind.
    func ordinal(_ l: Int) -> Int {
        l < stores ? l : l < stores + warehouses ? l - stores : l - stores - warehouses
    }

    func id(_ l: Int) -> UUIDValue {
        var g = key.child("id").generator(l)
        return UUIDValue(randomBits: g.next(), g.next())
    }

    func name(_ l: Int) -> String { GroceryLocations.name(kind: kind(l), at: ordinal(l)) }
    func site(_ l: Int) -> GroceryLocationSite { GroceryLocations.site(kind: kind(l), at: ordinal(l)) }

    /// Locations that sell to customers (stores and dark stores), for orders.
    var sellingLocations: [Int] { Array(0..<stores) + Array((stores + warehouses)..<count) }

    func openedAt(_ l: Int) -> Int64 {
        var g = key.child("opened").generator(l)
        return nowMicros - (3 * 365 + Int64(g.uniform(below: 7 * 365))) * CivilCalendar.microsPerDay
    }
}
