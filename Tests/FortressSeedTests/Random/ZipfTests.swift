import Foundation
import Testing
import FortressSeed

@Suite struct ZipfTests {
    @Test("Golden ranks", .tags(.golden))
    func golden() {
        var rng = goldenRandomStream()
        let huge = Zipf(n: 1_000_000_000, s: 1.07)
        #expect((0..<8).map { _ in huge.sample(using: &rng) } == [1, 518, 1, 273, 26_318, 2, 5_217, 226])
        rng = goldenRandomStream()
        let small = Zipf(n: 100, s: 0.8)
        #expect((0..<8).map { _ in small.sample(using: &rng) } == [1, 14, 1, 11, 32, 1, 23, 11])
    }

    @Test("Ranks follow 1/k^s", arguments: [0, 0.5, 0.999_999_999, 1, 1.3, 2.5])
    func chiSquare(s: Double) {
        let n = 30
        let zipf = Zipf(n: n, s: s)
        var rng = StreamKey(seed: 5, stream: "zipf").generator(Int(s * 1000))
        var counts = [Int](repeating: 0, count: n)
        for _ in 0..<60_000 {
            counts[zipf.sample(using: &rng) - 1] += 1
        }
        let target = (1...n).map { Foundation.pow(Double($0), -s) }
        let statistic = SampleStatistics.chiSquare(observed: counts, probabilities: target)
        #expect(statistic < SampleStatistics.chiSquareLimit(degreesOfFreedom: n - 1))
        // Negative control: a slightly different exponent is rejected on the same sample.
        let wrong = (1...n).map { Foundation.pow(Double($0), -(s + 0.1)) }
        #expect(SampleStatistics.chiSquare(observed: counts, probabilities: wrong)
            > SampleStatistics.chiSquareLimit(degreesOfFreedom: n - 1))
    }

    @Test("Billions of ranks in O(1) memory, with the right head probability")
    func huge() {
        let n = 3_000_000_000
        let s = 1.07
        let zipf = Zipf(n: n, s: s)
        var rng = StreamKey(seed: 6, stream: "zipf-huge").generator(0)
        let draws = 40_000
        var ones = 0
        for _ in 0..<draws {
            let rank = zipf.sample(using: &rng)
            #expect((1...n).contains(rank))
            if rank == 1 { ones += 1 }
        }
        // Normalizer by Euler–Maclaurin: exact sum below m, integral plus end corrections above.
        let m = 1_000
        var normalizer = (1..<m).reduce(0.0) { $0 + Foundation.pow(Double($1), -s) }
        normalizer += (Foundation.pow(Double(n), 1 - s) - Foundation.pow(Double(m), 1 - s)) / (1 - s)
        normalizer += (Foundation.pow(Double(m), -s) + Foundation.pow(Double(n), -s)) / 2
        let p = 1 / normalizer
        let observed = Double(ones) / Double(draws)
        #expect(abs(observed - p) < 6 * (p * (1 - p) / Double(draws)).squareRoot())
    }

    @Test("Degenerate parameters")
    func degenerate() {
        var rng = goldenRandomStream()
        let single = Zipf(n: 1, s: 1.2)
        #expect((0..<100).allSatisfy { _ in single.sample(using: &rng) == 1 })
        let steep = Zipf(n: 1_000, s: 60)
        #expect((0..<100).allSatisfy { _ in steep.sample(using: &rng) == 1 })
        let widest = Zipf(n: 1 << 53, s: 0.5)
        #expect((0..<100).allSatisfy { _ in (1...(1 << 53)).contains(widest.sample(using: &rng)) })
        let flat = Zipf(n: 1 << 53, s: 0)
        #expect((0..<100).allSatisfy { _ in (1...(1 << 53)).contains(flat.sample(using: &rng)) })
    }

    @Test("validate describes bad parameters")
    func validate() {
        #expect(Zipf.validate(n: 10, s: 1) == nil)
        #expect(Zipf.validate(n: 0, s: 1) == "Zipf n must be at least 1, found 0")
        #expect(Zipf.validate(n: 1 << 53, s: 1) == nil)
        #expect(Zipf.validate(n: (1 << 53) + 1, s: 1) == "Zipf n must be at most 2^53 (9007199254740992), found 9007199254740993")
        #expect(Zipf.validate(n: 10, s: -0.5) == "Zipf exponent s must be a finite number >= 0, found -0.5")
        #expect(Zipf.validate(n: 10, s: .nan) == "Zipf exponent s must be a finite number >= 0, found nan")
        #expect(Zipf.validate(n: 10, s: .infinity) == "Zipf exponent s must be a finite number >= 0, found inf")
    }
}
