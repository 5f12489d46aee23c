import Foundation
import Testing
import FortressSeed

@Suite struct CalendarTests {
    @Test("Known dates", arguments: [
        (1970, 1, 1, 0, 3), (1969, 12, 31, -1, 2), (2000, 3, 1, 11_017, 2), (2000, 1, 1, 10_957, 5),
        (2024, 1, 1, 19_723, 0), (2024, 2, 29, 19_782, 3), (1600, 3, 1, -135_080, 2),
        (1, 1, 1, -719_162, 0), (0, 3, 1, -719_468, 2), (-1, 12, 31, -719_529, 4),
    ] as [(Int64, Int, Int, Int64, Int)])
    func knownDates(year: Int64, month: Int, day: Int, days: Int64, weekday: Int) {
        #expect(CivilCalendar.days(year: year, month: month, day: day) == days)
        let civil = CivilCalendar.civil(days: days)
        #expect(civil.year == year && civil.month == month && civil.day == day)
        #expect(CivilCalendar.weekday(days: days) == weekday)
    }

    @Test("Days and civil dates round-trip and advance one day at a time")
    func roundTrip() {
        var previous = CivilCalendar.civil(days: -400_001)
        for days in stride(from: -400_000 as Int64, through: 400_000, by: 1) {
            let civil = CivilCalendar.civil(days: days)
            #expect(CivilCalendar.days(year: civil.year, month: civil.month, day: civil.day) == days)
            let sameMonth = civil.year == previous.year && civil.month == previous.month && civil.day == previous.day + 1
            let newMonth = civil.day == 1 && previous.day == CivilCalendar.daysInMonth(year: previous.year, month: previous.month)
            if !(sameMonth || newMonth) {
                Issue.record("\(previous) is not followed by \(civil)")
                return
            }
            previous = civil
        }
    }

    @Test("Agrees with Foundation's Gregorian calendar for 1900 to 2200")
    func foundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var rng = SplitMix64(state: 77)
        let low = CivilCalendar.days(year: 1900, month: 1, day: 1)
        let high = CivilCalendar.days(year: 2200, month: 12, day: 31)
        for _ in 0..<300 {
            let days = rng.uniform(low...high)
            let date = Date(timeIntervalSince1970: Double(days) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let civil = CivilCalendar.civil(days: days)
            #expect(parts.year == Int(civil.year) && parts.month == civil.month && parts.day == civil.day)
            // Foundation numbers Sunday as 1; ours numbers Monday as 0.
            #expect(parts.weekday == (CivilCalendar.weekday(days: days) + 1) % 7 + 1)
        }
    }

    @Test("Leap years, month lengths and micros")
    func helpers() {
        #expect(CivilCalendar.isLeapYear(2024) && CivilCalendar.isLeapYear(2000) && CivilCalendar.isLeapYear(-4))
        #expect(!CivilCalendar.isLeapYear(1900) && !CivilCalendar.isLeapYear(2023) && !CivilCalendar.isLeapYear(-1))
        #expect((1...12).map { CivilCalendar.daysInMonth(year: 2024, month: $0) }
            == [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(CivilCalendar.daysInMonth(year: 2023, month: 2) == 28)
        #expect(CivilCalendar.micros(year: 2024, month: 1, day: 1) == 1_704_067_200_000_000)
        #expect(CivilCalendar.micros(year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59) == -1_000_000)
        #expect(CivilCalendar.days(year: 2024, month: 3, day: 0) == CivilCalendar.days(year: 2024, month: 2, day: 29))
    }
}
