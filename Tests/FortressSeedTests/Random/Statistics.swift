import Foundation
import Testing

/// Small statistics helpers for the distribution tests.
///
/// Every test draws from fixed seeds, so its outcome is deterministic; the tolerances are
/// set so a correct sampler passes for any seed with overwhelming probability (about 5 to 6
/// standard deviations) while the negative-control tests show that a wrong distribution of
/// the same sample size fails them.
enum SampleStatistics {
    static func mean(_ xs: [Double]) -> Double {
        xs.reduce(0, +) / Double(xs.count)
    }

    static func variance(_ xs: [Double]) -> Double {
        let m = mean(xs)
        return xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1)
    }

    /// Pearson's statistic for category counts against target probabilities.
    ///
    /// Categories with target probability 0 must have no observations (else +∞) and add
    /// no degree of freedom.
    static func chiSquare(observed: [Int], probabilities: [Double]) -> Double {
        precondition(observed.count == probabilities.count)
        let n = Double(observed.reduce(0, +))
        let total = probabilities.reduce(0, +)
        var statistic = 0.0
        for (count, p) in zip(observed, probabilities) {
            let expected = n * p / total
            if expected == 0 {
                if count != 0 { return .infinity }
                continue
            }
            statistic += (Double(count) - expected) * (Double(count) - expected) / expected
        }
        return statistic
    }

    /// The pass mark for a chi-square statistic with `df` degrees of freedom: six
    /// standard deviations above its mean (a p-value below 1e-6 for these sizes).
    static func chiSquareLimit(degreesOfFreedom df: Int) -> Double {
        Double(df) + 6 * (2 * Double(df)).squareRoot()
    }

    /// The libm log-gamma (an explicit type picks it over the `(Double, Int)` overload).
    static func logGamma(_ x: Double) -> Double {
        let value: Double = Foundation.lgamma(x)
        return value
    }

    /// Relative difference, exact zero when bit-equal.
    static func relativeError(_ value: Double, _ reference: Double) -> Double {
        if value == reference { return 0 }
        return abs(value - reference) / max(abs(reference), Double.leastNormalMagnitude)
    }

    /// Checks sample mean and variance against the truth, within six standard errors.
    ///
    /// `fourthMoment` is the central fourth moment, which sets the sample variance's error.
    static func expectMoments(
        _ xs: [Double], mean: Double, variance: Double, fourthMoment: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let n = Double(xs.count)
        let meanError = abs(Self.mean(xs) - mean)
        let varianceError = abs(Self.variance(xs) - variance)
        #expect(meanError < 6 * (variance / n).squareRoot(), sourceLocation: sourceLocation)
        #expect(varianceError < 6 * ((fourthMoment - variance * variance) / n).squareRoot(), sourceLocation: sourceLocation)
    }
}
