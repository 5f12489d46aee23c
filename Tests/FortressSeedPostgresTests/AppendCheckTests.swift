import FortressSeed
@testable import FortressSeedPostgres
import Testing

/// `--append`'s decision, from the bookkeeping rows and the non-empty tables alone.
@Suite("AppendCheck")
struct AppendCheckTests {
    let tables: [GeneratedTable] = [.tenants, .users, .eventsOutbox, .analyticsDimDate]

    func key(seed: UInt64 = 42, shard: Shard = .whole, sha: String = "abc", version: String = "0.4.0") -> LoadState.Key {
        LoadState.Key(scenarioSHA256: sha, seed: seed, version: version, shard: shard)
    }

    func states(_ key: LoadState.Key, _ tables: [GeneratedTable]) -> [LoadState] {
        tables.map { LoadState(key: key, table: $0.rawValue, rows: 10) }
    }

    func refusal(_ check: AppendCheck, _ states: [LoadState], nonEmpty: [String]) -> String? {
        do {
            try check.verify(states: states, nonEmpty: nonEmpty)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("Another shard of the same scenario, seed, version and N is accepted, seed-independent tables included")
    func siblingShard() {
        let loaded = states(key(shard: Shard(index: 0, count: 3)), tables)
        let check = AppendCheck(key: key(shard: Shard(index: 2, count: 3)), tables: tables)
        #expect(refusal(check, loaded, nonEmpty: tables.map(\.rawValue)) == nil)
    }

    @Test("The same shard twice, or shards of another N, are refused: their rows overlap")
    func overlappingShards() throws {
        let loaded = states(key(shard: Shard(index: 1, count: 3)), tables)
        let again = try #require(refusal(AppendCheck(key: key(shard: Shard(index: 1, count: 3)), tables: tables), loaded, nonEmpty: ["users"]))
        #expect(again.contains("seed 42 was already loaded") && again.contains("the same seed writes the same ids"), "\(again)")
        let otherN = try #require(refusal(AppendCheck(key: key(shard: Shard(index: 0, count: 2)), tables: tables), loaded, nonEmpty: ["users"]))
        #expect(otherN.contains("same N"), "\(otherN)")
        let whole = try #require(refusal(AppendCheck(key: key(), tables: tables), loaded, nonEmpty: ["users"]))
        #expect(whole.contains("seed 42 was already loaded"), "\(whole)")
    }

    @Test("A shard of another version or scenario is not a sibling")
    func notSiblings() {
        let loaded = states(key(shard: Shard(index: 0, count: 2)), tables)
        #expect(refusal(AppendCheck(key: key(shard: Shard(index: 1, count: 2), version: "0.5.0"), tables: tables), loaded, nonEmpty: ["users"]) != nil)
        #expect(refusal(AppendCheck(key: key(shard: Shard(index: 1, count: 2), sha: "def"), tables: tables), loaded, nonEmpty: ["users"]) != nil)
    }

    @Test("Another seed is accepted for seed-derived keys, refused for seed-independent ones")
    func otherSeed() throws {
        let loaded = states(key(), tables)
        let seedDerived: [GeneratedTable] = [.tenants, .users]
        #expect(refusal(AppendCheck(key: key(seed: 7), tables: seedDerived), loaded, nonEmpty: ["tenants", "users"]) == nil)
        let full = try #require(refusal(AppendCheck(key: key(seed: 7), tables: tables), loaded, nonEmpty: tables.map(\.rawValue)))
        #expect(full.contains("events_outbox, analytics_dim_date have keys that do not depend on the seed"), "\(full)")
    }

    @Test("Rows no load recorded are refused")
    func unrecorded() throws {
        let r = try #require(refusal(AppendCheck(key: key(seed: 7), tables: tables), [], nonEmpty: ["users"]))
        #expect(r.contains("users hold rows that no fortress-seed load recorded"), "\(r)")
    }
}
