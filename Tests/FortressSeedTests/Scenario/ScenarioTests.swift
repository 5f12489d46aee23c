import Foundation
import Testing
@testable import FortressSeed

@Suite struct ScenarioTests {
    static let minimal = """
        name: t
        description: test
        now: 2026-11-01T00:00:00Z

        """

    func problems(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        do {
            _ = try Scenario.parse(yaml: yaml, file: "t.yaml")
            Issue.record("expected a ScenarioError", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.description.components(separatedBy: "\n")
        }
    }

    @Test("A minimal scenario takes the documented defaults")
    func defaults() throws {
        let s = try Scenario.parse(yaml: Self.minimal, file: "t.yaml")
        #expect(s.historyMonths == 12)
        #expect(s.tenants == Scenario.defaults.tenants)
        #expect(s.nowMicros == 1_793_491_200_000_000)  // 2026-11-01T00:00:00Z
        #expect(s.partitionSpan == MonthSpan(firstYear: 2025, firstMonth: 11, lastYear: 2026, lastMonth: 11))
    }

    @Test("Every built-in scenario parses, and the embedded copy equals scenarios/*.yaml")
    func builtins() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("scenarios").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.map { String($0.dropLast(5)) } == BuiltinScenarios.all.map(\.name).sorted(),
                "run scenarios/embed.sh after changing scenarios/")
        for entry in BuiltinScenarios.all {
            let text = try String(contentsOf: root.appendingPathComponent("scenarios/\(entry.name).yaml"), encoding: .utf8)
            #expect(entry.yaml == text, "scenarios/\(entry.name).yaml changed: run scenarios/embed.sh")
            let loaded = try ScenarioLibrary.load(entry.name)
            #expect(loaded.scenario.name == entry.name)
        }
    }

    @Test("All problems are reported at once, with line, column and key path")
    func allProblemsAtOnce() {
        let found = problems("""
            name: t
            descripton: typo
            now: 2026-13-01T00:00:00Z
            history_months: 0
            users:
              null_email_share: 1.5
              password: secret
              locales: {pt_BR: 0.5, en_US: half}

            """)
        #expect(found == [
            "t.yaml:1:1: description: required key is missing",
            "t.yaml:2:1: descripton: unknown key 'descripton' (did you mean 'description'?); allowed here: name, description, now, history_months, tenants, users, accounts, ledger, churn, merchants, retail, events, fraud",
            "t.yaml:3:6: now: expected a UTC instant like 2026-11-01T00:00:00Z, found \"2026-13-01T00:00:00Z\"",
            "t.yaml:4:17: history_months: expected a whole number in 1...240, found 0",
            "t.yaml:6:21: users.null_email_share: expected a number in 0...1, found 1.5",
            "t.yaml:7:13: users.password: expected one of dev, unusable, found \"secret\"",
            "t.yaml:8:32: users.locales.en_US: expected a number in 0...1, found \"half\"",
        ])
    }

    @Test("Broken YAML, an empty file and a non-mapping are clean errors")
    func malformed() {
        #expect(problems("name: [unclosed\n").first?.hasPrefix("t.yaml:2:1: not valid YAML") == true)
        #expect(problems("") == ["t.yaml: the file is empty"])
        #expect(problems("- a\n- b\n").first?.contains("expected a mapping of keys") == true)
        #expect(problems(Self.minimal + "tenants: {business: 0, individual: 0}\n").contains(
            "t.yaml:4:10: tenants: a scenario needs at least one tenant (business + individual > 0)"))
        #expect(problems(Self.minimal + "accounts: {per_user: {min: 3, max: 2}}\n") == [
            "t.yaml:4:22: accounts.per_user: min (3) must not exceed max (2)"
        ])
    }

    @Test("Unknown names get a did-you-mean")
    func suggestions() {
        #expect(Suggestion.closest(to: "deb", in: ["dev", "qa-staging"]) == "dev")
        #expect(Suggestion.closest(to: "zzzzzz", in: ["dev"]) == nil)
    }

    @Test("UTC instants parse strictly")
    func instants() {
        #expect(UTCInstant.parse("1970-01-01T00:00:00Z") == 0)
        #expect(UTCInstant.parse("2024-02-29T12:00:00Z") == 1_709_208_000_000_000)
        #expect(UTCInstant.parse("2023-02-29T12:00:00Z") == nil)
        #expect(UTCInstant.parse("2026-11-01T00:00:00+03:00") == nil)
        #expect(UTCInstant.parse("2026-11-01") == nil)
    }
}
