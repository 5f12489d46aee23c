/// What `planDay` needs of the calendar month, worked out once per month rather than
/// every day: paydays, the first business day (fees), the 13th-salary days and when
/// each bill falls due. All are pure functions of the month (the bills' jitter has its
/// own stream per month and bill), so computing them ahead draws nothing from the
/// day's stream: the plan is the same.
struct LedgerMonth {
    var year: Int64 = .min
    var month = 0
    var daysInMonth = 0
    /// This month's and last month's payday (individuals only).
    var payday: Int64 = 0
    var previousPayday: Int64 = 0
    /// The first business day: monthly fees.
    var firstBusinessDay: Int64 = 0
    /// The 13th salary's instalment day this month (November and December), else `.min`.
    var thirteenthDay: Int64 = .min
}

extension UserLedger {
    /// Makes `calendar` describe (year, month), and `billDue` the day of month each bill is paid.
    mutating func enterMonth(year: Int64, month: Int) {
        guard year != calendar.year || month != calendar.month else { return }
        calendar.year = year
        calendar.month = month
        calendar.daysInMonth = CivilCalendar.daysInMonth(year: year, month: month)
        calendar.firstBusinessDay = CalendarProfile.businessDay(1, year: year, month: month)
        guard !isCorporate else { return }
        calendar.payday = CalendarProfile.businessDay(profile.paydayBusinessDay, year: year, month: month)
        calendar.previousPayday = CalendarProfile.businessDay(
            profile.paydayBusinessDay, year: month == 1 ? year - 1 : year, month: month == 1 ? 12 : month - 1)
        calendar.thirteenthDay = month == 11 ? CalendarProfile.businessDayOnOrBefore(year: year, month: 11, day: 30)
            : month == 12 ? CalendarProfile.businessDayOnOrBefore(year: year, month: 12, day: 20) : .min
        billDue.removeAll(keepingCapacity: true)
        for (i, bill) in profile.bills.enumerated() {
            // Paid around the due day (a day early or late), once a month.
            var jitter = billKey.generator(Int(year) * 12 * 16 + month * 16 + i)
            let due = min(bill.dueDay + jitter.uniform(-1...1), calendar.daysInMonth)
            billDue.append(max(1, due))
        }
    }
}
