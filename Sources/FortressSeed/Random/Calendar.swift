/// Proleptic Gregorian calendar arithmetic on days since 1970-01-01, in integers only.
///
/// Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms
/// (https://howardhinnant.github.io/date_algorithms.html): exact for every `Int64` year
/// that does not overflow, with no tables, no time zones and no Foundation, so dates
/// computed here are identical on every platform. Times are `Int64` microseconds since the
/// Unix epoch (UTC), PostgreSQL's own resolution.
///
/// Weekdays are numbered **0 = Monday … 6 = Sunday** (ISO 8601 order, minus one), the
/// order `TimeProfile` expects its weekday weights in.
///
/// ```swift
/// let d = CivilCalendar.days(year: 2024, month: 2, day: 29)  // 19782
/// CivilCalendar.civil(days: d)                              // (2024, 2, 29)
/// CivilCalendar.weekday(days: d)                            // 3 (Thursday)
/// ```
public enum CivilCalendar {
    @inlinable public static var microsPerSecond: Int64 { 1_000_000 }
    @inlinable public static var microsPerHour: Int64 { 3_600_000_000 }
    @inlinable public static var microsPerDay: Int64 { 86_400_000_000 }

    /// Days since 1970-01-01 of a civil date; `month` is 1...12.
    ///
    /// Days outside the month roll over linearly (`day: 0` is the last day of the previous
    /// month), which is handy for offsets.
    @inlinable
    public static func days(year: Int64, month: Int, day: Int) -> Int64 {
        precondition((1...12).contains(month), "month must be 1...12")
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400                                      // [0, 399]
        let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)        // March = 0
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1      // [0, 365]
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day count since 1970-01-01.
    @inlinable
    public static func civil(days: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = days + 719_468                                             // since 0000-03-01
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097                                   // [0, 146096]
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153                       // March = 0
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, Int(month), Int(day))
    }

    /// The weekday of a day count: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday, 3).
    @inlinable
    public static func weekday(days: Int64) -> Int {
        Int(floorMod(days + 3, 7))
    }

    /// Whether `year` has a February 29th.
    @inlinable
    public static func isLeapYear(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in a month (`month` 1...12).
    @inlinable
    public static func daysInMonth(year: Int64, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Microseconds since the Unix epoch of a UTC civil date and time.
    @inlinable
    public static func micros(
        year: Int64, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0
    ) -> Int64 {
        let seconds = Int64(hour) * 3600 + Int64(minute) * 60 + Int64(second)
        return days(year: year, month: month, day: day) * microsPerDay + seconds * microsPerSecond
    }

    /// `a` divided by positive `b`, rounded toward −∞ (Swift's `/` truncates toward zero).
    @inlinable
    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b < 0) ? q - 1 : q
    }

    /// `a` modulo positive `b`, in `0..<b`.
    @inlinable
    static func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
        let r = a % b
        return r < 0 ? r + b : r
    }
}
