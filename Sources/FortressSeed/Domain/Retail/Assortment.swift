/// Which products a location can carry at all: a shelf does not grow with the catalog.
///
/// A store or dark store can carry the `limit` most popular products (then
/// stocks each with its kind's coverage); a warehouse carries those and a
/// slice of the long tail beyond them (tail rank modulo the warehouse count),
/// so every product is stocked somewhere when there are warehouses. When the
/// catalog has at most `limit` products this changes nothing: every location
/// can carry every product. Without the limit, `inventory` (and its restock
/// events) would grow with products × locations, quadratically in `--scale`;
/// with it they grow linearly, like every other table (README, Decisions).
struct Assortment: Sendable {
    let limit: Int
    let products: Int
    let stores: Int
    let warehouses: Int
    /// The inverse of the catalog's popularity permutation: rank = (p − b) · aInverse mod products.
    let aInverse: Int
    let b: Int

    init(retail: Scenario.Retail, seed: UInt64) {
        limit = retail.assortment
        products = retail.products
        stores = retail.stores
        warehouses = retail.warehouses
        let (a, b) = ProductCatalog.popularityPermutation(count: products, seed: seed)
        self.b = b
        aInverse = products > limit ? Self.inverse(a, modulo: products) : 1
    }

    /// The expected number of `inventory` rows (one per stocked product and location), for `plan`:
    /// stores and dark stores stock their coverage of what they can carry, warehouses all of it.
    static func expectedInventoryRows(_ retail: Scenario.Retail) -> Double {
        let carried = Double(min(retail.products, retail.assortment))
        let tail = retail.warehouses > 0 ? Double(max(0, retail.products - retail.assortment)) : 0
        return Double(retail.stores) * retail.storeCoverage * carried + Double(retail.darkStores) * retail.darkStoreCoverage * carried
            + Double(retail.warehouses) * carried + tail
    }

    /// Whether location `l` (of `kind`) can carry product `p` at all.
    func carries(product p: Int, location l: Int, kind: GroceryLocationKind) -> Bool {
        guard products > limit else { return true }
        let r = rank(p)
        if r < limit { return true }
        return kind == .warehouse && (r - limit) % warehouses == l - stores
    }

    /// The popularity rank of product `p` (0: the best seller). Products are at most 10⁸, so the product fits.
    func rank(_ p: Int) -> Int {
        let shifted = ((p - b) % products + products) % products
        return shifted * aInverse % products
    }

    /// `x` with `a · x ≡ 1 (mod m)`, for `a` coprime to `m` (extended Euclid).
    static func inverse(_ a: Int, modulo m: Int) -> Int {
        var (r0, r1) = (m, a % m)
        var (t0, t1) = (0, 1)
        while r1 != 0 {
            let q = r0 / r1
            (r0, r1) = (r1, r0 - q * r1)
            (t0, t1) = (t1, t0 - q * t1)
        }
        return t0 < 0 ? t0 + m : t0
    }
}
