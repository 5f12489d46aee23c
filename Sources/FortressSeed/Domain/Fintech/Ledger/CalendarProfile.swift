/// Day-level and hour-level rhythm of Brazilian spending, in integer calendar math.
///
/// Local time is UTC−3 (Brasília, without daylight saving since 2019).
enum CalendarProfile {
    static let utcOffsetMicros: Int64 = -3 * CivilCalendar.microsPerHour

    /// Purchase intensity of a local day relative to an average day:
    /// weekends and Fridays up, paydays and month-end up, December and Black Friday peaks.
    static func purchaseFactor(days: Int64, daysSincePayday: Int) -> Double {
        let (year, month, day) = CivilCalendar.civil(days: days)
        return purchaseFactor(days: days, year: year, month: month, day: day, daysSincePayday: daysSincePayday)
    }

    /// `purchaseFactor(days:daysSincePayday:)` for a caller that already has the civil date of `days`.
    static func purchaseFactor(days: Int64, year: Int64, month: Int, day: Int, daysSincePayday: Int) -> Double {
        let weekday = CivilCalendar.weekday(days: days)  // 0 = Monday
        var f = weekdayFactor[weekday]
        if daysSincePayday >= 0 && daysSincePayday <= 3 { f *= 1.35 }
        if day >= 28 { f *= 1.1 }
        if month == 12 { f *= day >= 15 && day <= 24 ? 1.7 : 1.3 }
        if month == 11 {
            let bf = blackFriday(year: year)
            if days == bf { f *= 3.0 } else if days > bf && days <= bf + 3 { f *= 1.5 }
        }
        return f
    }

    static let weekdayFactor: [Double] = [0.88, 0.9, 0.95, 1.0, 1.18, 1.3, 0.95]

    /// Share of purchases per local hour: little at night, lunch and evening peaks.
    static let hourWeights: [Double] = [
        0.6, 0.3, 0.15, 0.1, 0.1, 0.2, 0.6, 1.5, 2.6, 3.6, 4.6, 5.6,
        7.2, 6.6, 5.4, 5.1, 5.3, 5.9, 7.1, 8.2, 8.0, 6.4, 4.1, 2.0,
    ]

    /// The fourth Friday of November (days since 1970).
    static func blackFriday(year: Int64) -> Int64 {
        let first = CivilCalendar.days(year: year, month: 11, day: 1)
        let toFriday = (4 - CivilCalendar.weekday(days: first) + 7) % 7
        return first + Int64(toFriday) + 21
    }

    /// The `n`-th business day (Monday–Friday) of a month, as days since 1970.
    static func businessDay(_ n: Int, year: Int64, month: Int) -> Int64 {
        var d = CivilCalendar.days(year: year, month: month, day: 1)
        var count = 0
        while true {
            if CivilCalendar.weekday(days: d) < 5 {
                count += 1
                if count == n { return d }
            }
            d += 1
        }
    }

    /// The last business day on or before `day` of a month.
    static func businessDayOnOrBefore(year: Int64, month: Int, day: Int) -> Int64 {
        var d = CivilCalendar.days(year: year, month: month, day: min(day, CivilCalendar.daysInMonth(year: year, month: month)))
        while CivilCalendar.weekday(days: d) >= 5 { d -= 1 }
        return d
    }

    /// UTC instant of a local time on a local day.
    static func instant(days: Int64, localMicros: Int64) -> Int64 {
        days * CivilCalendar.microsPerDay + localMicros - utcOffsetMicros
    }

    /// The local day (days since 1970) of a UTC instant.
    static func localDay(_ instant: Int64) -> Int64 {
        (instant + utcOffsetMicros).floorDiv(CivilCalendar.microsPerDay)
    }

    /// The local hour (0–23) of a UTC instant.
    static func localHour(_ instant: Int64) -> Int {
        Int(((instant + utcOffsetMicros) - localDay(instant) * CivilCalendar.microsPerDay) / CivilCalendar.microsPerHour)
    }
}
