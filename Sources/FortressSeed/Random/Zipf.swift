/// A Zipf distribution over ranks `1...n`: rank `k` has probability proportional to `1 / k^s`.
///
/// Sampling is Hörmann and Derflinger's rejection-inversion ("Rejection-inversion to
/// generate variates from monotone discrete distributions", 1996), as in Apache Commons
/// RNG: invert the integral `H` of the continuous hat `h(x) = x^-s`, round to the nearest
/// rank and accept with a cheap squeeze or one exact test. It needs O(1) memory and O(1)
/// expected time for any `n`, so `n` can be billions (a table would need gigabytes), and
/// it works for every exponent `s >= 0` (`s == 0` is uniform; `s` near 1 is handled with
/// `log1p`/`expm1`). All math is `DeterministicMath`, so samples are identical everywhere.
///
/// Ranks are **1-based**: 1 is the most frequent. Subtract 1 for an array index.
///
/// ```swift
/// let popularity = Zipf(n: 2_000_000_000, s: 1.07)
/// var rng = StreamKey(seed: 7, stream: "orders").child("product").generator(orderIndex)
/// let productRank = popularity.sample(using: &rng)  // 1...2_000_000_000
/// ```
public struct Zipf: Sendable, Hashable {
    /// The number of ranks.
    public let n: Int
    /// The exponent.
    public let s: Double

    @usableFromInline let hIntegralX1: Double
    @usableFromInline let hIntegralN: Double
    /// Acceptance squeeze: `x` this close below its rank is accepted without the exact test.
    @usableFromInline let squeeze: Double

    /// Creates the distribution; `1 <= n <= 2^53` and finite `s >= 0` are preconditions
    /// (check input with `validate(n:s:)` first).
    public init(n: Int, s: Double) {
        if let problem = Self.validate(n: n, s: s) {
            preconditionFailure(problem)
        }
        self.n = n
        self.s = s
        hIntegralX1 = Self.hIntegral(1.5, s) - 1
        hIntegralN = Self.hIntegral(Double(n) + 0.5, s)
        squeeze = 2 - Self.hIntegralInverse(Self.hIntegral(2.5, s) - Self.h(2, s), s)
    }

    /// Describes what is wrong with the parameters, or `nil` if they are valid.
    public static func validate(n: Int, s: Double) -> String? {
        if n < 1 {
            return "Zipf n must be at least 1, found \(n)"
        }
        if n > 1 << 53 {
            // Ranks are computed in Double, which is exact for integers up to 2^53.
            return "Zipf n must be at most 2^53 (9007199254740992), found \(n)"
        }
        if !(s >= 0) || !s.isFinite {
            return "Zipf exponent s must be a finite number >= 0, found \(s)"
        }
        return nil
    }

    /// A rank in `1...n`.
    ///
    /// - Complexity: O(1) expected. Each attempt consumes one value; the hat is so tight
    ///   that a sample takes at most about 1.015 attempts on average (measured for `n`
    ///   from 2 to 10^9 and `s` from 0 to 40).
    @inlinable
    public func sample<R: RandomNumberGenerator>(using rng: inout R) -> Int {
        let upper = Double(n)
        while true {
            // u is uniform in (hIntegralX1, hIntegralN].
            let u = hIntegralN + rng.unitDouble() * (hIntegralX1 - hIntegralN)
            let x = Self.hIntegralInverse(u, s)
            // Nearest rank, clamped; truncation is floor here because the value is >= 1.
            var k = x + 0.5
            if !(k >= 1) {
                k = 1
            } else if k > upper {
                k = upper
            } else {
                k = Double(Int64(k))
            }
            if k - x <= squeeze || u >= Self.hIntegral(k + 0.5, s) - Self.h(k, s) {
                return Int(k)
            }
        }
    }

    /// `H(x) = ∫ h`, written as `expm1((1-s)·log x) / (1-s)` so it stays accurate near `s == 1`.
    @inlinable
    static func hIntegral(_ x: Double, _ s: Double) -> Double {
        let logX = DeterministicMath.log(x)
        return expm1OverX((1 - s) * logX) * logX
    }

    /// The hat function `h(x) = x^-s`.
    @inlinable
    static func h(_ x: Double, _ s: Double) -> Double {
        DeterministicMath.exp(-s * DeterministicMath.log(x))
    }

    /// The inverse of `H`.
    @inlinable
    static func hIntegralInverse(_ x: Double, _ s: Double) -> Double {
        var t = x * (1 - s)
        if t < -1 {
            t = -1  // rounding can push t just past the domain of log1p
        }
        return DeterministicMath.exp(log1pOverX(t) * x)
    }

    /// `log1p(x) / x`, continued by its Taylor series near 0.
    @inlinable
    static func log1pOverX(_ x: Double) -> Double {
        if (x < 0 ? -x : x) > 1e-8 {
            return DeterministicMath.log1p(x) / x
        }
        return 1 - x * (0.5 - x * (1.0 / 3 - 0.25 * x))
    }

    /// `expm1(x) / x`, continued by its Taylor series near 0.
    @inlinable
    static func expm1OverX(_ x: Double) -> Double {
        if (x < 0 ? -x : x) > 1e-8 {
            return DeterministicMath.expm1(x) / x
        }
        return 1 + x * 0.5 * (1 + x * (1.0 / 3) * (1 + 0.25 * x))
    }
}
