/// One planned fraud case of a tenant: its pattern, its window and who takes part.
///
/// Every transaction the case produces lies in `start...end`: the planner
/// chooses the window inside every participant's active life (after their
/// primary account opened, before churn and "now"), and the ledger never
/// schedules a case row outside it.
struct FraudCase: Sendable {
    /// Position in the tenant's plan: the address of the case's id and streams.
    let index: Int
    let pattern: FraudPattern
    let start: Int64
    let end: Int64
    /// Participating users of the tenant; `members[0]` is the lead, whose simulation
    /// emits the case (every pattern but the collusion ring, where each member emits its own part).
    let members: [Int]
    let roles: [FraudRole]
    /// The pattern's size drawn from `fraud.patterns.<p>.size` (attempts, transfers, accounts...).
    let size: Int
    /// The colluding merchant (`merchant_collusion`), else -1.
    let merchant: Int
    let merchantKind: Int
}

/// A graph typology as edges between case nodes, in time order.
///
/// Node `-1` is the outside world: an edge from it brings dirty money in (a
/// one-leg credit from another bank), an edge to it cashes out. `share` is the
/// part of what the sender holds from the case that the edge moves.
struct FraudEdge {
    let from: Int
    let to: Int
    /// Step (0, 1, 2...): edges of one step happen together, later steps later.
    let step: Int
    let share: Double
}

extension FraudPattern {
    /// The edges of a graph typology over `n` nodes (node 0 is the lead).
    ///
    /// Shapes after AMLSim: fan-out (one sends to many), fan-in (many send to
    /// one), cycle (money comes back to its origin), scatter-gather (one to many
    /// to one), gather-scatter (many to one to many), bipartite (every source to
    /// every sink), stack (three layers, complete between neighbours). Sinks
    /// cash out at the last step.
    func edges(nodes n: Int) -> [FraudEdge] {
        var e: [FraudEdge] = []
        func out(_ nodes: Range<Int>, step: Int) { for v in nodes { e.append(FraudEdge(from: v, to: -1, step: step, share: 1)) } }
        switch self {
        case .fanOut:
            e.append(FraudEdge(from: -1, to: 0, step: 0, share: 1))
            for v in 1..<n { e.append(FraudEdge(from: 0, to: v, step: 1, share: 1 / Double(n - v))) }
            out(1..<n, step: 2)
        case .fanIn:
            for v in 1..<n { e.append(FraudEdge(from: -1, to: v, step: 0, share: 1)) }
            for v in 1..<n { e.append(FraudEdge(from: v, to: 0, step: 1, share: 1)) }
            out(0..<1, step: 2)
        case .cycle:
            e.append(FraudEdge(from: -1, to: 0, step: 0, share: 1))
            for v in 0..<n { e.append(FraudEdge(from: v, to: (v + 1) % n, step: 1 + v, share: 1)) }
            out(0..<1, step: n + 1)
        case .scatterGather:
            e.append(FraudEdge(from: -1, to: 0, step: 0, share: 1))
            for v in 1..<(n - 1) { e.append(FraudEdge(from: 0, to: v, step: 1, share: 1 / Double(n - 1 - v))) }
            for v in 1..<(n - 1) { e.append(FraudEdge(from: v, to: n - 1, step: 2, share: 1)) }
            out((n - 1)..<n, step: 3)
        case .gatherScatter:
            let k = n / 2
            for v in 1...k { e.append(FraudEdge(from: -1, to: v, step: 0, share: 1)) }
            for v in 1...k { e.append(FraudEdge(from: v, to: 0, step: 1, share: 1)) }
            for v in (k + 1)..<n { e.append(FraudEdge(from: 0, to: v, step: 2, share: 1 / Double(n - v))) }
            out((k + 1)..<n, step: 3)
        case .bipartite:
            let k = n / 2
            for v in 0..<k { e.append(FraudEdge(from: -1, to: v, step: 0, share: 1)) }
            for v in 0..<k {
                for w in k..<n { e.append(FraudEdge(from: v, to: w, step: 1, share: 1 / Double(n - w))) }
            }
            out(k..<n, step: 2)
        case .stack:
            let a = n / 3, b = 2 * n / 3
            for v in 0..<a { e.append(FraudEdge(from: -1, to: v, step: 0, share: 1)) }
            for v in 0..<a {
                for w in a..<b { e.append(FraudEdge(from: v, to: w, step: 1, share: 1 / Double(b - w))) }
            }
            for v in a..<b {
                for w in b..<n { e.append(FraudEdge(from: v, to: w, step: 2, share: 1 / Double(n - w))) }
            }
            out(b..<n, step: 3)
        default:
            break
        }
        return e
    }

    /// Each node's role in a graph case: money enters at sources (fraudsters),
    /// leaves at sinks (accomplices, the beneficiaries); the rest are mules.
    func graphRoles(nodes n: Int) -> [FraudRole] {
        let edges = edges(nodes: n)
        return (0..<n).map { v in
            if edges.contains(where: { $0.from == -1 && $0.to == v }) { return .fraudster }
            if edges.contains(where: { $0.from == v && $0.to == -1 }) { return .accomplice }
            return .mule
        }
    }
}
