/// A distribution of instants shaped by a weekly rhythm: weekday weights times hour weights.
///
/// The density at an instant is `weekdayWeights[weekday] · hourWeights[hour]`, with the
/// weekday and hour judged in local time at a fixed UTC offset (no daylight saving: pass
/// the offset that applies). Weekday weights are in the order **Monday … Sunday**, the
/// same numbering as `CivilCalendar.weekday(days:)`.
///
/// Sampling is exact over any range, including partial hours, days and weeks at its ends.
/// The local range splits into a partial first hour, whole weeks, the leftover whole hours
/// and a partial last hour; one uniform picks the part by weight, then an alias table over
/// the 168 hours of a week (for whole weeks) or a binary search over the week's cumulative
/// hour weights (for the leftover hours) picks the hour, and the microsecond inside it is
/// uniform. That is O(log 168) whatever the range's length, with no allocation.
///
/// ```swift
/// let shopping = TimeProfile(
///     weekdayWeights: [1, 1, 1, 1.2, 1.5, 2, 1.8],                 // Monday ... Sunday
///     hourWeights: [1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 2, 3, 4, 5, 5,
///                   6, 5, 5, 5, 5, 6, 7, 8, 8, 6, 4, 2])
/// let placedAt = shopping.sampleInstant(
///     fromMicros: start, toMicros: end, utcOffsetSeconds: -5 * 3600, using: &rng)
/// ```
public struct TimeProfile: Sendable, Hashable {
    /// Weights of Monday … Sunday.
    public let weekdayWeights: [Double]
    /// Weights of local hours 0 … 23.
    public let hourWeights: [Double]

    /// The relative weight of each hour of a week, Monday 00:00 first, largest 1.
    @usableFromInline let slotWeights: [Double]
    /// `cumulative[i]` is the total weight of slots `0..<i` of two consecutive weeks
    /// (337 entries), so any run of up to 168 hours starting at any slot is one subtraction.
    @usableFromInline let cumulative: [Double]
    @usableFromInline let weekTable: AliasTable

    /// A profile in which every instant is equally likely.
    public static var flat: TimeProfile {
        TimeProfile(weekdayWeights: [Double](repeating: 1, count: 7),
                    hourWeights: [Double](repeating: 1, count: 24))
    }

    /// Builds the profile; 7 and 24 finite, non-negative weights, neither list all zero
    /// (check input with `validate(weekdayWeights:hourWeights:)` first).
    public init(weekdayWeights: [Double], hourWeights: [Double]) {
        if let problem = Self.validate(weekdayWeights: weekdayWeights, hourWeights: hourWeights) {
            preconditionFailure(problem)
        }
        self.weekdayWeights = weekdayWeights
        self.hourWeights = hourWeights
        // Normalized to a largest slot of 1, so no product or week total can overflow.
        let dayMax = weekdayWeights.reduce(0, max)
        let hourMax = hourWeights.reduce(0, max)
        var slots: [Double] = []
        slots.reserveCapacity(168)
        for day in weekdayWeights {
            for hour in hourWeights {
                slots.append((day / dayMax) * (hour / hourMax))
            }
        }
        var cumulative: [Double] = [0]
        cumulative.reserveCapacity(337)
        for i in 0..<336 {
            cumulative.append(cumulative[i] + slots[i % 168])
        }
        slotWeights = slots
        self.cumulative = cumulative
        weekTable = AliasTable(weights: slots)
    }

    /// Describes the first problem with the weights, or `nil` if they are valid.
    public static func validate(weekdayWeights: [Double], hourWeights: [Double]) -> String? {
        if weekdayWeights.count != 7 {
            return "weekday weights need 7 values (Monday to Sunday), found \(weekdayWeights.count)"
        }
        if hourWeights.count != 24 {
            return "hour weights need 24 values (00 to 23), found \(hourWeights.count)"
        }
        if let problem = AliasTable.validate(weights: weekdayWeights) {
            return "weekday " + problem
        }
        if let problem = AliasTable.validate(weights: hourWeights) {
            return "hour " + problem
        }
        return nil
    }

