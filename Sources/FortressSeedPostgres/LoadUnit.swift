import FortressSeed

/// One COPY of a load: a whole table, or one part of a large tenant-scoped table.
///
/// With `--jobs N` (per-table commits) the largest tables — `transactions` and
/// `events_outbox` — are cut into N parts by tenant (`Dataset.part(_:of:)`), each
/// streamed on its own connection and committed and recorded on its own, so
/// N connections share the biggest tables instead of one connection taking
/// each. A part is recorded in `fortress_seed_load_state` as `table#k/N`
/// (1-based `k`); a table is loaded when all its parts are.
struct LoadUnit: Hashable, Sendable, CustomStringConvertible {
    let table: GeneratedTable
    /// 0-based part index, and the number of parts (1: the whole table).
    let part: Int
    let parts: Int

    init(_ table: GeneratedTable, part: Int = 0, of parts: Int = 1) {
        self.table = table
        self.part = part
        self.parts = parts
    }

    /// Tables large enough to be split across connections (tenant-scoped, so parts are disjoint).
    static let splittable: Set<GeneratedTable> = [.transactions, .eventsOutbox]

    /// The bookkeeping name: the table's, or `table#k/N`.
    var name: String { parts == 1 ? table.rawValue : "\(table.rawValue)#\(part + 1)/\(parts)" }

    var description: String { name }

    /// The rows this unit loads.
    func dataset(_ whole: Dataset) -> Dataset { parts == 1 ? whole : whole.part(part, of: parts) }

    /// The table a bookkeeping name records (`transactions#2/4` → `transactions`).
    static func tableName(_ recorded: String) -> String {
        recorded.split(separator: "#", maxSplits: 1).first.map(String.init) ?? recorded
    }

    /// The parts of a bookkeeping name (`transactions#2/4` → 4), or nil for a whole table.
    static func partCount(_ recorded: String) -> Int? {
        guard recorded.contains("#"), let slash = recorded.lastIndex(of: "/") else { return nil }
        return Int(recorded[recorded.index(after: slash)...])
    }

    /// The units of `tables` for `jobs` connections: splittable tables in `jobs` parts,
    /// unless the bookkeeping already holds the table whole or parts of it in another
    /// count (a resume keeps what it started with).
    static func plan(_ tables: [GeneratedTable], jobs: Int, recorded: Set<String>) -> [LoadUnit] {
        tables.flatMap { table -> [LoadUnit] in
            if recorded.contains(table.rawValue) { return [LoadUnit(table)] }
            let earlier = recorded.first { tableName($0) == table.rawValue && $0 != table.rawValue }.flatMap(partCount)
            let parts = earlier ?? (jobs > 1 && splittable.contains(table) ? jobs : 1)
            return (0..<parts).map { LoadUnit(table, part: $0, of: parts) }
        }
    }

    /// The tables `recorded` names completely: whole, or with every one of their parts.
    static func completeTables(_ recorded: [String]) -> Set<String> {
        var parts: [String: Set<String>] = [:]
        var complete: Set<String> = []
        for name in recorded {
            guard let count = partCount(name) else { complete.insert(name); continue }
            let table = tableName(name)
            parts[table, default: []].insert(name)
            if parts[table]!.count == count { complete.insert(table) }
        }
        return complete
    }
}

extension TableLoad {
    /// One load per table: the parts of a table summed (rows, bytes; the longest time), in first-seen order.
    static func merged(_ loads: [TableLoad]) -> [TableLoad] {
        var order: [String] = []
        var byTable: [String: TableLoad] = [:]
        for load in loads {
            let table = LoadUnit.tableName(load.table)
            if var m = byTable[table] {
                m.rows += load.rows
                m.bytes += load.bytes
                m.seconds = max(m.seconds, load.seconds)
                byTable[table] = m
            } else {
                order.append(table)
                byTable[table] = TableLoad(table: table, rows: load.rows, bytes: load.bytes, seconds: load.seconds)
            }
        }
        return order.compactMap { byTable[$0] }
    }
}
