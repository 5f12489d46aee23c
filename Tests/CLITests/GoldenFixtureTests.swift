import Foundation
import Testing

extension Tag {
    /// Compares output with the committed files in fixtures/.
    @Tag static var golden: Self
}

/// The committed fixtures are exactly what this version generates.
///
/// Any change in output must be deliberate: re-record with
/// `scripts/record-fixtures.sh` (or `FORTRESS_RECORD_FIXTURES=1 swift test`,
/// which fails on purpose after recording) and commit the fixtures with it.
@Suite("Golden fixtures", .tags(.golden))
struct GoldenFixtureTests {
    static let fixtures: [(scenario: String, seed: String)] = {
        let list = (try? String(contentsOf: Shell.packageRoot.appendingPathComponent("fixtures/FIXTURES"), encoding: .utf8)) ?? ""
        return list.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }()

    @Test("fixtures/FIXTURES lists the dev fixture")
    func listed() {
        #expect(Self.fixtures.contains { $0.scenario == "dev" })
    }

    @Test("Regenerating each fixture gives the committed bytes", arguments: ["csv", "sql"])
    func regenerate(format: String) throws {
        let record = ProcessInfo.processInfo.environment["FORTRESS_RECORD_FIXTURES"] == "1"
        for (scenario, seed) in Self.fixtures {
            let committed = Shell.packageRoot.appendingPathComponent("fixtures/\(scenario)/\(format)")
            let target = record ? committed : try Shell.temporaryDirectory("golden")
            defer { if !record { try? FileManager.default.removeItem(at: target) } }
            if record { try? FileManager.default.removeItem(at: committed) }
            let r = try Shell.fortress(["generate", "--scenario", scenario, "--seed", seed, "--format", format, "--out", target.path, "--quiet", "--force"])
            #expect(r.status == 0, "\(r.stderr)")
            if record {
                Issue.record("recorded fixtures/\(scenario)/\(format); run the tests again without FORTRESS_RECORD_FIXTURES")
                continue
            }
            let expectedFiles = try FileManager.default.contentsOfDirectory(atPath: committed.path).sorted()
            let actualFiles = try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
            #expect(actualFiles == expectedFiles, "fixtures/\(scenario)/\(format): file list changed")
            for file in expectedFiles where actualFiles.contains(file) {
                let a = try Data(contentsOf: committed.appendingPathComponent(file))
                let b = try Data(contentsOf: target.appendingPathComponent(file))
                #expect(a == b, "fixtures/\(scenario)/\(format)/\(file) differs from this version's output; if the change is deliberate, run scripts/record-fixtures.sh")
            }
        }
    }
}
