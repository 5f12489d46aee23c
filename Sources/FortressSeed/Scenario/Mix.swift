/// A weighted choice among the cases of an enum, read from a scenario.
///
/// Weights are kept in `K.allCases` order so sampling tables built from a
/// mix never depend on dictionary order.
public struct Mix<K: CaseIterable & Hashable & Sendable>: Sendable, Equatable {
    /// Weights in `K.allCases` order (zero for labels the scenario left out).
    public let weights: [Double]

    public init(_ weights: [K: Double]) {
        self.weights = K.allCases.map { weights[$0] ?? 0 }
    }

    /// The weight of one case.
    public func weight(_ k: K) -> Double {
        let i = K.allCases.firstIndex(of: k)!
        return weights[K.allCases.distance(from: K.allCases.startIndex, to: i)]
    }

    /// The case at a position of `K.allCases` (what an alias table over `weights` returns).
    public static func label(at index: Int) -> K {
        K.allCases[K.allCases.index(K.allCases.startIndex, offsetBy: index)]
    }
}
