/// The centavos a Brazilian shelf price ends in.
///
/// Raw values are the ending itself: `PriceEnding.ninetyNine.rawValue == 99`.
public enum PriceEnding: Int64, CaseIterable, Sendable {
    /// R$ 29,99: the most common ending.
    case ninetyNine = 99
    /// R$ 29,90.
    case ninety = 90
    /// R$ 29,49: half-real steps on cheap items.
    case fortyNine = 49

    /// The ending `psychologicalPrice(cents:style:)` uses for `style`: 0 → ,99, 1 → ,90,
    /// 2 → ,49, other values modulo 3 (so any drawn integer works, negatives included).
    public init(style: Int) {
        let index = ((style % 3) + 3) % 3
        self = Self.allCases[index]
    }
}

/// Integer-only shelf price arithmetic: brand factors and psychological endings.
///
/// Money stays in centavos (`Int64`); nothing here uses floating point, so prices are
/// identical on every platform.
public enum GroceryPricing {
    /// How often Brazilian supermarkets use each ending: ,99 dominates, ,90 is common, ,49
    /// shows up on cheap items.
    public static let endingWeights: WeightedTable<PriceEnding> = [
        (value: .ninetyNine, weight: 0.60), (value: .ninety, weight: 0.30), (value: .fortyNine, weight: 0.10),
    ]

    /// Largest raw price accepted: R$ 10 trillion, far above any product, far from overflow.
    public static let maximumCents: Int64 = 1_000_000_000_000_000

    /// `cents` moved to the nearest price ending in `PriceEnding(style:)`: ,99 / ,90 / ,49.
    ///
    /// Candidates are `k × 100 + ending` for k ≥ 0; the nearest wins and a tie goes up, so
    /// the result is within 50 centavos of `cents` (or is the ending itself, for
    /// `cents < ending − 50`). Examples with ,99: 2940 → 2899, 2950 → 2999, 0 → 99.
    /// Monotone: a larger raw price never gets a smaller result.
    public static func psychologicalPrice(cents: Int64, style: Int) -> Int64 {
        psychologicalPrice(cents: cents, ending: PriceEnding(style: style))
    }

    /// `cents` moved to the nearest price ending in `ending`; see `psychologicalPrice(cents:style:)`.
    public static func psychologicalPrice(cents: Int64, ending: PriceEnding) -> Int64 {
        precondition((0...maximumCents).contains(cents), "a raw price is 0...maximumCents centavos")
        let shifted = cents - ending.rawValue + 50
        let reais = shifted < 0 ? 0 : shifted / 100
        return reais * 100 + ending.rawValue
    }

    /// `baseCents` scaled by `tier.priceFactorPermille`, rounded half up to whole centavos.
    public static func brandAdjustedCents(baseCents: Int64, tier: GroceryBrandTier) -> Int64 {
        precondition((0...maximumCents / 2_000).contains(baseCents), "base price out of range")
        return (baseCents * tier.priceFactorPermille + 500) / 1_000
    }

    /// The shelf price of an offer: `brandAdjustedCents` then `psychologicalPrice`.
    ///
    /// Pass `tier: nil` for unbranded goods (produce, counter meat), priced at the base.
    public static func shelfPriceCents(baseCents: Int64, tier: GroceryBrandTier?, ending: PriceEnding) -> Int64 {
        let adjusted = tier.map { brandAdjustedCents(baseCents: baseCents, tier: $0) } ?? baseCents
        return psychologicalPrice(cents: adjusted, ending: ending)
    }
}
