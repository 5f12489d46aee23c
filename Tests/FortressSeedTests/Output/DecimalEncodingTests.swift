import FortressSeed
import Foundation
import Testing

@Suite struct DecimalEncodingTests {
    @Test("Fixed cases", arguments: [
        (Int64(12_345), 2, "123.45"), (-5, 2, "-0.05"), (7, 0, "7"), (1, 6, "0.000001"),
        (0, 2, "0.00"), (0, 0, "0"), (-7, 0, "-7"), (100, 2, "1.00"), (-100, 2, "-1.00"),
        (99, 2, "0.99"), (-1, 1, "-0.1"), (123_456_789, 4, "12345.6789"),
        (Int64.max, 2, "92233720368547758.07"), (Int64.min, 2, "-92233720368547758.08"),
        (Int64.min, 19, "-0.9223372036854775808"), (Int64.max, 18, "9.223372036854775807"),
        (1, 19, "0.0000000000000000001"),
    ])
    func fixedCase(minorUnits: Int64, scale: Int, expected: String) {
        #expect(EncodingTestSupport.encode { $0.appendDecimal(minorUnits: minorUnits, scale: scale) } == expected)
    }

    @Test("Random values match an integer-division reference and parse back exactly", arguments: EncodingTestSupport.seeds)
    func randomValues(seed: UInt64) throws {
        var rng = EncodingTestRNG(seed: seed)
        var buffer = ByteBuffer(capacity: 32)
        for _ in 0..<10_000 {
            let minorUnits = Int64(bitPattern: rng.next()) >> Int64.random(in: 0...63, using: &rng)
            let scale = Int.random(in: 0...19, using: &rng)
            buffer.removeAll()
            buffer.appendDecimal(minorUnits: minorUnits, scale: scale)
            let text = buffer.description
            #expect(text == Self.reference(minorUnits: minorUnits, scale: scale))

            // Independent check: Foundation's Decimal reads the same number back.
            let parsed = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
            let expected = Decimal(sign: minorUnits < 0 ? .minus : .plus, exponent: -scale,
                                   significand: Decimal(minorUnits.magnitude))
            #expect(parsed == expected, "\(minorUnits) scale \(scale) -> \(text)")
        }
    }

    /// Builds the expected text from `String` and integer division.
    static func reference(minorUnits: Int64, scale: Int) -> String {
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = minorUnits.magnitude
        guard scale > 0 else { return sign + String(magnitude) }
        var unit: UInt64 = 1
        for _ in 0..<scale { unit *= 10 }
        let fraction = String(magnitude % unit)
        return sign + String(magnitude / unit) + "."
            + String(repeating: "0", count: scale - fraction.count) + fraction
    }
}