    /// An instant in `fromMicros ..< toMicros` (microseconds since the Unix epoch, UTC),
    /// distributed by the profile in the local time `utcOffsetSeconds` east of UTC.
    ///
    /// If every hour the range touches has weight zero, the instant is uniform over the
    /// range instead (so a valid range always yields a value). `fromMicros < toMicros` is
    /// a precondition.
    @inlinable
    public func sampleInstant<R: RandomNumberGenerator>(
        fromMicros: Int64, toMicros: Int64, utcOffsetSeconds: Int32 = 0, using rng: inout R
    ) -> Int64 {
        precondition(fromMicros < toMicros, "sampleInstant needs fromMicros < toMicros")
        let hour = CivilCalendar.microsPerHour
        let offset = Int64(utcOffsetSeconds) * CivilCalendar.microsPerSecond
        let start = fromMicros + offset
        let end = toMicros + offset
        let firstWhole = -CivilCalendar.floorDiv(-start, hour)  // ceil(start / hour)
        let lastWhole = CivilCalendar.floorDiv(end, hour)       // whole hours are [firstWhole, lastWhole)
        if firstWhole > lastWhole {
            // The range lies inside one hour: every instant has the same weight.
            return start + Int64(bitPattern: rng.uniform(below: UInt64(end - start))) - offset
        }
        let wholeHours = lastWhole - firstWhole
        let weeks = wholeHours / 168
        let leftover = Int(wholeHours % 168)
        let firstSlot = Self.slot(ofHour: firstWhole)
        let weekWeight = cumulative[168]

        let headEnd = firstWhole * hour
        let tailStart = lastWhole * hour
        let head = slotWeights[Self.slot(ofHour: firstWhole - 1)] * (Double(headEnd - start) / Double(hour))
        let whole = Double(weeks) * weekWeight
        let rest = cumulative[firstSlot + leftover] - cumulative[firstSlot]
        let tail = slotWeights[Self.slot(ofHour: lastWhole)] * (Double(end - tailStart) / Double(hour))
        let total = head + whole + rest + tail

        let local: Int64
        let u = rng.unitDouble() * total
        if !(total > 0) {
            local = start + Int64(bitPattern: rng.uniform(below: UInt64(end - start)))
        } else if u < head {
            local = start + Int64(bitPattern: rng.uniform(below: UInt64(headEnd - start)))
        } else if u < head + whole {
            let slot = weekTable.sample(using: &rng)
            let week = Int64(bitPattern: rng.uniform(below: UInt64(weeks)))
            let hourIndex = firstWhole + CivilCalendar.floorMod(Int64(slot - firstSlot), 168) + 168 * week
            local = hourIndex * hour + Int64(bitPattern: rng.uniform(below: UInt64(hour)))
        } else if u < head + whole + rest {
            // Smallest j with cumulative[j + 1] - cumulative[firstSlot] > target; the
            // subtraction is monotone in j, so binary search is exact.
            let target = u - (head + whole)
            let base = cumulative[firstSlot]
            var low = firstSlot
            var high = firstSlot + leftover - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid + 1] - base > target { high = mid } else { low = mid + 1 }
            }
            let hourIndex = firstWhole + 168 * weeks + Int64(low - firstSlot)
            local = hourIndex * hour + Int64(bitPattern: rng.uniform(below: UInt64(hour)))
        } else {
            local = tailStart + Int64(bitPattern: rng.uniform(below: UInt64(end - tailStart)))
        }
        return local - offset
    }

    /// The slot (hour of the week, Monday 00:00 = 0) of an hour count since the epoch.
    /// The epoch hour is Thursday 00:00, slot 72.
    @inlinable
    static func slot(ofHour hourSinceEpoch: Int64) -> Int {
        Int(CivilCalendar.floorMod(hourSinceEpoch + 72, 168))
    }
}
