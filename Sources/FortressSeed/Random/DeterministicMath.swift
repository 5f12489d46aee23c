/// Elementary functions that return the same bits on every platform.
///
/// The C library's `log`, `exp` and `pow` are not specified to the last bit: glibc, musl,
/// Apple's libm and Windows' CRT each use different polynomials, tables and (where the CPU
/// has it) fused multiply-add, so their results differ in the last ulp for some inputs. A
/// one-ulp difference is enough to flip a rejection test or a `floor`, and then a seeded
/// run produces different rows on macOS than on Linux. Seeded output here must be
/// byte-identical everywhere, so every distribution uses these functions instead.
///
/// They are built only from IEEE-754 basic operations (`+ - * /` and `squareRoot()`), which
/// IEEE 754 requires to be correctly rounded on every conforming platform, and from integer
/// manipulation of bit patterns. There is no fused multiply-add: Swift never contracts
/// `a * b + c` into one, and none is written explicitly. The algorithms and coefficients
/// are those of Sun's fdlibm (`e_log.c`, `e_exp.c`), whose errors are below one ulp; in
/// the tests they agree with the platform libm to a relative error far below 1e-14.
///
/// ```swift
/// let x = DeterministicMath.log(10)   // 0x1.26bb1bbb55516p+1 on every machine
/// ```
///
/// Portions derived from fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights
/// reserved. Developed at SunPro, a Sun Microsystems, Inc. business. Permission to use,
/// copy, modify, and distribute this software is freely granted, provided that this notice
/// is preserved.
public enum DeterministicMath {
    /// ln 2 split so that `k * ln2Hi` is exact for |k| < 2^21 (its low 21 bits are zero).
    @usableFromInline static var ln2Hi: Double { 0x1.62E42FEE00000p-1 }
    @usableFromInline static var ln2Lo: Double { 0x1.A39EF35793C76p-33 }

    /// The natural logarithm.
    ///
    /// Reduces `x = 2^k · m` with `m` in [√2/2, √2), then `log(m) = 2·atanh(s)` with
    /// `s = (m-1)/(m+1)`, evaluated by fdlibm's minimax polynomial.
    /// Returns NaN for negative or NaN input, −∞ for ±0, +∞ for +∞.
    public static func log(_ x: Double) -> Double {
        var x = x
        var k = 0
        if !(x > 0) { return x == 0 ? -.infinity : .nan }
        if x == .infinity { return x }
        if x < 0x1p-1022 {
            // Subnormal: scale into the normal range so the exponent field is meaningful.
            x *= 0x1p54
            k -= 54
        }
        let bits = x.bitPattern
        k += Int((bits >> 52) & 0x7FF) - 1023
        var m = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)
        if m > 0x1.6A09E667F3BCDp+0 {  // √2
            m *= 0.5
            k += 1
        }
        let f = m - 1  // exact (Sterbenz)
        let hfsq = 0.5 * f * f
        let s = f / (2 + f)
        let z = s * s
        let w = z * z
        let t1 = w * (0x1.999999997FA04p-2 + w * (0x1.C71C51D8E78AFp-3 + w * 0x1.39A09D078C69Fp-3))
        let t2 = z * (0x1.5555555555593p-1
            + w * (0x1.2492494229359p-2 + w * (0x1.7466496CB03DEp-3 + w * 0x1.2F112DF3E5244p-3)))
        let r = t2 + t1
        let dk = Double(k)
        return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
    }

    /// e raised to `x`.
    ///
    /// Reduces `x = k·ln2 + r` with |r| ≤ ln2/2 (ln 2 in two parts so the reduction is
    /// exact), approximates `exp(r)` by fdlibm's rational form, then scales by 2^k through
    /// the exponent bits. Overflows to +∞ above ≈709.78, underflows to 0 below ≈−745.13.
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 0x1.62E42FEFA39EFp+9 { return .infinity }
        if x < -0x1.74910D52D3051p+9 { return 0 }
        let ax = x < 0 ? -x : x
        if ax < 0x1p-28 { return 1 + x }
        var k = 0
        var hi = x
        var lo = 0.0
        if ax > 0.5 * 0x1.62E42FEFA39EFp-1 {
            k = Int(0x1.71547652B82FEp+0 * x + (x < 0 ? -0.5 : 0.5))  // round(x / ln2)
            hi = x - Double(k) * ln2Hi
            lo = Double(k) * ln2Lo
        }
        let r = hi - lo
        let t = r * r
        let c = r - t * (0x1.555555555553Ep-3 + t * (-0x1.6C16C16BEBD93p-9
            + t * (0x1.1566AAF25DE2Cp-14 + t * (-0x1.BBD41C5D26BF1p-20 + t * 0x1.6376972BEA4D0p-25))))
        let y = 1 - ((lo - (r * c) / (2 - c)) - hi)
        if k >= -1021 {
            return scaled(y, k)
        }
        // Result is subnormal: scale in two steps so only the last multiply rounds.
        return scaled(y, k + 1000) * 0x1p-1000
    }

    /// `log(1 + x)`, accurate also when |x| is tiny.
    ///
    /// Goldberg's trick: with `u = 1 ⊕ x`, `log(u) · x / (u − 1)` cancels the rounding
    /// error of the addition, keeping the error within a few ulp.
    public static func log1p(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x < -1 { return .nan }
        if x == .infinity { return x }
        let u = 1 + x
        if u == 1 { return x }
        if u == 0 { return -.infinity }
        return log(u) * (x / (u - 1))
    }

    /// `exp(x) − 1`, accurate also when |x| is tiny.
    ///
    /// Kahan's trick: with `u = exp(x)`, `(u − 1) · x / log(u)` cancels the rounding
    /// error of `u`, keeping the error within a few ulp.
    public static func expm1(_ x: Double) -> Double {
        if x.isNaN { return x }
        let u = exp(x)
        if u == 1 { return x }
        if u == .infinity { return u }
        let um1 = u - 1
        if um1 == -1 { return -1 }
        return um1 * (x / log(u))
    }

    /// `y · 2^k` for a normal `y` and a result that stays normal, by exponent arithmetic.
    @usableFromInline
    static func scaled(_ y: Double, _ k: Int) -> Double {
        Double(bitPattern: y.bitPattern &+ (UInt64(bitPattern: Int64(k)) << 52))
    }
}
