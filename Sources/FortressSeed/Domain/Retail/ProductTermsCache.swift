/// What a cart line needs of a product (sold by measure? shelf price), remembered by
/// product: replaying every user's carts in the ledger derived `ProductCatalog.facts`
/// (a tenth of the transactions pass) for the same popular products again and again.
///
/// Direct-mapped, in memory allocated once (per `LedgerScratch`), so lookups never
/// allocate; an entry is a pure function of its product, so what was cached before (or
/// on which thread) changes nothing.
final class ProductTermsCache {
    private static let slots = 4_096
    private let products: UnsafeMutablePointer<Int>
    private let prices: UnsafeMutablePointer<Int64>
    private let byMeasure: UnsafeMutablePointer<Bool>

    init() {
        products = .allocate(capacity: Self.slots)
        products.initialize(repeating: -1, count: Self.slots)
        prices = .allocate(capacity: Self.slots)
        prices.initialize(repeating: 0, count: Self.slots)
        byMeasure = .allocate(capacity: Self.slots)
        byMeasure.initialize(repeating: false, count: Self.slots)
    }

    deinit {
        products.deallocate()
        prices.deallocate()
        byMeasure.deallocate()
    }

    /// Product `p`'s line terms, from the cache or from `catalog`.
    func terms(_ p: Int, in catalog: ProductCatalog) -> CartLineTerms {
        let slot = p & (Self.slots - 1)
        if products[slot] == p { return CartLineTerms(soldByMeasure: byMeasure[slot], priceCents: prices[slot]) }
        let terms = CartLineTerms(catalog.facts(p))
        products[slot] = p
        prices[slot] = terms.priceCents
        byMeasure[slot] = terms.soldByMeasure
        return terms
    }
}

/// A product as a cart line sees it.
struct CartLineTerms {
    /// Sold by weight or volume: always quantity 1.
    let soldByMeasure: Bool
    let priceCents: Int64

    init(soldByMeasure: Bool, priceCents: Int64) {
        self.soldByMeasure = soldByMeasure
        self.priceCents = priceCents
    }

    init(_ facts: ProductCatalog.Facts) {
        self.init(soldByMeasure: facts.offer.size.isSoldByMeasure, priceCents: facts.priceCents)
    }
}

extension RetailModel {
    /// Product `p`'s line terms, through `cache` when there is one.
    func lineTerms(_ p: Int, _ cache: ProductTermsCache?) -> CartLineTerms {
        if let cache { return cache.terms(p, in: catalog) }
        return CartLineTerms(catalog.facts(p))
    }
}
