/// Human-readable progress lines and the summary table of a load, for the CLI to print.
///
/// Formatting lives here, next to the data, so it is tested without a
/// terminal; the library still never prints.
public enum LoadReport {
    /// `  users                 12,345 rows    45,678 rows/s    12.3 MB/s`
    public static func line(_ t: TableLoad, done: Bool = false) -> String {
        "  " + t.table.padded(22) + grouped(t.rows).leftPadded(12) + " rows"
            + grouped(Int64(t.rowsPerSecond.rounded())).leftPadded(12) + " rows/s"
            + fixed(t.megabytesPerSecond, 1).leftPadded(9) + " MB/s"
            + (done ? fixed(t.seconds, 2).leftPadded(9) + " s" : "")
    }

    /// The lines printed after a successful load.
    public static func summary(_ s: LoadSummary) -> String {
        var lines = ["Loaded scenario \(s.scenario), seed \(s.seed), into \(s.target):"]
        if s.createdSchema { lines.append("  (schema created)") }
        if !s.resumed.isEmpty { lines.append("  (resumed: already committed by an earlier run: \(s.resumed.joined(separator: ", ")))") }
        if !s.truncated.isEmpty { lines.append("  (truncated first: \(s.truncated.joined(separator: ", ")))") }
        lines += s.tables.map { line($0, done: true) }
        lines.append("  " + "total".padded(22) + grouped(s.rows).leftPadded(12) + " rows"
            + grouped(Int64(s.rowsPerSecond.rounded())).leftPadded(12) + " rows/s"
            + fixed(s.seconds > 0 ? Double(s.bytes) / 1_048_576 / s.seconds : 0, 1).leftPadded(9) + " MB/s"
            + fixed(s.seconds, 2).leftPadded(9) + " s")
        return lines.joined(separator: "\n")
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A non-negative value with `places` decimals, without `String(format:)`.
    static func fixed(_ value: Double, _ places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int64((max(0, value) * scale).rounded())
        let unit = Int64(scale)
        let fraction = String(scaled % unit)
        return String(scaled / unit) + (places > 0 ? "." + String(repeating: "0", count: places - fraction.count) + fraction : "")
    }
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
