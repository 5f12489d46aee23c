import FortressSeed
import Foundation
import Testing

@Suite struct TimestampEncodingTests {
    /// Expected strings computed with Python's proleptic-Gregorian `datetime`
    /// and checked against PostgreSQL 15 (`timestamptz` output in UTC).
    @Test("Fixed instants", arguments: [
        (Int64(0), "1970-01-01T00:00:00+00:00"),
        (1, "1970-01-01T00:00:00.000001+00:00"),
        (-1, "1969-12-31T23:59:59.999999+00:00"),
        (-1_000_000, "1969-12-31T23:59:59+00:00"),
        (-500_000, "1969-12-31T23:59:59.500000+00:00"),
        (1_772_368_496_123_456, "2026-03-01T12:34:56.123456+00:00"),
        (1_772_368_496_000_000, "2026-03-01T12:34:56+00:00"),
        (951_868_799_999_999, "2000-02-29T23:59:59.999999+00:00"),
        (-2_203_934_400_000_000, "1900-02-28T12:00:00+00:00"),
        (-2_203_891_200_000_000, "1900-03-01T00:00:00+00:00"),
        (-11_670_976_371_999_991, "1600-02-29T06:07:08.000009+00:00"),
        (-12_219_292_800_000_000, "1582-10-15T00:00:00+00:00"),
        (-12_219_292_801_000_000, "1582-10-14T23:59:59+00:00"),
        (-62_135_596_799_999_999, "0001-01-01T00:00:00.000001+00:00"),
        (-62_104_060_801_000_000, "0001-12-31T23:59:59+00:00"),
        (-30_610_656_000_000_000, "0999-12-27T00:00:00+00:00"),
        (253_402_214_400_000_000, "9999-12-31T00:00:00+00:00"),
        (-62_135_596_800_000_000, "0001-01-01T00:00:00+00:00"),
        (253_402_300_799_999_999, "9999-12-31T23:59:59.999999+00:00"),
    ])
    func fixedInstant(micros: Int64, expected: String) {
        #expect(EncodingTestSupport.encode { $0.appendTimestamp(micros: micros) } == expected)
    }

    @Test("Fixed dates", arguments: [
        (Int64(-719_162), "0001-01-01"), (0, "1970-01-01"), (-1, "1969-12-31"), (11_016, "2000-02-29"),
        (47_541, "2100-03-01"), (-135_081, "1600-02-29"), (2_932_896, "9999-12-31"), (-141_438, "1582-10-04"),
    ])
    func fixedDate(days: Int64, expected: String) {
        #expect(EncodingTestSupport.encode { $0.appendDate(days: days) } == expected)
    }

    @Test("Supported ranges are exactly years 0001 through 9999")
    func ranges() {
        let lower = ByteBuffer.supportedTimestampMicros.lowerBound
        let upper = ByteBuffer.supportedTimestampMicros.upperBound
        #expect(EncodingTestSupport.encode { $0.appendTimestamp(micros: lower) } == "0001-01-01T00:00:00+00:00")
        #expect(EncodingTestSupport.encode { $0.appendTimestamp(micros: upper) } == "9999-12-31T23:59:59.999999+00:00")
        #expect(ByteBuffer.supportedDateDays.lowerBound * 86_400_000_000 == lower)
        #expect((ByteBuffer.supportedDateDays.upperBound + 1) * 86_400_000_000 - 1 == upper)
    }

    @Test("Random instants from 1583 to 9999 match Foundation's Gregorian calendar", arguments: EncodingTestSupport.seeds)
    func matchesFoundation(seed: UInt64) throws {
        // Foundation's .gregorian switches to the Julian calendar before 1582-10-15; PostgreSQL does not.
        let from: Int64 = -12_212_553_600_000_000  // 1583-01-01
        try checkAgainstFoundation(seed: seed, count: 4_000, range: from...ByteBuffer.supportedTimestampMicros.upperBound)
    }

