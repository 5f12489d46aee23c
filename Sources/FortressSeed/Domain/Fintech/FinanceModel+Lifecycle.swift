/// When a user stops all activity (churn) and whether they asked to be erased.
struct Lifecycle {
    /// The instant the user churned, if before "now"; nothing happens after it.
    let churnAt: Int64?
    /// `is_active`: false once churned for longer than the grace period.
    let isActive: Bool
    /// Anonymized on request (LGPD art. 18 / GDPR art. 17), some time after churn.
    let erased: Bool
}

extension FinanceModel {
    /// A constant monthly hazard `h` makes the time to churn exponential with mean 1/h months,
    /// counted from sign-up. Churned users are flagged inactive after `grace_days`; of those,
    /// `erasure_share` were anonymized.
    func lifecycle(tenant t: Int, user u: Int, createdAt: Int64) -> Lifecycle {
        var g = keys.lifecycle.child(t).generator(u)
        let hazard = scenario.churn.monthlyHazard
        let month = 30.44 * Double(CivilCalendar.microsPerDay)
        let draw = g.exponential(rate: 1)
        let erasureDraw = g.unitDouble()
        guard hazard > 0 else { return Lifecycle(churnAt: nil, isActive: true, erased: false) }
        let offset = draw / hazard * month
        guard offset < Double(scenario.nowMicros - createdAt) else { return Lifecycle(churnAt: nil, isActive: true, erased: false) }
        let churnAt = createdAt + max(Int64(offset), CivilCalendar.microsPerHour)
        let inactive = scenario.nowMicros - churnAt > Int64(scenario.churn.graceDays) * CivilCalendar.microsPerDay
        return Lifecycle(churnAt: churnAt, isActive: !inactive, erased: inactive && erasureDraw < scenario.churn.erasureShare)
    }
}
