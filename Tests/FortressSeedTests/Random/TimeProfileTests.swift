import Testing
import FortressSeed

@Suite struct TimeProfileTests {
    static let shopping = TimeProfile(
        weekdayWeights: [1, 1, 1, 1.2, 1.5, 2, 1.8],
        hourWeights: [1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 2, 3, 4, 5, 5, 6, 5, 5, 5, 5, 6, 7, 8, 8, 6, 4, 2])
    /// Closed at night and all Sunday.
    static let office = TimeProfile(
        weekdayWeights: [5, 5, 5, 5, 4, 1, 0],
        hourWeights: [0, 0, 0, 0, 0, 0, 0, 1, 3, 5, 5, 5, 4, 5, 5, 5, 4, 3, 1, 0.5, 0, 0, 0, 0])
    static let offsets: [Int32] = [0, -5 * 3600, 5 * 3600 + 1800]

    @Test("Golden instants", .tags(.golden))
    func golden() {
        var rng = goldenRandomStream()
        let from = CivilCalendar.micros(year: 2024, month: 1, day: 1)
        let to = CivilCalendar.micros(year: 2025, month: 1, day: 1)
        let instants = (0..<4).map { _ in
            Self.shopping.sampleInstant(fromMicros: from, toMicros: to, utcOffsetSeconds: -18_000, using: &rng)
        }
        #expect(instants == [1_721_326_741_224_129, 1_723_678_662_909_049, 1_731_114_826_989_058, 1_719_070_387_592_280])
    }

