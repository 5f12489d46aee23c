/// Uniform and continuous distributions, as pure functions of the generator's output.
///
/// These deliberately avoid the stdlib's `Int.random(in:using:)` and
/// `Double.random(in:using:)`: their algorithms are not promised to stay the same across
/// Swift versions, and a changed algorithm would silently change every seeded data set.
/// Each method here documents exactly how it consumes 64-bit values, and uses
/// `DeterministicMath` instead of libm, so results are identical on every platform.
///
/// None keeps hidden state (no cached spare normal deviate): a draw depends only on the
/// generator's position, which is what makes a stream addressable by row.
extension RandomNumberGenerator {
    /// A uniform integer in `0..<bound`, without modulo bias.
    ///
    /// Lemire's nearly-divisionless method: the high word of `next() · bound` is the
    /// result; the rare draws whose low word falls below `2^64 mod bound` are rejected,
    /// and the division computing that threshold only runs when a rejection is possible.
    /// Usually consumes one value.
    @inlinable
    public mutating func uniform(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "uniform(below:) needs a positive bound")
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold {
                m = next().multipliedFullWidth(by: bound)
            }
        }
        return m.high
    }

    /// A uniform index in `0..<n`; `n` must be positive.
    @inlinable
    public mutating func uniform(below n: Int) -> Int {
        precondition(n > 0, "uniform(below:) needs a positive bound")
        return Int(truncatingIfNeeded: uniform(below: UInt64(n)))
    }

    /// A uniform integer in a closed range, including the full `Int64.min...Int64.max`.
    ///
    /// The full range takes one raw value as is; any other range uses `uniform(below:)` on
    /// its width, computed in wrapping arithmetic so it cannot overflow.
    @inlinable
    public mutating func uniform(_ range: ClosedRange<Int64>) -> Int64 {
        let span = UInt64(bitPattern: range.upperBound &- range.lowerBound)
        if span == .max {
            return Int64(bitPattern: next())
        }
        return range.lowerBound &+ Int64(bitPattern: uniform(below: span &+ 1))
    }

    /// A uniform integer in a non-empty half-open range.
    @inlinable
    public mutating func uniform(_ range: Range<Int64>) -> Int64 {
        precondition(!range.isEmpty, "uniform(_:) needs a non-empty range")
        let span = UInt64(bitPattern: range.upperBound &- range.lowerBound)
        return range.lowerBound &+ Int64(bitPattern: uniform(below: span))
    }

    /// A uniform `Int` in a closed range; same values as the `Int64` overload.
    @inlinable
    public mutating func uniform(_ range: ClosedRange<Int>) -> Int {
        Int(truncatingIfNeeded: uniform(Int64(range.lowerBound)...Int64(range.upperBound)))
    }

    /// A uniform `Int` in a non-empty half-open range; same values as the `Int64` overload.
    @inlinable
    public mutating func uniform(_ range: Range<Int>) -> Int {
        Int(truncatingIfNeeded: uniform(Int64(range.lowerBound)..<Int64(range.upperBound)))
    }

    /// A uniform `Double` in [0, 1) on the grid of multiples of 2^-53, from the top 53 bits
    /// of one value (the low bits of a multiplicative mixer are its weakest).
    @inlinable
    public mutating func unitDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform `Double` in `range.lowerBound ..< range.upperBound`, from one value.
    @inlinable
    public mutating func uniformDouble(in range: Range<Double>) -> Double {
        let x = range.lowerBound + (range.upperBound - range.lowerBound) * unitDouble()
        // Rounding can land exactly on the upper bound; keep the range half-open.
        return x < range.upperBound ? x : range.lowerBound
    }

    /// `true` with probability `p`; consumes exactly one value whatever `p` is.
    ///
    /// `p <= 0` (or NaN) is always `false`, `p >= 1` always `true`.
    @inlinable
    public mutating func bernoulli(_ p: Double) -> Bool {
        unitDouble() < p
    }

    /// A normal deviate, by Marsaglia's polar method.
    ///
    /// Pairs `(u, v)` uniform in the square are drawn until one falls inside the unit disc
    /// (probability π/4, so 2.55 values on average); the second deviate the method yields
    /// is discarded rather than cached, because a cache would make a value depend on how
    /// many normals were drawn before it.
    @inlinable
    public mutating func normal(mean: Double = 0, sd: Double = 1) -> Double {
        while true {
            let u = 2 * unitDouble() - 1
            let v = 2 * unitDouble() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                return mean + sd * (u * (-2 * DeterministicMath.log(s) / s).squareRoot())
            }
        }
    }

    /// A log-normal deviate: `exp(X)` with `X ~ normal(mu, sigma)`.
    ///
    /// Its mean is `exp(mu + sigma²/2)`; to hit a target mean `m`, pass
    /// `mu = log(m) - sigma²/2`.
    @inlinable
    public mutating func logNormal(mu: Double, sigma: Double) -> Double {
        DeterministicMath.exp(normal(mean: mu, sd: sigma))
    }

    /// An exponential deviate with the given rate (mean `1 / rate`), by inversion.
    ///
    /// `1 - u` is exact for `u` on the 2^-53 grid, so the logarithm's argument is in
    /// (0, 1] and the result is finite (at most ≈ 36.7 / rate). Consumes one value.
    @inlinable
    public mutating func exponential(rate: Double) -> Double {
        precondition(rate > 0, "exponential(rate:) needs a positive rate")
        return (0 - DeterministicMath.log(1 - unitDouble())) / rate
    }
}
