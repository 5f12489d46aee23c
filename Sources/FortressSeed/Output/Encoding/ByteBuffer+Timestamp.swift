/// ISO 8601 timestamp and date encoders over integer epoch offsets.
///
/// Instants are `Int64` microseconds since 1970-01-01T00:00:00Z (PostgreSQL's
/// own `timestamptz` resolution) and dates are `Int64` days since 1970-01-01,
/// so generators pass an epoch in and never touch `Date()`. Conversion is
/// pure integer arithmetic on the proleptic Gregorian calendar, which is
/// what PostgreSQL uses; Foundation's `.gregorian` calendar switches to
/// Julian before 1582-10-15, so it is only a reference after that.
extension ByteBuffer {
    /// Microsecond offsets from 0001-01-01T00:00:00Z through 9999-12-31T23:59:59.999999Z.
    ///
    /// The range where four-digit years suffice and PostgreSQL needs no `BC` suffix.
    public static let supportedTimestampMicros: ClosedRange<Int64> =
        -62_135_596_800_000_000...253_402_300_799_999_999

    /// Day offsets from 0001-01-01 through 9999-12-31.
    public static let supportedDateDays: ClosedRange<Int64> = -719_162...2_932_896

    /// Appends an instant as `YYYY-MM-DDTHH:MM:SS+00:00` or `YYYY-MM-DDTHH:MM:SS.ffffff+00:00`.
    ///
    /// The fraction, when present, always has six digits (microseconds are
    /// `timestamptz`'s resolution), so the value round-trips exactly. The explicit `+00:00` offset keeps the value independent of the
    /// loading session's `TimeZone` setting. Negative offsets (before 1970)
    /// floor toward the past: `-1` is `1969-12-31T23:59:59.999999+00:00`.
    ///
    /// - Precondition: `micros` is in `supportedTimestampMicros`.
    public mutating func appendTimestamp(micros: Int64) {
        precondition(
            Self.supportedTimestampMicros.contains(micros),
            "appendTimestamp: micros outside years 0001...9999")
        // Floor division, so the sub-second and time-of-day parts are never negative.
        var seconds = micros / 1_000_000
        var fraction = micros % 1_000_000
        if fraction < 0 {
            fraction += 1_000_000
            seconds -= 1
        }
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        let hour = Int(truncatingIfNeeded: secondOfDay / 3600)
        let minute = Int(truncatingIfNeeded: secondOfDay / 60 % 60)
        let second = Int(truncatingIfNeeded: secondOfDay % 60)

        // Longest form: "YYYY-MM-DDTHH:MM:SS.ffffff+00:00" is 32 bytes.
        appendUnsafe(maxCount: 32) { p in
            var n = Self.storeDate(days: days, at: p)
            p[n] = UInt8(ascii: "T")
            Self.storePair(hour, at: p + n + 1)
            p[n + 3] = UInt8(ascii: ":")
            Self.storePair(minute, at: p + n + 4)
            p[n + 6] = UInt8(ascii: ":")
            Self.storePair(second, at: p + n + 7)
            n += 9
            if fraction != 0 {
                p[n] = UInt8(ascii: ".")
                _ = Self.storeDigits(UInt64(fraction), width: 6, at: p + n + 1)
                n += 7
            }
            p[n] = UInt8(ascii: "+")
            p[n + 1] = UInt8(ascii: "0")
            p[n + 2] = UInt8(ascii: "0")
            p[n + 3] = UInt8(ascii: ":")
            p[n + 4] = UInt8(ascii: "0")
            p[n + 5] = UInt8(ascii: "0")
            n += 6
            return n
        }
    }

    /// Appends a calendar date as `YYYY-MM-DD`.
    ///
    /// - Precondition: `days` is in `supportedDateDays`.
    public mutating func appendDate(days: Int64) {
        precondition(
            Self.supportedDateDays.contains(days),
            "appendDate: days outside years 0001...9999")
        appendUnsafe(maxCount: 10) { p in Self.storeDate(days: days, at: p) }
    }

    /// Writes `YYYY-MM-DD` for an in-range day offset at `p` and returns 10.
    private static func storeDate(days: Int64, at p: UnsafeMutablePointer<UInt8>) -> Int {
        let date = civilFromDays(days)
        assert(date.year >= 1 && date.year <= 9999)
        _ = storeDigits(UInt64(date.year), width: 4, at: p)
        p[4] = UInt8(ascii: "-")
        storePair(Int(truncatingIfNeeded: date.month), at: p + 5)
        p[7] = UInt8(ascii: "-")
        storePair(Int(truncatingIfNeeded: date.day), at: p + 8)
        return 10
    }
}

/// Converts days since 1970-01-01 to a proleptic Gregorian (year, month, day).
///
/// Howard Hinnant's `civil_from_days`
/// (<https://howardhinnant.github.io/date_algorithms.html>): shift the epoch
/// to 0000-03-01 so the leap day falls at the end of each year, split into
/// 400-year eras of 146 097 days, then derive year-of-era and a March-based
/// month with closed-form integer divisions. No tables, no loops, exact for
/// the whole `Int64` day range we accept.
private func civilFromDays(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = days + 719_468
    // Floor division by the era length, valid for negative z as well.
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097                                    // [0, 146096]
    let yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365  // [0, 399]
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)  // [0, 365]
    let marchMonth = (5 * dayOfYear + 2) / 153                         // [0, 11], 0 = March
    let day = dayOfYear - (153 * marchMonth + 2) / 5 + 1               // [1, 31]
    let month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9      // [1, 12]
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
}