    @Test("Whole weeks follow the weekday and hour weights in local time", arguments: offsets)
    func wholeWeeks(offset: Int32) {
        // Local Monday 2024-01-01 00:00 for 52 weeks.
        let from = CivilCalendar.micros(year: 2024, month: 1, day: 1) - Int64(offset) * 1_000_000
        let to = from + 52 * 7 * CivilCalendar.microsPerDay
        var rng = StreamKey(seed: 3, stream: "time").generator(Int(offset))
        var weekdays = [Int](repeating: 0, count: 7)
        var hours = [Int](repeating: 0, count: 24)
        for _ in 0..<40_000 {
            let t = Self.shopping.sampleInstant(fromMicros: from, toMicros: to, utcOffsetSeconds: offset, using: &rng)
            #expect(t >= from && t < to)
            let (weekday, hour) = local(t, offset)
            weekdays[weekday] += 1
            hours[hour] += 1
        }
        let weekdayStatistic = SampleStatistics.chiSquare(observed: weekdays, probabilities: Self.shopping.weekdayWeights)
        #expect(weekdayStatistic < SampleStatistics.chiSquareLimit(degreesOfFreedom: 6))
        let hourStatistic = SampleStatistics.chiSquare(observed: hours, probabilities: Self.shopping.hourWeights)
        #expect(hourStatistic < SampleStatistics.chiSquareLimit(degreesOfFreedom: 23))
        // Negative controls: judged in UTC instead of local time, or against a flat profile.
        if offset != 0 {
            var utcHours = [Int](repeating: 0, count: 24)
            var rng2 = StreamKey(seed: 3, stream: "time").generator(Int(offset))
            for _ in 0..<40_000 {
                let t = Self.shopping.sampleInstant(fromMicros: from, toMicros: to, utcOffsetSeconds: offset, using: &rng2)
                utcHours[local(t, 0).hour] += 1
            }
            #expect(SampleStatistics.chiSquare(observed: utcHours, probabilities: Self.shopping.hourWeights)
                > SampleStatistics.chiSquareLimit(degreesOfFreedom: 23))
        }
        #expect(SampleStatistics.chiSquare(observed: hours, probabilities: [Double](repeating: 1, count: 24))
            > SampleStatistics.chiSquareLimit(degreesOfFreedom: 23))
    }

    @Test("A ragged range matches the exact hour-of-week expectation", arguments: offsets)
    func raggedRange(offset: Int32) {
        // Starts mid-hour on a Thursday, ends mid-hour 3 weeks and 50-odd hours later.
        let from = CivilCalendar.micros(year: 2024, month: 2, day: 29, hour: 13, minute: 17, second: 5) + 123_456
        let to = from + 23 * CivilCalendar.microsPerDay + 2 * CivilCalendar.microsPerHour + 1_234_567_890
        let profile = Self.office
        var expected = [Double](repeating: 0, count: 168)
        let hour = CivilCalendar.microsPerHour
        let localFrom = from + Int64(offset) * 1_000_000
        let localTo = to + Int64(offset) * 1_000_000
        var start = localFrom
        while start < localTo {
            let hourStart = floorDiv(start, hour) * hour
            let end = min(hourStart + hour, localTo)
            let (weekday, h) = local(start, 0)
            expected[weekday * 24 + h] += profile.weekdayWeights[weekday] * profile.hourWeights[h]
                * Double(end - start) / Double(hour)
            start = end
        }
        var rng = StreamKey(seed: 4, stream: "ragged").generator(Int(offset))
        var counts = [Int](repeating: 0, count: 168)
        for _ in 0..<40_000 {
            let t = profile.sampleInstant(fromMicros: from, toMicros: to, utcOffsetSeconds: offset, using: &rng)
            #expect(t >= from && t < to)
            let (weekday, h) = local(t, offset)
            counts[weekday * 24 + h] += 1
        }
        let categories = expected.filter { $0 > 0 }.count
        let statistic = SampleStatistics.chiSquare(observed: counts, probabilities: expected)
        #expect(statistic < SampleStatistics.chiSquareLimit(degreesOfFreedom: categories - 1))
    }

    @Test("Partial hours are weighted by their overlap")
    func partialHours() {
        // Local (UTC+1) Wednesday 2024-01-03 10:30 to 12:15.
        let offset: Int32 = 3600
        let from = CivilCalendar.micros(year: 2024, month: 1, day: 3, hour: 9, minute: 30)
        let to = CivilCalendar.micros(year: 2024, month: 1, day: 3, hour: 11, minute: 15)
        var rng = StreamKey(seed: 9, stream: "partial").generator(0)
        var counts = [0, 0, 0]
        for _ in 0..<30_000 {
            let t = Self.shopping.sampleInstant(fromMicros: from, toMicros: to, utcOffsetSeconds: offset, using: &rng)
            #expect(t >= from && t < to)
            counts[local(t, offset).hour - 10] += 1
        }
        let w = Self.shopping.hourWeights
        let statistic = SampleStatistics.chiSquare(observed: counts, probabilities: [w[10] * 0.5, w[11], w[12] * 0.25])
        #expect(statistic < SampleStatistics.chiSquareLimit(degreesOfFreedom: 2))
    }

    @Test("Zero-weight hours and days are never chosen")
    func zeroWeights() {
        let from = CivilCalendar.micros(year: 2024, month: 3, day: 5, hour: 13, minute: 17, second: 5) + 123
        let to = CivilCalendar.micros(year: 2024, month: 3, day: 16, hour: 2, minute: 44)
        var rng = StreamKey(seed: 10, stream: "zero").generator(0)
        for _ in 0..<5_000 {
            let t = Self.office.sampleInstant(fromMicros: from, toMicros: to, utcOffsetSeconds: -7 * 3600, using: &rng)
            let (weekday, hour) = local(t, -7 * 3600)
            #expect(weekday != 6 && (7...19).contains(hour))
            #expect(t >= from && t < to)
        }
    }

    @Test("Tiny ranges and all-zero ranges stay in range")
    func tinyRanges() {
        var rng = goldenRandomStream()
        let t0 = CivilCalendar.micros(year: 2030, month: 6, day: 9, hour: 3)  // a Sunday night
        #expect(Self.office.sampleInstant(fromMicros: t0, toMicros: t0 + 1, using: &rng) == t0)
        for _ in 0..<1_000 {
            // Inside one hour.
            let a = Self.shopping.sampleInstant(fromMicros: t0 + 5, toMicros: t0 + 900, using: &rng)
            #expect(a >= t0 + 5 && a < t0 + 900)
            // Spans hours that all have weight zero: falls back to uniform.
            let b = Self.office.sampleInstant(fromMicros: t0 - 7_000_000_000, toMicros: t0 + 5_000_000_000, using: &rng)
            #expect(b >= t0 - 7_000_000_000 && b < t0 + 5_000_000_000)
            // Before the epoch, negative micros.
            let c = Self.shopping.sampleInstant(fromMicros: -10_000_000_000_000, toMicros: -9_000_000_000_000, using: &rng)
            #expect(c >= -10_000_000_000_000 && c < -9_000_000_000_000)
        }
    }

    @Test("validate describes bad weights")
    func validate() {
        let hours = [Double](repeating: 1, count: 24)
        let days = [Double](repeating: 1, count: 7)
        #expect(TimeProfile.validate(weekdayWeights: days, hourWeights: hours) == nil)
        #expect(TimeProfile.validate(weekdayWeights: [1, 2], hourWeights: hours)
            == "weekday weights need 7 values (Monday to Sunday), found 2")
        #expect(TimeProfile.validate(weekdayWeights: days, hourWeights: [1])
            == "hour weights need 24 values (00 to 23), found 1")
        #expect(TimeProfile.validate(weekdayWeights: [Double](repeating: 0, count: 7), hourWeights: hours)
            == "weekday weights must not all be zero")
        var negative = hours
        negative[5] = -1
        #expect(TimeProfile.validate(weekdayWeights: days, hourWeights: negative)
            == "hour weight 5 must not be negative, found -1.0")
        #expect(TimeProfile.flat == TimeProfile(weekdayWeights: days, hourWeights: hours))
        // Huge weights are normalized, not overflowed.
        var rng = goldenRandomStream()
        let huge = TimeProfile(weekdayWeights: [Double](repeating: 1e300, count: 7), hourWeights: hours.map { $0 * 1e300 })
        let t = huge.sampleInstant(fromMicros: 0, toMicros: 1_000 * CivilCalendar.microsPerDay, using: &rng)
        #expect(t >= 0 && t < 1_000 * CivilCalendar.microsPerDay)
    }
}

/// Local weekday (0 = Monday) and hour of a UTC instant.
private func local(_ micros: Int64, _ offsetSeconds: Int32) -> (weekday: Int, hour: Int) {
    let localMicros = micros + Int64(offsetSeconds) * 1_000_000
    let day = floorDiv(localMicros, CivilCalendar.microsPerDay)
    let hour = Int(floorDiv(localMicros - day * CivilCalendar.microsPerDay, CivilCalendar.microsPerHour))
    return (CivilCalendar.weekday(days: day), hour)
}

private func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    a >= 0 ? a / b : -((-a + b - 1) / b)
}
