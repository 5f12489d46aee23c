import FortressSeed
import Testing

@Suite struct PackageSizeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let packCount: Int
        let amount: Int
        let measure: PackageMeasure
        let unit: SaleUnit
        var testDescription: String { label }
    }

    static let valid: [Case] = [
        Case(label: "5kg", packCount: 1, amount: 5_000, measure: .grams, unit: .unit),
        Case(label: "500g", packCount: 1, amount: 500, measure: .grams, unit: .unit),
        Case(label: "2,5kg", packCount: 1, amount: 2_500, measure: .grams, unit: .unit),
        Case(label: "10,1kg", packCount: 1, amount: 10_100, measure: .grams, unit: .unit),
        Case(label: "1L", packCount: 1, amount: 1_000, measure: .milliliters, unit: .unit),
        Case(label: "1,5L", packCount: 1, amount: 1_500, measure: .milliliters, unit: .unit),
        Case(label: "350ml", packCount: 1, amount: 350, measure: .milliliters, unit: .unit),
        Case(label: "12x350ml", packCount: 12, amount: 350, measure: .milliliters, unit: .unit),
        Case(label: "6x1,5L", packCount: 6, amount: 1_500, measure: .milliliters, unit: .unit),
        Case(label: "50x20g", packCount: 50, amount: 20, measure: .grams, unit: .unit),
        Case(label: "30un", packCount: 1, amount: 30, measure: .units, unit: .unit),
        Case(label: "un", packCount: 1, amount: 1, measure: .units, unit: .unit),
        Case(label: "kg", packCount: 1, amount: 1_000, measure: .grams, unit: .kilogram),
        Case(label: "L", packCount: 1, amount: 1_000, measure: .milliliters, unit: .liter),
    ]

    @Test("Labels parse into count, amount, measure and sale unit", arguments: valid)
    func parses(expected: Case) throws {
        let size = try #require(PackageSize(label: expected.label))
        #expect(size.label == expected.label)
        #expect(size.packCount == expected.packCount)
        #expect(size.amountPerItem == expected.amount)
        #expect(size.netAmount == expected.packCount * expected.amount)
        #expect(size.measure == expected.measure)
        #expect(size.saleUnit == expected.unit)
        #expect(size.isSoldByMeasure == (expected.unit != .unit))
    }

    @Test("Malformed labels are rejected")
    func rejects() {
        for label in ["", "x", "g", "ml", "0g", "05kg", "1,5g", "1,50L", "1,L", ",5L", "1x350ml", "12x", "x350ml",
                      "12xun", "5 kg", "5KG", "kgs", "1234567g", "12x12x1L", "1,0001kg", "-5kg"] {
            #expect(PackageSize(label: label) == nil, "\(label)")
        }
    }

    @Test("Sale units and measures use shelf symbols")
    func symbols() {
        #expect(SaleUnit.allCases.map(\.rawValue) == ["un", "kg", "L"])
        #expect(PackageMeasure.allCases.map(\.rawValue) == ["g", "ml", "un"])
        #expect(StorageTemperature.allCases.map(\.rawValue) == ["ambient", "chilled", "frozen"])
    }
}
