/// A discrete distribution over `0..<count` with given weights, sampled in O(1).
///
/// Built with Vose's alias method: every index gets one column of height 1 split between
/// itself (with probability `probability[i]`) and one `alias[i]`. Construction visits
/// indices in a fixed order with fixed floating-point operations, so the same weights give
/// the same table, and the same stream gives the same samples, on every platform.
///
/// ```swift
/// let channels = AliasTable(weights: [70, 25, 5])   // web, app, branch
/// let channel = channels.sample(using: &rng)          // 0, 1 or 2
/// ```
///
/// Build tables once, when a scenario is loaded; sampling then allocates nothing.
public struct AliasTable: Sendable, Hashable {
    @usableFromInline let probability: [Double]
    @usableFromInline let alias: [Int]

    /// The number of outcomes.
    @inlinable
    public var count: Int { probability.count }

    /// Builds the table; weights must be finite, non-negative and not all zero
    /// (check input with `validate(weights:)` first).
    ///
    /// - Complexity: O(*n*).
    public init(weights: [Double]) {
        if let problem = Self.validate(weights: weights) {
            preconditionFailure(problem)
        }
        let n = weights.count
        // Divide by the largest weight first, so neither huge nor subnormal weights can
        // overflow the sum or the scale.
        var largest = 0.0
        for weight in weights {
            largest = max(largest, weight)
        }
        var total = 0.0
        for weight in weights {
            total += weight / largest
        }
        // Scale so the average column is 1.
        let scale = Double(n) / total
        var scaled = weights.map { $0 / largest * scale }
        var probability = [Double](repeating: 1, count: n)
        var alias = Array(0..<n)
        var small: [Int] = []
        var large: [Int] = []
        small.reserveCapacity(n)
        large.reserveCapacity(n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            // Pushed in reverse so that popping handles the lowest indices first.
            if scaled[i] < 1 { small.append(i) } else { large.append(i) }
        }
        while let less = small.last, let more = large.last {
            small.removeLast()
            large.removeLast()
            probability[less] = scaled[less]
            alias[less] = more
            // Vose's stable form: (p_more + p_less) - 1 loses less than p_more - (1 - p_less).
            scaled[more] = (scaled[more] + scaled[less]) - 1
            if scaled[more] < 1 {
                small.append(more)
            } else {
                large.append(more)
            }
        }
        // Whatever is left is 1 up to rounding; probability is already 1 there.
        self.probability = probability
        self.alias = alias
    }

    /// Describes the first problem with `weights`, or `nil` if a table can be built.
    public static func validate(weights: [Double]) -> String? {
        if weights.isEmpty {
            return "weights must not be empty"
        }
        for (index, weight) in weights.enumerated() {
            if !weight.isFinite {
                return "weight \(index) must be finite, found \(weight)"
            }
            if weight < 0 {
                return "weight \(index) must not be negative, found \(weight)"
            }
        }
        if weights.allSatisfy({ $0 == 0 }) {
            return "weights must not all be zero"
        }
        return nil
    }

    /// An index in `0..<count`, drawn with probability proportional to its weight.
    ///
    /// Consumes one value for the column (`uniform(below:)`, rarely more) and one for the
    /// coin. Zero-weight indices are never returned.
    @inlinable
    public func sample<R: RandomNumberGenerator>(using rng: inout R) -> Int {
        let column = rng.uniform(below: probability.count)
        return rng.unitDouble() < probability[column] ? column : alias[column]
    }

    /// The probability this table actually assigns to `index` (for tests and diagnostics).
    ///
    /// - Complexity: O(*n*).
    public func probability(of index: Int) -> Double {
        var mass = probability[index]
        for column in 0..<count where alias[column] == index && column != index {
            mass += 1 - probability[column]
        }
        return mass / Double(count)
    }
}
