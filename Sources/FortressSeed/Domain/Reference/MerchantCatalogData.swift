/// One kind of Brazilian merchant: its MCC, spending category and a name template.
///
/// Names are `prefix + " " + suffix` ("Supermercado" + "Bom Preço"), so a kind offers
/// `prefixes.count × suffixes.count` distinct names; across all kinds every name is
/// distinct too. Names are fictional on purpose: no real chain or brand appears.
public struct MerchantKind: Sendable {
    /// Stable identifier, e.g. "supermarket".
    public let key: String
    /// The ISO 18245 code card networks would report.
    public let mcc: MerchantCategoryCode
    /// The pt_BR subcategory name in `CategoryTreeTemplate` this kind belongs to, also the
    /// `merchants.category` label, e.g. "Supermercado".
    public let category: String
    /// Share of the merchant catalog made of this kind (relative).
    public let weight: Double
    /// First part of the name, with relative weights.
    public let prefixes: WeightedTable<String>
    /// Second part of the name, with relative weights.
    public let suffixes: WeightedTable<String>
    /// Roughly the 10th...90th percentile of one purchase, in centavos.
    public let typicalAmountCents: ClosedRange<Int64>
    /// Whether customers usually pay it monthly (utilities, streaming, rent, gym, school).
    public let isRecurring: Bool

    /// Number of distinct names this kind can produce.
    public var nameCount: Int { prefixes.count * suffixes.count }

    /// The name made of prefix number `prefix` and suffix number `suffix`.
    public func name(prefix: Int, suffix: Int) -> String {
        prefixes[prefix].value + " " + suffixes[suffix].value
    }

    /// The `index`-th name (0 ≤ index < `nameCount`), suffix varying fastest: a bijection,
    /// so a merchant's row index can pick a unique name.
    public func name(at index: Int) -> String {
        precondition((0..<nameCount).contains(index), "merchant name index out of range")
        return name(prefix: index / suffixes.count, suffix: index % suffixes.count)
    }
}

/// Merchant kinds realistic for Brazil, for building the global `merchants` catalog.
///
/// Every kind's `mcc` and `category` match a subcategory of `CategoryTreeTemplate` (a
/// test checks both directions), so merchants built here categorise themselves through
/// `CategoryTreeTemplate.subcategory(for:merchantName:)`.
public enum MerchantCatalogData {
    /// All kinds, grouped by top-level category, in a fixed order.
    public static let kinds: [MerchantKind] = foodKinds + homeAndTransportKinds + healthAndEducationKinds
        + leisureAndTravelKinds + shoppingKinds + servicesKinds

    /// The kind with `key`, or nil.
    public static func kind(key: String) -> MerchantKind? {
        kinds.first { $0.key == key }
    }

    /// Every distinct MCC used by some kind, ascending.
    public static var mccs: [MerchantCategoryCode] {
        var codes: [MerchantCategoryCode] = []
        for kind in kinds where !codes.contains(kind.mcc) {
            codes.append(kind.mcc)
        }
        return codes.sorted()
    }

    static func kind(
        _ key: String, mcc: MerchantCategoryCode, category: String, weight: Double,
        cents: ClosedRange<Int64>, recurring: Bool = false,
        prefixes: [String], suffixes: [String]
    ) -> MerchantKind {
        MerchantKind(
            key: key, mcc: mcc, category: category, weight: weight,
            prefixes: ranked(prefixes), suffixes: ranked(suffixes),
            typicalAmountCents: cents, isRecurring: recurring)
    }

    /// Weights n, n−1, ..., 1 for n values: earlier entries are the more common.
    static func ranked(_ values: [String]) -> WeightedTable<String> {
        values.enumerated().map { (value: $0.element, weight: Double(values.count - $0.offset)) }
    }
}
