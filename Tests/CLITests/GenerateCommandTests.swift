import FortressSeed
import Foundation
import Testing

/// The command as a user runs it: determinism, errors, help.
@Suite("fortress-seed command")
struct GenerateCommandTests {
    func generate(seed: String, format: String = "csv", in dir: URL, _ name: String) throws -> [String: String] {
        let out = dir.appendingPathComponent(name)
        let r = try Shell.fortress(["generate", "--scenario", "dev", "--seed", seed, "--out", out.path, "--format", format, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        var digests: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: out.path) {
            let data = try Data(contentsOf: out.appendingPathComponent(file))
            digests[file] = TestSHA.hex(data)
        }
        return digests
    }

    @Test("Same seed gives identical files; another seed changes every table", arguments: ["csv", "sql"])
    func determinism(format: String) throws {
        let dir = try Shell.temporaryDirectory("det")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try generate(seed: "42", format: format, in: dir, "a")
        let b = try generate(seed: "42", format: format, in: dir, "b")
        let c = try generate(seed: "43", format: format, in: dir, "c")
        #expect(a == b)
        #expect(!a.isEmpty)
        // The calendar dimension is the same for every seed: it lists the scenario's days.
        for (file, digest) in a where !file.hasPrefix("analytics_dim_date") {
            #expect(c[file] != digest, "\(file) did not change with the seed")
        }
    }

    @Test("The manifest records version, scenario, seed and each file's size and SHA-256")
    func manifest() throws {
        let dir = try Shell.temporaryDirectory("manifest")
        defer { try? FileManager.default.removeItem(at: dir) }
        let digests = try generate(seed: "5", in: dir, "m")
        let data = try Data(contentsOf: dir.appendingPathComponent("m/manifest.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["scenario"] as? String == "dev")
        #expect(json["seed"] as? String == "5")
        #expect((json["generator_version"] as? String)?.isEmpty == false)
        let tables = try #require(json["tables"] as? [[String: Any]])
        #expect(tables.map { $0["table"] as? String } == GeneratedTable.allCases.map(\.rawValue))
        for t in tables {
            let file = try #require(t["file"] as? String)
            #expect(digests[file] == t["sha256"] as? String)
            let size = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("m/\(file)").path)[.size] as? Int
            #expect(size == t["bytes"] as? Int)
        }
    }

    @Test("An unknown scenario name fails with exit 2 and suggests the closest one")
    func unknownScenario() throws {
        let r = try Shell.fortress(["generate", "--scenario", "deb", "--out", "/tmp/never-written"])
        #expect(r.status == 2)
        let builtins = ScenarioLibrary.builtinNames.joined(separator: ", ")
        #expect(r.stderr == "fortress-seed: error: scenario 'deb' is neither a built-in scenario nor a readable file (did you mean 'dev'?); built-in scenarios: \(builtins)\n")
        #expect(builtins.hasPrefix("dev, fraud-lab, load-test, qa-staging, supermarket"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
    }

    @Test("A bad scenario file reports every problem with file, line, column and key, exit 2")
    func badScenarioFile() throws {
        let dir = try Shell.temporaryDirectory("badscenario")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.yaml")
        try """
            name: bad
            description: broken on purpose
            now: 2026-11-01T00:00:00Z
            tenants:
              busines: 3
              individual: many
            accounts:
              types: {wallet: 0.5, bank: 0.2}

            """.write(to: file, atomically: true, encoding: .utf8)
        let r = try Shell.fortress(["generate", "--scenario", file.path, "--out", dir.appendingPathComponent("out").path])
        #expect(r.status == 2)
        let p = file.path
        #expect(r.stderr == """
            fortress-seed: error: \(p):5:3: tenants.busines: unknown key 'busines' (did you mean 'business'?); allowed here: business, individual, business_users, corporate_accounts
            fortress-seed: error: \(p):6:15: tenants.individual: expected a whole number in 0...1000000000, found "many"
            fortress-seed: error: \(p):8:10: accounts.types: weights must sum to 1, they sum to 0.7

            """)
    }

    @Test("A non-empty output directory that is not ours is refused")
    func refusesForeignDirectory() throws {
        let dir = try Shell.temporaryDirectory("foreign")
        defer { try? FileManager.default.removeItem(at: dir) }
        try "keep me".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let r = try Shell.fortress(["generate", "--out", dir.path, "--quiet"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("is not empty and holds no fortress-seed manifest.json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["notes.txt"])
    }

    @Test("--with-schema without --format sql is a usage error")
    func flagCombination() throws {
        let r = try Shell.fortress(["generate", "--out", "/tmp/x", "--with-schema"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--with-schema needs --format sql"))
    }

    @Test("Every command's --help explains its options with an example", arguments: ["generate", "schema", "scenarios"])
    func help(command: String) throws {
        let r = try Shell.fortress([command, "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Example"))
        #expect(r.stdout.contains("fortress-seed \(command)"))
    }

    @Test("scenarios lists dev with its description")
    func scenarios() throws {
        let r = try Shell.fortress(["scenarios"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("dev "))
        #expect(r.stdout.contains("known logins"))
    }

    @Test("schema --format prisma maps every table and uses Decimal for money")
    func prisma() throws {
        let r = try Shell.fortress(["schema", "--format", "prisma"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("model Transaction {"))
        #expect(r.stdout.contains("amount Decimal @db.Decimal(20, 6)"))
        #expect(r.stdout.contains("@@map(\"transactions\")"))
        #expect(r.stdout.contains("@@id([id, occurredAt], map: \"pk_transactions\")"))
    }
}
