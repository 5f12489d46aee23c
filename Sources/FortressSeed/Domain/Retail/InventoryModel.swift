/// Which products each location stocks and in which named state.
///
/// Pure functions of (product, location), so carts can avoid stocked-out rows
/// and the inventory generator agrees with them without coordination.
/// Seasonal products (panetone, ovos de Páscoa, ...) are always in the
/// `seasonal` state: stocked in season, at zero out of it.
struct InventoryModel: Sendable {
    enum State: Equatable {
        case named(InventoryState)
        case seasonal(inSeason: Bool)
    }

    let key: StreamKey
    let mix: AliasTable
    let storeCoverage: Double
    let darkStoreCoverage: Double
    let nowMonth: Int
    let assortment: Assortment

    init(retail: Scenario.Retail, seed: UInt64, nowMicros: Int64) {
        key = StreamKey(seed: seed, stream: "inventory")
        assortment = Assortment(retail: retail, seed: seed)
        mix = AliasTable(weights: retail.inventoryMix.weights)
        storeCoverage = retail.storeCoverage
        darkStoreCoverage = retail.darkStoreCoverage
        nowMonth = CivilCalendar.civil(days: nowMicros.floorDiv(CivilCalendar.microsPerDay)).month
    }

    /// Whether location `l` (of `kind`) carries product `p`: among what it can carry
    /// (`Assortment`), warehouses everything, stores and dark stores their coverage.
    func isStocked(product p: Int, location l: Int, kind: GroceryLocationKind) -> Bool {
        guard assortment.carries(product: p, location: l, kind: kind) else { return false }
        var g = key.child("stocked").child(l).generator(p)
        switch kind {
        case .warehouse: return true
        case .store: return g.bernoulli(storeCoverage)
        case .darkStore: return g.bernoulli(darkStoreCoverage)
        }
    }

    func state(product p: Int, location l: Int, kind: GroceryProductKind) -> State {
        if let season = kind.season { return .seasonal(inSeason: season.months.contains(nowMonth)) }
        var g = key.child("state").child(l).generator(p)
        return .named(Mix<InventoryState>.label(at: mix.sample(using: &g)))
    }

    /// Whether an open order may reserve this row (stocked, and not at zero by design).
    func canReserve(product p: Int, location l: Int, kind: GroceryLocationKind, productKind: GroceryProductKind) -> Bool {
        guard isStocked(product: p, location: l, kind: kind) else { return false }
        switch state(product: p, location: l, kind: productKind) {
        case .named(.stockout), .seasonal(inSeason: false): return false
        default: return true
        }
    }
}
