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
struct AppendCheck {
    let key: LoadState.Key
    let tables: [GeneratedTable]

    /// Tables whose primary keys are the same for every seed in this version
    /// (found by generating dev with seeds 1 and 2 and comparing keys; no test guards the list yet).
    static let seedIndependentKeys: [GeneratedTable] = [.eventsOutbox, .analyticsDimDate, .analyticsFactDailyTransactions]

    func verify(states: [LoadState], nonEmpty: [String]) throws(PostgresError) {
        let sameSeed = states.filter { $0.key.seed == key.seed && $0.isTable }
        if let s = sameSeed.first {
            throw .appendRefused("seed \(key.seed) was already loaded into this database (\(s.key)); "
                + "the same seed writes the same ids. Append another seed, or use --truncate")
        }
        let recorded = Set(states.map(\.table))
        let unknown = nonEmpty.filter { !recorded.contains($0) }
        if !unknown.isEmpty {
            throw .appendRefused("tables \(unknown.joined(separator: ", ")) hold rows that no fortress-seed load recorded "
                + "in \(LoadState.tableName), so their ids are unknown and could collide")
        }
        let shared = tables.filter { Self.seedIndependentKeys.contains($0) && nonEmpty.contains($0.rawValue) }
        if !shared.isEmpty {
            throw .appendRefused("tables \(shared.map(\.rawValue).joined(separator: ", ")) have keys that do not depend on the seed "
                + "in generator version \(key.version) (date keys, ids counted from 1): another seed's rows would collide")
        }
    }
}
