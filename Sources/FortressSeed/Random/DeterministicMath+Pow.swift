extension DeterministicMath {
    /// `x` raised to `y`, for a non-negative base.
    ///
    /// `exp(y · log(x))` in plain doubles would lose about log2|y·ln x| bits (the rounding
    /// error of `y · log x` is magnified by `exp`), so the logarithm is computed in
    /// double-double precision (≈ 2^-70 relative) and the product `y · log x` with an exact
    /// Dekker product; `exp` then sees the exact exponent plus a tiny correction. The result
    /// is within about one ulp. Like everything in `DeterministicMath`, it uses only basic
    /// IEEE operations.
    ///
    /// Negative bases return NaN (unless `y == 0`); `pow(0, y)` is 0 for `y > 0` and +∞ for
    /// `y < 0`; `pow(x, 0)` and `pow(1, y)` are 1.
    public static func pow(_ x: Double, _ y: Double) -> Double {
        if y == 0 || x == 1 { return 1 }
        if x.isNaN || y.isNaN { return .nan }
        if x < 0 { return .nan }
        if x == 0 { return y > 0 ? 0 : .infinity }
        if x == .infinity { return y > 0 ? .infinity : 0 }
        if y.isInfinite { return (x > 1) == (y > 0) ? .infinity : 0 }
        let logX = logDoubleDouble(x)
        // Settle overflow and underflow first; it also keeps Dekker's split far from overflow.
        let estimate = y * logX.hi
        if estimate > 710 { return .infinity }
        if estimate < -746 { return 0 }
        var t = DoubleDouble.product(y, logX.hi)
        t = DoubleDouble.fastSum(t.hi, t.lo + y * logX.lo)
        if t.hi > 710 { return .infinity }
        if t.hi < -746 { return 0 }
        let e = exp(t.hi)
        return e + e * t.lo  // exp(hi + lo) ≈ exp(hi) · (1 + lo), |lo| ≤ ulp(hi)/2
    }

    /// `log(x)` for finite `x > 0` as an unevaluated sum `hi + lo`, relative error ≈ 2^-70.
    ///
    /// Same reduction as `log`, then `log(m) = 2s · (1 + s²/3 + s⁴/5 + …)` with
    /// `s = (m−1)/(m+1)`, |s| < 0.1716: the leading terms in double-double, the rest in
    /// plain doubles (they contribute < 2^-17 of the sum, so their rounding is negligible).
    @usableFromInline
    static func logDoubleDouble(_ x: Double) -> DoubleDouble {
        var x = x
        var k = 0
        if x < 0x1p-1022 {
            x *= 0x1p54
            k -= 54
        }
        let bits = x.bitPattern
        k += Int((bits >> 52) & 0x7FF) - 1023
        var m = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)
        if m > 0x1.6A09E667F3BCDp+0 {
            m *= 0.5
            k += 1
        }
        let f = m - 1  // exact
        // s = f / (2 + f) as a double-double: 2 + f is exact as a pair, the quotient is
        // refined with its exact remainder.
        let d = DoubleDouble.fastSum(2, f)
        let sHi = f / d.hi
        let p = DoubleDouble.product(sHi, d.hi)
        let remainder = ((f - p.hi) - p.lo) - sHi * d.lo
        let s = DoubleDouble.fastSum(sHi, remainder / d.hi)
        let z = s * s
        var tail = 1.0 / 29
        var odd = 27.0
        while odd >= 7 {
            tail = 1 / odd + z.hi * tail
            odd -= 2
        }
        var series = DoubleDouble(hi: tail, lo: 0)
        series = series * z + DoubleDouble(hi: 0x1.999999999999Ap-3, lo: -0x1.999999999999Ap-57)  // 1/5
        series = series * z + DoubleDouble(hi: 0x1.5555555555555p-2, lo: 0x1.5555555555555p-56)  // 1/3
        series = series * z + DoubleDouble(hi: 1, lo: 0)
        let logM = (s * series).doubled()
        let dk = Double(k)
        // dk * ln2Hi is exact; ln2Hi + ln2Lo carries ln 2 to ≈ 2^-85.
        return DoubleDouble(hi: dk * ln2Hi, lo: 0) + DoubleDouble(hi: dk * ln2Lo, lo: 0) + logM
    }
}

/// An unevaluated sum `hi + lo` of two doubles (≈ 106-bit precision), built from basic
/// operations only: Knuth's two-sum and Dekker's product with Veltkamp splitting, so it needs
/// no fused multiply-add.
@usableFromInline
struct DoubleDouble: Sendable {
    @usableFromInline var hi: Double
    @usableFromInline var lo: Double

    @usableFromInline
    init(hi: Double, lo: Double) {
        self.hi = hi
        self.lo = lo
    }

    /// Exact `a + b` as a pair, valid when |a| ≥ |b| (or a == 0).
    @usableFromInline
    static func fastSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        return DoubleDouble(hi: s, lo: b - (s - a))
    }

    /// Exact `a + b` as a pair for any magnitudes (Knuth).
    @usableFromInline
    static func twoSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        let bb = s - a
        return DoubleDouble(hi: s, lo: (a - (s - bb)) + (b - bb))
    }

    /// Exact `a * b` as a pair (Dekker); |a|, |b| must be far below 2^996 to avoid overflow.
    @usableFromInline
    static func product(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        let (aHi, aLo) = split(a)
        let (bHi, bLo) = split(b)
        let err = ((aHi * bHi - p) + aHi * bLo + aLo * bHi) + aLo * bLo
        return DoubleDouble(hi: p, lo: err)
    }

    /// Veltkamp's split of `a` into two halves of at most 26 significant bits each.
    @usableFromInline
    static func split(_ a: Double) -> (Double, Double) {
        let t = 134_217_729.0 * a  // 2^27 + 1
        let hi = t - (t - a)
        return (hi, a - hi)
    }

    @usableFromInline
    static func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let s = twoSum(a.hi, b.hi)
        return fastSum(s.hi, s.lo + (a.lo + b.lo))
    }

    @usableFromInline
    static func * (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let p = product(a.hi, b.hi)
        return fastSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi))
    }

    /// Doubling is exact, so both parts are simply scaled.
    @usableFromInline
    func doubled() -> DoubleDouble {
        DoubleDouble(hi: 2 * hi, lo: 2 * lo)
    }
}
