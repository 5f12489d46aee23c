import Foundation
import Testing
@testable import FortressSeed

@Suite struct DeterministicMathTests {
    /// Tighter than the 1e-14 the distributions need: both sides are within about one ulp.
    static let tolerance = 2e-15

    @Test("Golden bit patterns", .tags(.golden))
    func golden() {
        let values = [
            DeterministicMath.log(10), DeterministicMath.log(0.1), DeterministicMath.exp(1),
            DeterministicMath.exp(-0.5), DeterministicMath.pow(2, 0.5), DeterministicMath.pow(1.07, -30.5),
            DeterministicMath.log1p(1e-10), DeterministicMath.expm1(-1e-3),
        ]
        #expect(values.map(\.bitPattern) == [
            0x4002_6BB1_BBB5_5516, 0xC002_6BB1_BBB5_5515, 0x4005_BF0A_8B14_576A, 0x3FE3_68B2_FC6F_960A,
            0x3FF6_A09E_667F_3BCC, 0x3FC0_4173_48F1_EA72, 0x3DDB_7CDF_D9D1_D693, 0xBF50_6035_21CA_C48C,
        ])
    }

    @Test("log agrees with the platform libm", arguments: [1, 2, 3] as [UInt64])
    func logAccuracy(seed: UInt64) {
        var rng = SplitMix64(state: seed)
        var worst = 0.0
        for _ in 0..<20_000 {
            // Log-uniform over 1e-300 ... 1e300, plus points crowding 1 where log is tiny.
            let x = Foundation.exp(rng.uniformDouble(in: -690..<690))
            worst = max(worst, SampleStatistics.relativeError(DeterministicMath.log(x), Foundation.log(x)))
            let near = 1 + rng.uniformDouble(in: -1e-3..<1e-3)
            worst = max(worst, SampleStatistics.relativeError(DeterministicMath.log(near), Foundation.log(near)))
        }
        #expect(worst <= Self.tolerance)
    }

    @Test("exp agrees with the platform libm", arguments: [1, 2, 3] as [UInt64])
    func expAccuracy(seed: UInt64) {
        var rng = SplitMix64(state: seed)
        var worst = 0.0
        for _ in 0..<20_000 {
            let x = rng.uniformDouble(in: -708..<709.7)
            worst = max(worst, SampleStatistics.relativeError(DeterministicMath.exp(x), Foundation.exp(x)))
            let small = rng.uniformDouble(in: -1..<1)
            worst = max(worst, SampleStatistics.relativeError(DeterministicMath.exp(small), Foundation.exp(small)))
        }
        #expect(worst <= Self.tolerance)
    }

    @Test("log1p and expm1 agree with the platform libm, also near zero", arguments: [1, 2] as [UInt64])
    func log1pExpm1Accuracy(seed: UInt64) {
        var rng = SplitMix64(state: seed)
        var worst = 0.0
        for _ in 0..<20_000 {
            let scale = Foundation.pow(10, -Double(rng.uniform(below: 18)))
            let x = rng.uniformDouble(in: -0.99..<5) * scale
            worst = max(worst, SampleStatistics.relativeError(DeterministicMath.log1p(x), Foundation.log1p(x)))
            worst = max(worst, SampleStatistics.relativeError(DeterministicMath.expm1(x), Foundation.expm1(x)))
        }
        #expect(worst <= Self.tolerance)
    }

    @Test("pow stays within about one ulp even when y·log(x) is large", arguments: [1, 2] as [UInt64])
    func powAccuracy(seed: UInt64) {
        var rng = SplitMix64(state: seed)
        var worst = 0.0
        var naiveWorst = 0.0
        for _ in 0..<20_000 {
            let x = Foundation.exp(rng.uniformDouble(in: -20..<20))
            let y = rng.uniformDouble(in: -30..<30)
            let reference = Foundation.pow(x, y)
            guard reference > 1e-300, reference < 1e300 else { continue }
            worst = max(worst, SampleStatistics.relativeError(DeterministicMath.pow(x, y), reference))
            let naive = DeterministicMath.exp(y * DeterministicMath.log(x))
            naiveWorst = max(naiveWorst, SampleStatistics.relativeError(naive, reference))
        }
        #expect(worst <= Self.tolerance)
        // The double-double logarithm is what buys this: the naive form is far worse.
        #expect(naiveWorst > 10 * Self.tolerance)
    }

    @Test("Special values")
    func specialValues() {
        #expect(DeterministicMath.log(1) == 0)
        #expect(DeterministicMath.log(0) == -.infinity)
        #expect(DeterministicMath.log(-1).isNaN)
        #expect(DeterministicMath.log(.nan).isNaN)
        #expect(DeterministicMath.log(.infinity) == .infinity)
        for x in [Double.leastNonzeroMagnitude, 0x1p-1030, .leastNormalMagnitude, .greatestFiniteMagnitude] {
            #expect(SampleStatistics.relativeError(DeterministicMath.log(x), Foundation.log(x)) <= Self.tolerance)
        }
        #expect(DeterministicMath.exp(0) == 1)
        #expect(DeterministicMath.exp(710) == .infinity)
        #expect(DeterministicMath.exp(-746) == 0)
        #expect(DeterministicMath.exp(-.infinity) == 0)
        #expect(DeterministicMath.exp(.nan).isNaN)
        #expect(DeterministicMath.exp(709.78).isFinite)
        #expect(DeterministicMath.exp(-745) > 0)  // subnormal result
        #expect(abs(DeterministicMath.exp(-740) - Foundation.exp(-740.0)) <= Double.leastNonzeroMagnitude)
        #expect(DeterministicMath.log1p(-1) == -.infinity)
        #expect(DeterministicMath.log1p(-2).isNaN)
        #expect(DeterministicMath.log1p(1e-300) == 1e-300)
        #expect(DeterministicMath.expm1(1e-300) == 1e-300)
        #expect(DeterministicMath.expm1(-50) == -1)
        #expect(DeterministicMath.expm1(800) == .infinity)
        #expect(DeterministicMath.pow(0, 2) == 0)
        #expect(DeterministicMath.pow(0, -2) == .infinity)
        #expect(DeterministicMath.pow(-2, 0.5).isNaN)
        #expect(DeterministicMath.pow(5, 0) == 1)
        #expect(DeterministicMath.pow(1, .nan) == 1)
        #expect(DeterministicMath.pow(2, 1024) == .infinity)
        #expect(DeterministicMath.pow(2, -1080) == 0)
        #expect(DeterministicMath.pow(2, 10) == 1024)
        #expect(DeterministicMath.pow(.infinity, -1) == 0)
        #expect(DeterministicMath.pow(0.5, .infinity) == 0)
    }

    @Test("logFactorial matches lgamma")
    func logFactorial() {
        for k in 0..<2_000 {
            let reference = SampleStatistics.logGamma(Double(k) + 1)
            let value = DeterministicMath.logFactorial(k)
            #expect(abs(value - reference) <= 1e-14 * max(1, abs(reference)), "k = \(k)")
        }
    }
}
