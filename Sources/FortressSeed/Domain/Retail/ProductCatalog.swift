/// The global product catalog as pure functions of the product index.
///
/// Products are allocated to departments in contiguous ranges proportional to
/// the departments' weights; within a department, product `j` decodes a
/// scrambled index into (kind, variant, brand, package), so consecutive products
/// differ. SKUs and EAN-13s are injective in the product index; names may repeat in
/// large catalogs (another size or brand of the same thing is a different product
/// anyway). Popularity is Zipf over a permutation of all products.
struct ProductCatalog: Sendable {
    struct Facts {
        let department: GroceryDepartment
        let kind: GroceryProductKind
        let variant: String?
        let brand: GroceryBrand?
        let offer: PackageOffer
        let priceCents: Int64
    }

    let count: Int
    let key: StreamKey
    let departmentStart: [Int]
    let departments: [GroceryDepartment]
    let kindsByDepartment: [[GroceryProductKind]]
    /// `GroceryBrands.brands(for:)` per kind, cached: [department][kind].
    let brandsByKind: [[[GroceryBrand]]]
    let popularity: Zipf
    /// Odd multiplier and offset of the popularity permutation.
    let permutationA: Int
    let permutationB: Int
    let catalogCreated: Int64

    init(count: Int, skew: Double, seed: UInt64, nowMicros: Int64) {
        self.count = count
        key = StreamKey(seed: seed, stream: "products")
        departments = GroceryDepartment.allCases
        let weights = departments.map(\.weight)
        let total = weights.reduce(0, +)
        var sizes = weights.map { Int(Double(count) * $0 / total) }
        var i = 0
        while sizes.reduce(0, +) < count { sizes[i % sizes.count] += 1; i += 1 }
        var starts = [0]
        for s in sizes { starts.append(starts[starts.count - 1] + s) }
        departmentStart = starts
        kindsByDepartment = departments.map { GroceryCatalog.kinds(in: $0) }
        brandsByKind = kindsByDepartment.map { kinds in kinds.map { GroceryBrands.brands(for: $0) } }
        popularity = Zipf(n: max(count, 1), s: skew)
        (permutationA, permutationB) = Self.popularityPermutation(count: count, seed: seed)
        // Every product is at least two years old: older than any inventory restock.
        catalogCreated = nowMicros - 4 * 365 * CivilCalendar.microsPerDay
    }

    /// The product at popularity rank `r` (0-based) is `(r * a + b) % count`.
    static func popularityPermutation(count: Int, seed: UInt64) -> (a: Int, b: Int) {
        var g = StreamKey(seed: seed, stream: "products").child("permutation").generator(0)
        return (coprime(near: count / 2 + 1, to: count), g.uniform(below: max(count, 1)))
    }

    static func coprime(near n: Int, to m: Int) -> Int {
        guard m > 1 else { return 1 }
        var a = max(1, n)
        while gcd(a, m) != 1 { a += 1 }
        return a
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    func departmentIndex(of p: Int) -> Int {
        var lo = 0, hi = departmentStart.count - 2
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if departmentStart[mid] <= p { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    func id(_ p: Int) -> UUIDValue {
        var g = key.child("id").generator(p)
        return UUIDValue(randomBits: g.next(), g.next())
    }

    /// A product by popularity (best sellers most often).
    func pick<R: RandomNumberGenerator>(using g: inout R) -> Int {
        ((popularity.sample(using: &g) - 1) &* permutationA &+ permutationB) % count
    }

    func facts(_ p: Int) -> Facts {
        let d = departmentIndex(of: p)
        let department = departments[d]
        let kinds = kindsByDepartment[d]
        let j = p - departmentStart[d]
        // Mixed-radix decode of a scrambled index: kind, variant, brand, offer.
        var g = key.child("combo").generator(d)
        var x = j &* 2_654_435_761 &+ g.uniform(below: 1_000_003)
        x = x & Int.max
        let kindIndex = x % kinds.count
        let kind = kinds[kindIndex]
        let brands = brandsByKind[d][kindIndex]
        x /= kinds.count
        let variant = kind.variants.isEmpty ? nil : kind.variants[x % kind.variants.count]
        if !kind.variants.isEmpty { x /= kind.variants.count }
        var brand: GroceryBrand? = nil
        if kind.isBranded {
            let choices = brands.count + 1
            let b = x % choices
            x /= choices
            brand = b == brands.count || brands.isEmpty ? GroceryBrands.storeBrand : brands[b]
        }
        let offer = kind.offers[x % kind.offers.count]
        var pg = key.child("price").generator(p)
        let ending = PriceEnding(style: [0, 0, 0, 0, 0, 0, 1, 1, 1, 2][pg.uniform(below: 10)])
        let price = GroceryPricing.shelfPriceCents(baseCents: offer.basePriceCents, tier: brand?.tier, ending: ending)
        return Facts(department: department, kind: kind, variant: variant, brand: brand, offer: offer, priceCents: price)
    }

    func name(_ f: Facts) -> String {
        GroceryCatalog.productName(kind: f.kind, variant: f.variant, brand: f.brand, size: f.offer.size)
    }

    func sku(_ p: Int) -> String {
        GroceryCodes.sku(department: departments[departmentIndex(of: p)], index: p)
    }

    func ean13(_ p: Int) -> String {
        // p ↦ (a·p + c) mod 2·10⁹ with a coprime to 2·10⁹ is a bijection: barcodes never repeat.
        GroceryCodes.ean13(serial: (p &* 1_103_515_247 &+ 12_345) % GroceryCodes.ean13SerialCount)
    }

    /// When product `p` entered the catalog: most over the last three years.
    func createdAt(_ p: Int) -> Int64 {
        var g = key.child("created").generator(p)
        return catalogCreated + g.uniform(0...(2 * 365 * CivilCalendar.microsPerDay))
    }
}
