/// Where the outbox publisher is at "now": an event's `status`, `attempts` and `sent_at`.
///
/// A worker polls `events_outbox` in `(status, created_at)` order and publishes
/// to the broker. So, at "now":
/// - events younger than `events.pending_lag_seconds`, or inside a
///   `events.backlog_hours` outage, are `pending` with 0 attempts;
/// - a `failed_share` of older ones exhausted their retries: `failed`,
///   1...`max_attempts` attempts, no `sent_at`;
/// - the rest are `sent`, after a log-normal delay (median `publish_delay_ms`),
///   a few after retries (2–4 attempts, seconds later), never after "now".
struct OutboxDelivery {
    enum Status: UInt8 {
        case pending, sent, failed

        var label: StaticString {
            switch self {
            case .pending: "pending"
            case .sent: "sent"
            case .failed: "failed"
            }
        }
    }

    var status: Status
    var attempts: Int
    var sentAt: Int64?

    /// The state of an event created at `createdAt`, drawing from `g` (the event's own stream).
    static func decide<R: RandomNumberGenerator>(createdAt: Int64, scenario: Scenario, using g: inout R) -> OutboxDelivery {
        let e = scenario.events
        let now = scenario.nowMicros
        let lag = Int64(e.pendingLagSeconds * 1_000_000)
        let backlog = Int64(e.backlogHours * Double(CivilCalendar.microsPerHour))
        let failed = g.bernoulli(e.failedShare)
        let attempts = 1 + g.uniform(below: e.maxAttempts)
        let retried = g.bernoulli(0.02)
        var delay = Int64(g.logNormal(mu: DeterministicMath.log(e.publishDelayMillis * 1_000), sigma: 0.6))
        guard createdAt < now - lag, createdAt < now - backlog else {
            return OutboxDelivery(status: .pending, attempts: 0, sentAt: nil)
        }
        if failed { return OutboxDelivery(status: .failed, attempts: attempts, sentAt: nil) }
        let tries = retried ? 2 + attempts % 3 : 1
        delay += Int64(tries - 1) * 2 * CivilCalendar.microsPerSecond
        return OutboxDelivery(status: .sent, attempts: tries, sentAt: min(createdAt + max(delay, 1), now))
    }
}
