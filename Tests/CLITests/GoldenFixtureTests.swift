import Foundation
import Testing

extension Tag {
    /// Compares output with the committed files in fixtures/.
    @Tag static var golden: Self
}

/// The committed fixtures are exactly what this version generates.
///
/// `fixtures/FIXTURES` lists them: `full` fixtures commit every file; `manifest`
/// fixtures (dev, qa-staging: tens of MB) commit `manifest.json`, which holds
/// every file's size and SHA-256, so byte equality is still required. Any
/// change in output must be deliberate: re-record with `fixtures/record.sh`
/// (or `FORTRESS_RECORD_FIXTURES=1 swift test`, which fails on purpose after
/// recording) and commit the fixtures with it.
@Suite("Golden fixtures", .tags(.golden))
struct GoldenFixtureTests {
    struct Fixture: Sendable, CustomTestStringConvertible {
        let scenario: String
        let seed: String
        let full: Bool
        var name: String { URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent }
        var testDescription: String { "\(name) (\(full ? "every file" : "manifest"))" }
    }

    static let fixtures: [Fixture] = {
        let list = (try? String(contentsOf: Shell.packageRoot.appendingPathComponent("fixtures/FIXTURES"), encoding: .utf8)) ?? ""
        return list.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count == 3, !parts[0].hasPrefix("#") else { return nil }
            return Fixture(scenario: parts[0], seed: parts[1], full: parts[2] == "full")
        }
    }()

    @Test("fixtures/FIXTURES lists dev, qa-staging and a full fixture")
    func listed() {
        #expect(Self.fixtures.contains { $0.scenario == "dev" })
        #expect(Self.fixtures.contains { $0.scenario == "qa-staging" })
        #expect(Self.fixtures.contains { $0.full })
    }

    @Test("Regenerating each fixture gives the committed bytes", arguments: fixtures, ["csv", "sql"])
    func regenerate(fixture: Fixture, format: String) throws {
        let record = ProcessInfo.processInfo.environment["FORTRESS_RECORD_FIXTURES"] == "1"
        let committed = Shell.packageRoot.appendingPathComponent("fixtures/\(fixture.name)/\(format)")
        let target = try Shell.temporaryDirectory("golden")
        defer { try? FileManager.default.removeItem(at: target) }
        let scenario = fixture.scenario.hasSuffix(".yaml") ? Shell.packageRoot.appendingPathComponent(fixture.scenario).path : fixture.scenario
        let r = try Shell.fortress(["generate", "--scenario", scenario, "--seed", fixture.seed, "--format", format, "--out", target.path, "--quiet", "--force", "--jobs", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        var files = try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
        if !fixture.full { files = ["manifest.json"] }
        if record {
            try? FileManager.default.removeItem(at: committed)
            try FileManager.default.createDirectory(at: committed, withIntermediateDirectories: true)
            for file in files { try FileManager.default.copyItem(at: target.appendingPathComponent(file), to: committed.appendingPathComponent(file)) }
            Issue.record("recorded fixtures/\(fixture.name)/\(format); run the tests again without FORTRESS_RECORD_FIXTURES")
            return
        }
        let expected = try FileManager.default.contentsOfDirectory(atPath: committed.path).sorted()
        #expect(files == expected, "fixtures/\(fixture.name)/\(format): file list changed")
        for file in expected where files.contains(file) {
            var a = try Data(contentsOf: committed.appendingPathComponent(file))
            var b = try Data(contentsOf: target.appendingPathComponent(file))
            if file == "manifest.json" {
                // The scenario's source is the path it was given; compare everything else.
                a = Self.withoutSource(a)
                b = Self.withoutSource(b)
            }
            #expect(a == b, "fixtures/\(fixture.name)/\(format)/\(file) differs from this version's output; if the change is deliberate, run fixtures/record.sh")
        }
    }

    static func withoutSource(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        return Data(text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("\"scenario_source\"") }.joined(separator: "\n").utf8)
    }
}
