import Foundation
import Testing
@testable import FortressSeed

/// No scenario input may crash the tool: mutated files give a clean error or a scenario.
@Suite struct ScenarioFuzzTests {
    /// Byte-level mutations of the built-in scenarios: flips, deletions, insertions,
    /// duplications, truncations, splices of YAML syntax and huge numbers.
    static func mutate(_ base: [UInt8], _ g: inout RandomStream) -> [UInt8] {
        var b = base
        let tokens: [[UInt8]] = ["{", "}", "[", "]", ":", "- ", "\n  ", "&a ", "*a", "!!str ", "99999999999999999999999", "-1",
                                 "1e308", "NaN", "\"", "'", "#", "\t", "%YAML 1.1\n", "---\n", "\u{0}", "é", "\u{FFFF}"].map { Array($0.utf8) }
        for _ in 0..<(1 + g.uniform(below: 6)) {
            guard !b.isEmpty else { break }
            let i = g.uniform(below: b.count)
            switch g.uniform(below: 7) {
            case 0: b[i] = UInt8(truncatingIfNeeded: g.next())
            case 1: b.remove(at: i)
            case 2: b.insert(contentsOf: tokens[g.uniform(below: tokens.count)], at: i)
            case 3: b.removeSubrange(i..<b.count)
            case 4: b.insert(contentsOf: b[i..<min(b.count, i + 1 + g.uniform(below: 40))], at: g.uniform(below: b.count))
            case 5: b.insert(contentsOf: Array(repeating: UInt8(ascii: "["), count: 1 + g.uniform(below: 5_000)), at: i)
            default: b.insert(contentsOf: Array("\n  x: {y: [1, 2, {z: 3}]}\n".utf8), at: i)
            }
        }
        return b
    }

    @Test("Thousands of mutated scenario files give a clean error or a valid scenario", arguments: BuiltinScenarios.all.map(\.name))
    func mutatedFiles(name: String) throws {
        let base = Array(try #require(BuiltinScenarios.all.first { $0.name == name }).yaml.utf8)
        var g = StreamKey(seed: 2026, stream: "fuzz").child(name).generator(0)
        var valid = 0, invalid = 0
        for _ in 0..<1_500 {
            let bytes = Self.mutate(base, &g)
            guard let text = String(validating: bytes, as: UTF8.self) else { invalid += 1; continue }
            do {
                let s = try Scenario.parse(yaml: text, file: "fuzz.yaml")
                #expect(!s.name.isEmpty)
                valid += 1
            } catch {
                // Every error names the file and says something.
                #expect(error.description.hasPrefix("fuzz.yaml") || error.description.contains("scenario"), "\(error.description)")
                #expect(!error.description.isEmpty)
                invalid += 1
            }
        }
        #expect(valid + invalid == 1_500)
        #expect(invalid > 0)
    }

    @Test("Deep nesting, huge numbers and binary input are errors, not crashes")
    func pathological() {
        let inputs = [
            String(repeating: "[", count: 100_000),
            String(repeating: "a:\n ", count: 5_000),
            "name: x\ndescription: y\nnow: 2026-01-01T00:00:00Z\nhistory_months: 99999999999999999999999999\n",
            "name: x\ndescription: y\nnow: 2026-01-01T00:00:00Z\nmerchants: {count: 1e400}\n",
            String(decoding: (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }, as: UTF8.self),
            "\u{0}\u{0}\u{0}",
        ]
        for input in inputs {
            #expect(throws: ScenarioError.self) { try Scenario.parse(yaml: input, file: "p.yaml") }
        }
    }

    @Test("extends: merges mappings key by key; unknown bases and cycles are errors")
    func extends() throws {
        let s = try Scenario.parse(yaml: "extends: dev\nname: child\ndescription: d\ntenants: {individual: 2}\n", file: "child.yaml")
        let dev = try ScenarioLibrary.load("dev").scenario
        #expect(s.name == "child")
        #expect(s.tenants.individual == 2)
        #expect(s.tenants.business == dev.tenants.business)
        #expect(s.nowMicros == dev.nowMicros)
        #expect(throws: ScenarioError.self) { try Scenario.parse(yaml: "extends: deb\nname: c\n", file: "c.yaml") }
        do {
            _ = try Scenario.parse(yaml: "extends: deb\nname: c\n", file: "c.yaml")
        } catch {
            #expect(error.description == "c.yaml:1:1: extends: no scenario 'deb' to extend (did you mean 'dev'?)")
        }
    }

    @Test("--scale multiplies tenants, merchants, products and locations")
    func scale() throws {
        let dev = try ScenarioLibrary.load("dev").scenario
        let big = dev.scaled(by: 10)
        #expect(big.tenants.individual == dev.tenants.individual * 10)
        #expect(big.merchants.count == dev.merchants.count * 10)
        #expect(big.retail.products == dev.retail.products * 10)
        let small = dev.scaled(by: 0.01)
        #expect(small.tenants.business == 1)
        #expect(small.tenants.businessUsers == dev.tenants.businessUsers)
    }
}
