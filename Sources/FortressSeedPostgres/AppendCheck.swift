import FortressSeed

/// Decides whether `--append` may add a dataset to tables that already hold rows.
///
/// Ids are derived from the seed (`StreamKey`), so another seed's uuids
/// cannot collide with the recorded loads' (2^-122 per pair), while the same
/// seed would write the same ids again. The check therefore needs to know
/// what is in the target: the bookkeeping table (`LoadState`). Rows that no
/// load recorded make it refuse, since their ids are unknown. Tables whose
/// keys this generator version does not derive from the seed (date keys, ids
/// counted from 1) would collide whatever the seed, so they are refused too.
///
/// Shards are the exception that makes one dataset loadable from N machines:
/// shard `i/N` and shard `j/N` of the same scenario, seed and version hold
/// disjoint rows of one dataset (whole tenants; global tables in shard 0 only;
/// their union is the unsharded run, tested), so even the seed-independent
/// keys cannot collide between them.
struct AppendCheck {
    let key: LoadState.Key
    let tables: [GeneratedTable]

    /// Tables whose primary keys are the same for every seed in this version
    /// (found by generating dev with seeds 1 and 2 and comparing keys; `LoadModeTests` loads a second seed into them).
    static let seedIndependentKeys: [GeneratedTable] = [.eventsOutbox, .analyticsDimDate, .analyticsFactDailyTransactions]

    func verify(states: [LoadState], nonEmpty: [String]) throws(PostgresError) {
        let loaded = states.filter(\.isTable)
        if let s = loaded.first(where: { $0.key.seed == key.seed && !$0.key.isSibling(of: key) }) {
            throw .appendRefused(sameSeedReason(s.key))
        }
        let recorded = Set(states.map { LoadUnit.tableName($0.table) })
        let unknown = nonEmpty.filter { !recorded.contains($0) }
        if !unknown.isEmpty {
            throw .appendRefused("tables \(unknown.joined(separator: ", ")) hold rows that no fortress-seed load recorded "
                + "in \(LoadState.tableName), so their ids are unknown and could collide")
        }
        // Seed-independent keys collide unless every load recorded in the table is a sibling shard.
        let shared = tables.filter { t in
            Self.seedIndependentKeys.contains(t) && nonEmpty.contains(t.rawValue)
                && loaded.contains { LoadUnit.tableName($0.table) == t.rawValue && !$0.key.isSibling(of: key) }
        }
        if !shared.isEmpty {
            throw .appendRefused("tables \(shared.map(\.rawValue).joined(separator: ", ")) have keys that do not depend on the seed "
                + "in generator version \(key.version) (date keys, ids counted from 1): another seed's rows would collide. "
                + "Only other shards (--shard i/N) of the loaded seed can be appended to them")
        }
    }

    private func sameSeedReason(_ other: LoadState.Key) -> String {
        let what = "seed \(key.seed) was already loaded into this database (\(other))"
        if other == key { return what + "; the same seed writes the same ids. Append another seed or shard, or use --truncate" }
        if other.shard.count != key.shard.count || key.shard.count > 1 || other.shard.count > 1,
           other.scenarioSHA256 == key.scenarioSHA256, other.version == key.version {
            return what + "; shards of one seed must split it the same way (same N), each loaded once: shard \(key.shard) would repeat its rows"
        }
        return what + "; the same seed writes the same ids. Append another seed, or use --truncate"
    }
}
