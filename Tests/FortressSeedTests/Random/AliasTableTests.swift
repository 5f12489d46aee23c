import Testing
import FortressSeed

@Suite struct AliasTableTests {
    static let weights: [Double] = [70, 25, 5, 0, 12.5, 1, 3.3]

    @Test("Golden samples", .tags(.golden))
    func golden() {
        var rng = goldenRandomStream()
        let table = AliasTable(weights: [70, 25, 5, 0, 12.5])
        #expect((0..<10).map { _ in table.sample(using: &rng) } == [4, 4, 1, 1, 0, 0, 0, 1, 0, 0])
    }

    @Test("The table encodes exactly the normalized weights")
    func encodedProbabilities() {
        let table = AliasTable(weights: Self.weights)
        let total = Self.weights.reduce(0, +)
        #expect(table.count == Self.weights.count)
        for (index, weight) in Self.weights.enumerated() {
            #expect(abs(table.probability(of: index) - weight / total) < 1e-12)
        }
    }

    @Test("Samples fit the weights", arguments: [1, 2, 3] as [UInt64])
    func chiSquare(seed: UInt64) {
        let table = AliasTable(weights: Self.weights)
        var rng = StreamKey(seed: seed, stream: "alias").generator(0)
        var counts = [Int](repeating: 0, count: Self.weights.count)
        for _ in 0..<40_000 {
            counts[table.sample(using: &rng)] += 1
        }
        #expect(counts[3] == 0)  // zero weight, never drawn
        let limit = SampleStatistics.chiSquareLimit(degreesOfFreedom: 5)  // 6 non-zero categories
        #expect(SampleStatistics.chiSquare(observed: counts, probabilities: Self.weights) < limit)
        // Negative control: swapping two weights is detected.
        var swapped = Self.weights
        swapped.swapAt(1, 4)
        #expect(SampleStatistics.chiSquare(observed: counts, probabilities: swapped) > limit)
    }

    @Test("Construction is deterministic and handles extreme weights")
    func construction() {
        #expect(AliasTable(weights: Self.weights) == AliasTable(weights: Self.weights))
        var rng = goldenRandomStream()
        let single = AliasTable(weights: [3])
        #expect((0..<10).allSatisfy { _ in single.sample(using: &rng) == 0 })
        let spiky = AliasTable(weights: [1e-300, 1e300, 0, 1])
        #expect((0..<1_000).allSatisfy { _ in spiky.sample(using: &rng) == 1 })
        let huge = AliasTable(weights: [1e308, 1e308, 0])
        let tiny = AliasTable(weights: [.leastNonzeroMagnitude, 0, 2 * .leastNonzeroMagnitude])
        for _ in 0..<1_000 {
            #expect(huge.sample(using: &rng) != 2)
            #expect(tiny.sample(using: &rng) != 1)
        }
        #expect(abs(tiny.probability(of: 2) - 2.0 / 3) < 1e-12)
        let many = AliasTable(weights: (0..<10_000).map { Double($0 % 7) })
        #expect((0..<1_000).allSatisfy { _ in many.sample(using: &rng) % 7 != 0 })
    }

    @Test("validate describes the first problem")
    func validate() {
        #expect(AliasTable.validate(weights: [1, 0, 2]) == nil)
        #expect(AliasTable.validate(weights: []) == "weights must not be empty")
        #expect(AliasTable.validate(weights: [1, -2, 3]) == "weight 1 must not be negative, found -2.0")
        #expect(AliasTable.validate(weights: [1, .nan]) == "weight 1 must be finite, found nan")
        #expect(AliasTable.validate(weights: [.infinity]) == "weight 0 must be finite, found inf")
        #expect(AliasTable.validate(weights: [0, 0]) == "weights must not all be zero")
        #expect(AliasTable.validate(weights: [1e308, 1e308]) == nil)
    }
}
