/// A span of calendar months (UTC), the unit of `transactions` partitions.
///
/// Months are counted as `year * 12 + (month - 1)` so arithmetic is integer
/// only; `first` is included and `last` is included.
public struct MonthSpan: Sendable, Equatable {
    /// Month index (`year * 12 + month - 1`) of the first month.
    public let first: Int
    /// Month index of the last month (inclusive).
    public let last: Int

    public init(firstYear: Int, firstMonth: Int, lastYear: Int, lastMonth: Int) {
        precondition((1...12).contains(firstMonth) && (1...12).contains(lastMonth), "month out of range")
        first = firstYear * 12 + firstMonth - 1
        last = lastYear * 12 + lastMonth - 1
        precondition(first <= last, "empty month span")
    }

    /// Every month index in the span, oldest first.
    public var months: ClosedRange<Int> { first...last }

    /// `(year, month)` of a month index.
    public static func yearMonth(_ index: Int) -> (year: Int, month: Int) {
        (index / 12, index % 12 + 1)
    }

    /// `2026-01-01 00:00:00+00`, the first instant of a month index.
    public static func startLiteral(_ index: Int) -> String {
        let (y, m) = yearMonth(index)
        return "\(pad(y, 4))-\(pad(m, 2))-01 00:00:00+00"
    }

    /// `y2026m01`, the suffix of a month's partition name.
    public static func suffix(_ index: Int) -> String {
        let (y, m) = yearMonth(index)
        return "y\(pad(y, 4))m\(pad(m, 2))"
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
