import FortressSeed
import Foundation

/// `ANALYZE` of the loaded tables after the commit, spread over up to `jobs` connections.
///
/// After a bulk load the planner knows nothing of the new rows until the tables
/// are analyzed, and autovacuum never analyzes a partitioned table's parent
/// (`transactions`), so the loader does it. One table per statement, the most
/// expensive first (longest-processing-time order), each connection taking the
/// next one when it is free: on `--jobs 2` the partitioned `transactions`
/// (every partition, then the whole hierarchy) runs beside all the others.
///
/// A failure loses nothing (the data is committed): it is reported as a step
/// and the remaining tables are still analyzed.
struct Analyzer {
    let tables: [TableLoad]
    let jobs: Int
    /// Partitioned tables: ANALYZE samples each partition and then the whole hierarchy.
    let partitioned: Set<String>

    /// The order to analyze in: partitioned tables first (the longest, even when their size
    /// is unknown, as for tables an earlier run committed), then the largest estimated cost
    /// first; ties keep the given order.
    var order: [String] {
        tables.enumerated().sorted { a, b in
            let (pa, pb) = (partitioned.contains(a.element.table), partitioned.contains(b.element.table))
            if pa != pb { return pa }
            let (ca, cb) = (cost(a.element), cost(b.element))
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element.table)
    }

    /// About the bytes ANALYZE reads: every row up to its 30,000-row sample (the
    /// default statistics target); a partitioned table once per partition, then again.
    func cost(_ t: TableLoad) -> Double {
        guard t.rows > 0 else { return 0 }
        let sample = Double(t.bytes) / Double(t.rows) * 30_000
        let whole = Double(t.bytes)
        return partitioned.contains(t.table) ? whole + min(whole, sample) : min(whole, sample)
    }

    /// The statements, in order, for a `StatementPool` (optional: a failure loses nothing).
    var statements: [StatementPool.Statement] {
        order.map { StatementPool.Statement(sql: "ANALYZE " + $0, tables: [$0], optional: true) }
    }

    /// Analyzes on `db` and, when `jobs > 1` and a target is known, on `jobs - 1` more connections.
    func run(on db: Connection, target: ConnectionTarget?, cancellation: LoadCancellation, observe: (LoadEvent) -> Void) {
        let failures = (try? StatementPool(jobs: jobs).run(statements, on: db, target: target, cancellation: cancellation)) ?? []
        for message in failures { observe(.step(message + " (the data is committed)")) }
    }
}