    @Test("Random instants within ten days of the epoch match Foundation", arguments: EncodingTestSupport.seeds)
    func aroundEpoch(seed: UInt64) throws {
        let tenDays: Int64 = 10 * 86_400_000_000
        try checkAgainstFoundation(seed: seed, count: 4_000, range: -tenDays...tenDays)
    }

    @Test("Random civil times in years 1-9999 round-trip through a naive day count", arguments: EncodingTestSupport.seeds)
    func roundTripsCivil(seed: UInt64) {
        var rng = EncodingTestRNG(seed: seed)
        for _ in 0..<5_000 {
            let year = Int64.random(in: 1...9999, using: &rng)
            let month = Int64.random(in: 1...12, using: &rng)
            let day = Int64.random(in: 1...Self.daysIn(month: month, year: year), using: &rng)
            let second = Int64.random(in: 0..<86_400, using: &rng)
            let fraction = Bool.random(using: &rng) ? 0 : Int64.random(in: 0..<1_000_000, using: &rng)
            let days = Self.naiveDaysSinceEpoch(year: year, month: month, day: day)
            let micros = (days * 86_400 + second) * 1_000_000 + fraction

            var expected = Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
            #expect(EncodingTestSupport.encode { $0.appendDate(days: days) } == expected)
            expected += "T" + Self.pad(second / 3600, 2) + ":" + Self.pad(second / 60 % 60, 2) + ":" + Self.pad(second % 60, 2)
            if fraction != 0 { expected += "." + Self.pad(fraction, 6) }
            expected += "+00:00"
            #expect(EncodingTestSupport.encode { $0.appendTimestamp(micros: micros) } == expected)
        }
    }

    @Test("Every microsecond offset near a second boundary before and after 1970 is floored")
    func flooring() {
        for micros in Int64(-2_000_100)...Int64(-1_999_900) {
            let text = EncodingTestSupport.encode { $0.appendTimestamp(micros: micros) }
            let expectedSecond = micros < -2_000_000 ? "57" : "58"
            #expect(text.hasPrefix("1969-12-31T23:59:" + expectedSecond))
        }
    }

    // MARK: - References

    private func checkAgainstFoundation(
        seed: UInt64, count: Int, range: ClosedRange<Int64>,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var rng = EncodingTestRNG(seed: seed)
        var buffer = ByteBuffer(capacity: 64)
        for _ in 0..<count {
            let micros = Int64.random(in: range, using: &rng)
            buffer.removeAll()
            buffer.appendTimestamp(micros: micros)
            let text = buffer.description

            // Date is a Double: compare whole seconds through the calendar, the fraction exactly.
            let seconds = micros >= 0 ? micros / 1_000_000 : -((-micros + 999_999) / 1_000_000)
            let fraction = micros - seconds * 1_000_000
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            var expected = Self.pad(Int64(c.year!), 4) + "-" + Self.pad(Int64(c.month!), 2) + "-"
                + Self.pad(Int64(c.day!), 2) + "T" + Self.pad(Int64(c.hour!), 2) + ":"
                + Self.pad(Int64(c.minute!), 2) + ":" + Self.pad(Int64(c.second!), 2)
            if fraction != 0 { expected += "." + Self.pad(fraction, 6) }
            expected += "+00:00"
            #expect(text == expected, "micros \(micros)", sourceLocation: sourceLocation)

            // The date encoder agrees with the timestamp's date part.
            let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
            #expect(EncodingTestSupport.encode { $0.appendDate(days: days) } == String(text.prefix(10)),
                    sourceLocation: sourceLocation)
        }
    }

    static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func isLeap(_ year: Int64) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        let lengths: [Int64] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return month == 2 && isLeap(year) ? 29 : lengths[Int(month - 1)]
    }

    /// Days from 1970-01-01 by counting whole years and months: slow, obviously right.
    static func naiveDaysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = year - 1
        let daysBeforeYear = 365 * y + y / 4 - y / 100 + y / 400  // since 0001-01-01
        var daysBeforeMonth: Int64 = 0
        for m in 1..<month { daysBeforeMonth += daysIn(month: m, year: year) }
        return daysBeforeYear + daysBeforeMonth + (day - 1) - 719_162
    }
}
