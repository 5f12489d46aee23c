import ArgumentParser
import FortressSeed

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Estimate rows, bytes and time per table before generating anything.",
        discussion: """
            Generates a small sample of the scenario in memory (nothing is written), scales the \
            counts up, and estimates the time from the sample's own speed on this machine.

            Examples:
              fortress-seed plan --scenario load-test --scale 100
              fortress-seed plan --scenario qa-staging
            """
    )

    @Option(name: .long, help: ArgumentHelp("A built-in scenario name or a path to a scenario YAML file.", valueName: "name|path"))
    var scenario: String = "dev"

    @Option(name: .long, help: "The seed (estimates barely depend on it).")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Multiply the scenario's volumes by this factor.")
    var scale: Double = 1

    func validate() throws {
        if !(scale > 0 && scale.isFinite && scale <= 1_000_000) { throw ValidationError("--scale must be a positive number (e.g. 0.5, 10, 1000)") }
    }

    func run() throws {
        let loaded = try CLI.loadScenario(scenario)
        let started = CLI.monotonicSeconds()
        let estimate = try VolumeEstimate.measure(loaded, seed: seed, scale: scale)
        let seconds = max(CLI.monotonicSeconds() - started, 1e-3)
        let rate = Double(estimate.sampleRows) / seconds
        var lines = ["Plan for scenario \(loaded.scenario.name)\(scale == 1 ? "" : " at scale \(scale)") (sample: \(Self.percent(estimate.sampleFraction)) of it):"]
        lines.append("  " + "table".padding(36) + "rows".leftPadding(14) + "  " + "size (CSV)".leftPadding(12))
        for t in estimate.tables {
            lines.append("  " + t.name.padding(36) + Self.grouped(t.rows).leftPadding(14) + "  " + Self.size(t.bytes).leftPadding(12))
        }
        lines.append("  " + "total".padding(36) + Self.grouped(estimate.totalRows).leftPadding(14) + "  " + Self.size(estimate.totalBytes).leftPadding(12))
        let eta = Double(estimate.totalRows) / rate
        lines.append("Expected time to generate with --jobs 1, at the sample's speed on this machine (\(Self.grouped(Int64(rate))) rows/s): \(Self.duration(eta)).")
        CLI.printStdout(lines.joined(separator: "\n"))
    }

    static func grouped(_ n: Int64) -> String {
        let s = String(n)
        var out = ""
        for (i, ch) in s.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return String(out.reversed())
    }

    static func size(_ bytes: Int64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var v = Double(bytes), u = 0
        while v >= 1000 && u < units.count - 1 { v /= 1000; u += 1 }
        return u == 0 ? "\(bytes) B" : String(Int(v * 10) / 10) + "." + String(Int(v * 10) % 10) + " " + units[u]
    }

    static func percent(_ f: Double) -> String {
        if f >= 1 { return "all" }
        let tenths = max(1, Int((f * 1000).rounded()))
        return String(tenths / 10) + "." + String(tenths % 10) + "%"
    }

    static func duration(_ s: Double) -> String {
        if s < 60 { return String(Int(s.rounded(.up))) + " s" }
        if s < 3600 { return String(Int(s / 60)) + " min " + String(Int(s) % 60) + " s" }
        return String(Int(s / 3600)) + " h " + String(Int(s) % 3600 / 60) + " min"
    }
}
