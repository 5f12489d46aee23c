import Foundation
import Testing
import FortressSeed

@Suite struct DistributionsTests {
    static let seeds: [UInt64] = [1, 2, 3]

    @Test("Golden draws", .tags(.golden))
    func golden() {
        var rng = goldenRandomStream()
        #expect((0..<8).map { _ in rng.uniform(1...6 as ClosedRange<Int64>) } == [6, 4, 6, 4, 2, 6, 3, 4])
        rng = goldenRandomStream()
        #expect((0..<4).map { _ in rng.uniform(Int64.min...Int64.max) }
            == [-89_040_318_554_058_834, -9_054_594_078_912_748_693, -1_564_819_736_898_398_671, -8_378_177_063_025_418_591])
        rng = goldenRandomStream()
        #expect((0..<6).map { _ in rng.uniform(below: 1_000_003) } == [995_176, 509_150, 915_173, 545_819, 317_007, 883_387])
        rng = goldenRandomStream()
        #expect((0..<6).map { _ in rng.uniform(-5..<5 as Range<Int64>) } == [4, 0, 4, 0, -2, 3])
        rng = goldenRandomStream()
        #expect((0..<4).map { _ in rng.unitDouble().bitPattern }
            == [0x3FEF_D875_49AA_3CB9, 0x3FE0_4AF3_D512_A19C, 0x3FED_4914_97AE_94D2, 0x3FE1_7757_8B38_A16B])
        rng = goldenRandomStream()
        #expect((0..<3).map { _ in rng.uniformDouble(in: -2.5..<7.5).bitPattern }
            == [0x401D_CE92_9C14_CBE8, 0x4004_BB61_94AE_9406, 0x401A_9B59_BD9A_3A06])
        rng = goldenRandomStream()
        #expect((0..<16).map { _ in rng.bernoulli(0.6) } == [
            false, true, false, true, true, false, true, true, false, false, true, true, false, false, true, true,
        ])
    }

    @Test("Golden continuous and Poisson draws", .tags(.golden))
    func goldenContinuous() {
        var rng = goldenRandomStream()
        #expect((0..<4).map { _ in rng.normal(mean: 100, sd: 15).bitPattern }
            == [0x4059_BB66_D2B1_3166, 0x405C_295E_0EC8_5A65, 0x4057_B225_32FC_A018, 0x4051_230A_C915_E3F4])
        rng = goldenRandomStream()
        #expect((0..<4).map { _ in rng.logNormal(mu: 3, sigma: 0.75).bitPattern }
            == [0x4037_409C_0CB7_80EA, 0x4042_E671_C818_23AC, 0x402E_F2CE_332C_B775, 0x4010_ABC7_07D4_BF35])
        rng = goldenRandomStream()
        #expect((0..<4).map { _ in rng.exponential(rate: 0.25).bitPattern }
            == [0x4035_558F_25B8_E2E5, 0x4006_C58E_1EE7_CC29, 0x4023_BCA7_F7D3_B20C, 0x4009_4198_FF71_392D])
        rng = goldenRandomStream()
        #expect((0..<8).map { _ in rng.poisson(lambda: 4.5) } == [8, 5, 6, 3, 5, 4, 2, 4])
        rng = goldenRandomStream()
        #expect((0..<8).map { _ in rng.poisson(lambda: 1000) } == [1053, 983, 990, 1011, 963, 1050, 973, 997])
    }

    @Test("Uniform range edge cases")
    func uniformEdges() {
        var rng = goldenRandomStream()
        #expect(rng.uniform(5...5 as ClosedRange<Int64>) == 5)
        #expect(rng.uniform(Int64.max...Int64.max) == .max)
        #expect(rng.uniform(Int64.min...Int64.min) == .min)
        #expect(rng.uniform(below: 1 as UInt64) == 0)
        #expect(rng.uniform(7..<8 as Range<Int64>) == 7)
        // The full range is one raw value reinterpreted.
        var copy = rng
        #expect(rng.uniform(Int64.min...Int64.max) == Int64(bitPattern: copy.next()))
        var sawNegative = false, sawPositive = false
        for _ in 0..<1_000 {
            let wide = rng.uniform(Int64.min..<Int64.max)
            #expect(wide != .max)
            sawNegative = sawNegative || wide < 0
            sawPositive = sawPositive || wide > 0
            let top = rng.uniform((Int64.max - 1)...Int64.max)
            #expect(top >= Int64.max - 1)
            let bottom = rng.uniform(Int64.min...(Int64.min + 2))
            #expect(bottom <= Int64.min + 2)
            // A bound just above 2^63 rejects about half the raw values: exercise that loop.
            #expect(rng.uniform(below: (1 << 63) + 1 as UInt64) <= 1 << 63)
            #expect(rng.uniform(below: UInt64.max) < UInt64.max)
        }
        #expect(sawNegative && sawPositive)
    }

    @Test("Int overloads give the same values as Int64 ones", arguments: seeds)
    func intOverloads(seed: UInt64) {
        var a = SplitMix64(state: seed)
        var b = a
        for _ in 0..<100 {
            #expect(Int64(a.uniform(-3...1_000)) == b.uniform(-3...1_000 as ClosedRange<Int64>))
            #expect(Int64(a.uniform(10..<20)) == b.uniform(10..<20 as Range<Int64>))
            #expect(UInt64(a.uniform(below: 9)) == b.uniform(below: 9 as UInt64))
        }
    }

    @Test("Uniform integers are unbiased", arguments: seeds)
    func uniformChiSquare(seed: UInt64) {
        var rng = SplitMix64(state: seed)
        var counts = [Int](repeating: 0, count: 7)
        for _ in 0..<35_000 {
            counts[Int(rng.uniform(10...16 as ClosedRange<Int64>) - 10)] += 1
        }
        let statistic = SampleStatistics.chiSquare(observed: counts, probabilities: [Double](repeating: 1, count: 7))
        #expect(statistic < SampleStatistics.chiSquareLimit(degreesOfFreedom: 6))
    }

    @Test("unitDouble, uniformDouble and bernoulli have the right moments", arguments: seeds)
    func unitMoments(seed: UInt64) {
        var rng = SplitMix64(state: seed)
        let n = 40_000
        let units = (0..<n).map { _ in rng.unitDouble() }
        #expect(units.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(SampleStatistics.mean(units) - 0.5) < 6 * (1.0 / 12 / Double(n)).squareRoot())
        #expect(abs(SampleStatistics.variance(units) - 1.0 / 12) < 0.002)
        let spread = (0..<1_000).map { _ in rng.uniformDouble(in: -1..<3) }
        #expect(spread.allSatisfy { $0 >= -1 && $0 < 3 })
        let hits = (0..<n).reduce(0) { count, _ in count + (rng.bernoulli(0.3) ? 1 : 0) }
        #expect(abs(Double(hits) / Double(n) - 0.3) < 6 * (0.21 / Double(n)).squareRoot())
        #expect((0..<100).allSatisfy { _ in !rng.bernoulli(0) && rng.bernoulli(1) })
    }

    @Test("normal, logNormal and exponential have the right mean and variance", arguments: seeds)
    func continuousMoments(seed: UInt64) {
        var rng = StreamKey(seed: seed, stream: "moments").generator(0)
        let n = 40_000
        let normals = (0..<n).map { _ in rng.normal(mean: 10, sd: 3) }
        SampleStatistics.expectMoments(normals, mean: 10, variance: 9, fourthMoment: 3 * 81)
        let sigma = 0.5, mu = 1.0
        let logMean = Foundation.exp(mu + sigma * sigma / 2)
        let logVariance = (Foundation.exp(sigma * sigma) - 1) * Foundation.exp(2 * mu + sigma * sigma)
        let logNormals = (0..<n).map { _ in rng.logNormal(mu: mu, sigma: sigma) }
        #expect(logNormals.allSatisfy { $0 > 0 })
        let s2 = sigma * sigma
        let kurtosis = Foundation.exp(4 * s2) + 2 * Foundation.exp(3 * s2) + 3 * Foundation.exp(2 * s2) - 3
        SampleStatistics.expectMoments(logNormals, mean: logMean, variance: logVariance, fourthMoment: kurtosis * logVariance * logVariance)
        let exponentials = (0..<n).map { _ in rng.exponential(rate: 2) }
        #expect(exponentials.allSatisfy { $0 >= 0 && $0.sign == .plus })
        SampleStatistics.expectMoments(exponentials, mean: 0.5, variance: 0.25, fourthMoment: 9 * 0.0625)
    }

    @Test("poisson has mean and variance lambda", arguments: [0.5, 4.5, 29.9, 30, 250, 1e6])
    func poissonMoments(lambda: Double) {
        var rng = StreamKey(seed: 11, stream: "poisson").generator(Int(lambda * 10))
        let n = lambda < 30 ? 20_000 : 30_000
        let draws = (0..<n).map { _ in Double(rng.poisson(lambda: lambda)) }
        #expect(draws.allSatisfy { $0 >= 0 })
        SampleStatistics.expectMoments(draws, mean: lambda, variance: lambda, fourthMoment: 3 * lambda * lambda + lambda)
    }

    @Test("poisson matches its probability mass function", arguments: [4.5, 100])
    func poissonChiSquare(lambda: Double) {
        var rng = StreamKey(seed: 12, stream: "poisson-pmf").generator(Int(lambda))
        let n = 60_000
        let low = max(0, Int(lambda - 3 * lambda.squareRoot()))
        let high = Int(lambda + 3 * lambda.squareRoot())
        // Bins: ≤ low, low+1 ... high-1, ≥ high.
        var counts = [Int](repeating: 0, count: high - low + 1)
        for _ in 0..<n {
            let k = min(max(rng.poisson(lambda: lambda), low), high)
            counts[k - low] += 1
        }
        func pmf(_ k: Int) -> Double {
            Foundation.exp(-lambda + Double(k) * Foundation.log(lambda) - SampleStatistics.logGamma(Double(k) + 1))
        }
        var probabilities = (low...high).map(pmf)
        probabilities[0] = (0...low).map(pmf).reduce(0, +)
        probabilities[probabilities.count - 1] = 1 - probabilities.dropLast().reduce(0, +)
        let statistic = SampleStatistics.chiSquare(observed: counts, probabilities: probabilities)
        #expect(statistic < SampleStatistics.chiSquareLimit(degreesOfFreedom: counts.count - 1))
        // Negative control: the same sample is far from a Poisson with a 3% larger mean.
        let shifted = lambda * 1.03
        let wrong = (low...high).map {
            Foundation.exp(-shifted + Double($0) * Foundation.log(shifted) - SampleStatistics.logGamma(Double($0) + 1))
        }
        #expect(SampleStatistics.chiSquare(observed: counts, probabilities: wrong)
            > SampleStatistics.chiSquareLimit(degreesOfFreedom: counts.count - 1))
    }
}
