import FortressSeed

/// The table and JSON that `fortress-seed verify` prints.
public enum VerifyReport {
    /// `check  violations  status`, one line per check, then a verdict line.
    public static func table(_ results: [CheckResult]) -> String {
        let width = max(30, (results.map(\.check.name.count).max() ?? 0) + 2)
        var lines = ["check".padded(width) + "violations".leftPadded(12) + "  status"]
        for r in results {
            let (count, status): (String, String) = switch r.outcome {
            case .counted(let n): (LoadReport.grouped(n), n == 0 ? "ok" : "FAIL")
            case .skipped(let why): ("-", "skipped (\(why))")
            case .error(let message): ("-", "ERROR: \(message)")
            }
            lines.append(r.check.name.padded(width) + count.leftPadded(12) + "  " + status)
        }
        let failed = results.filter { !$0.passed }
        lines.append(failed.isEmpty
            ? "\(results.count) checks, all passed"
            : "\(failed.count) of \(results.count) checks failed: " + failed.map(\.check.name).joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    /// `{"passed":bool,"checks":[{"name":..,"violations":n|null,"status":..}]}`.
    public static func json(_ results: [CheckResult]) -> String {
        var w = JSONWriter(capacity: 2048)
        w.beginObject()
        w.key("passed"); w.bool(results.allSatisfy(\.passed))
        w.key("checks")
        w.beginArray()
        for r in results {
            w.beginObject()
            w.key("name"); w.string(r.check.name)
            w.key("description"); w.string(r.check.description)
            switch r.outcome {
            case .counted(let n):
                w.key("violations"); w.int(n)
                w.key("status"); w.string(n == 0 ? "ok" : "fail")
            case .skipped(let why):
                w.key("violations"); w.null()
                w.key("status"); w.string("skipped")
                w.key("reason"); w.string(why)
            case .error(let message):
                w.key("violations"); w.null()
                w.key("status"); w.string("error")
                w.key("reason"); w.string(message)
            }
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.buffer.description
    }
}
