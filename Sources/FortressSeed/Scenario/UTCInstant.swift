/// Strict parsing of `YYYY-MM-DDTHH:MM:SSZ` into microseconds since 1970 (UTC).
///
/// Scenarios fix their "now" in the file; only the UTC `Z` form is accepted so
/// a file means the same instant on every machine.
public enum UTCInstant {
    public static func parse(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54 || b[10] == 0x20,
              b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A else { return nil }
        func num(_ from: Int, _ to: Int) -> Int? {
            var v = 0
            for i in from..<to {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        guard let y = num(0, 4), let mo = num(5, 7), let d = num(8, 10),
              let h = num(11, 13), let mi = num(14, 16), let s = num(17, 19),
              (1...9999).contains(y), (1...12).contains(mo), h < 24, mi < 60, s < 60,
              d >= 1, d <= CivilCalendar.daysInMonth(year: Int64(y), month: mo) else { return nil }
        let days = CivilCalendar.days(year: Int64(y), month: mo, day: d)
        return ((days * 86_400) + Int64(h * 3600 + mi * 60 + s)) * 1_000_000
    }
}
