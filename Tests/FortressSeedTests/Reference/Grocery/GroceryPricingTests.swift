import FortressSeed
import Testing

@Suite struct GroceryPricingTests {
    @Test("Styles map to ,99 / ,90 / ,49, modulo 3")
    func styles() {
        #expect(PriceEnding(style: 0) == .ninetyNine)
        #expect(PriceEnding(style: 1) == .ninety)
        #expect(PriceEnding(style: 2) == .fortyNine)
        #expect(PriceEnding(style: 3) == .ninetyNine)
        #expect(PriceEnding(style: -1) == .fortyNine)
        #expect(PriceEnding(style: Int.min) == PriceEnding(style: Int(Int.min % 3 + 3)))
        #expect(GroceryPricing.endingWeights.map(\.value) == PriceEnding.allCases)
        #expect(GroceryPricing.endingWeights.allSatisfy { $0.weight > 0 })
    }

    @Test("Worked examples")
    func examples() {
        #expect(GroceryPricing.psychologicalPrice(cents: 2_940, style: 0) == 2_899)
        #expect(GroceryPricing.psychologicalPrice(cents: 2_950, style: 0) == 2_999)
        #expect(GroceryPricing.psychologicalPrice(cents: 3_000, style: 0) == 2_999)
        #expect(GroceryPricing.psychologicalPrice(cents: 0, style: 0) == 99)
        #expect(GroceryPricing.psychologicalPrice(cents: 2_939, style: 1) == 2_890)
        #expect(GroceryPricing.psychologicalPrice(cents: 2_940, style: 1) == 2_990)  // tie goes up
        #expect(GroceryPricing.psychologicalPrice(cents: 2_940, style: 2) == 2_949)
        #expect(GroceryPricing.psychologicalPrice(cents: 2_899, style: 0) == 2_899)
    }

    @Test("Results end in the ending, stay within 50 centavos and are monotone", arguments: PriceEnding.allCases)
    func endings(ending: PriceEnding) {
        var previous: Int64 = 0
        for cents in Int64(0)...30_000 {
            let price = GroceryPricing.psychologicalPrice(cents: cents, ending: ending)
            #expect(price % 100 == ending.rawValue)
            if cents >= ending.rawValue - 50 {
                #expect(abs(price - cents) <= 50, "\(cents) → \(price)")
            } else {
                #expect(price == ending.rawValue)
            }
            #expect(price >= previous)
            previous = price
        }
        let large = GroceryPricing.maximumCents
        #expect(GroceryPricing.psychologicalPrice(cents: large, ending: ending) % 100 == ending.rawValue)
    }

    @Test("Brand factors round half up; shelf prices combine factor and ending")
    func brandFactors() {
        #expect(GroceryPricing.brandAdjustedCents(baseCents: 1_000, tier: .standard) == 1_000)
        #expect(GroceryPricing.brandAdjustedCents(baseCents: 1_000, tier: .economy) == 850)
        #expect(GroceryPricing.brandAdjustedCents(baseCents: 1_000, tier: .premium) == 1_300)
        #expect(GroceryPricing.brandAdjustedCents(baseCents: 999, tier: .economy) == 849)  // 849.15
        #expect(GroceryPricing.brandAdjustedCents(baseCents: 10, tier: .economy) == 9)  // 8.5 rounds up
        #expect(GroceryPricing.shelfPriceCents(baseCents: 2_799, tier: .premium, ending: .ninetyNine) == 3_599)
        #expect(GroceryPricing.shelfPriceCents(baseCents: 699, tier: nil, ending: .ninety) == 690)
    }
}
