extension RandomNumberGenerator {
    /// A Poisson deviate with mean `lambda`.
    ///
    /// - For `lambda < 30`, Knuth's multiplication method: multiply uniforms until the
    ///   product drops to `exp(-lambda)`; it is exact and costs `lambda + 1` values.
    /// - For `lambda >= 30`, Hörmann's PTRS (transformed rejection with squeeze, 1993):
    ///   exact as well, about 2 values per deviate whatever `lambda` is, and deterministic
    ///   because its acceptance test uses `DeterministicMath` and a fixed log-factorial.
    ///   Unlike a normal approximation it has the right skew and never returns negatives.
    ///
    /// The switch point is fixed forever: moving it would change seeded output.
    @inlinable
    public mutating func poisson(lambda: Double) -> Int {
        poisson(lambda: lambda, expMinusLambda: { DeterministicMath.exp(-lambda) })
    }

    /// `poisson(lambda:)`, the same draws, with `exp(-lambda)` from `expMinusLambda` (asked
    /// only when `lambda < 30`): for callers that draw with the same few lambdas over and
    /// over and keep the exponential (`DeterministicMath.exp` is most of a small deviate's cost).
    @inlinable
    public mutating func poisson(lambda: Double, expMinusLambda: () -> Double) -> Int {
        precondition(lambda >= 0 && lambda.isFinite, "poisson(lambda:) needs a finite, non-negative lambda")
        if lambda < 30 {
            let limit = expMinusLambda()
            var k = 0
            var product = unitDouble()
            while product > limit {
                k += 1
                product *= unitDouble()
            }
            return k
        }
        return poissonPTRS(lambda)
    }

    /// PTRS for `lambda >= 10`, with the constants of Hörmann (1993), "The transformed
    /// rejection method for generating Poisson random variables".
    @inlinable
    mutating func poissonPTRS(_ lambda: Double) -> Int {
        let sqrtLambda = lambda.squareRoot()
        let logLambda = DeterministicMath.log(lambda)
        let b = 0.931 + 2.53 * sqrtLambda
        let a = -0.059 + 0.02483 * b
        let logInvAlpha = DeterministicMath.log(1.1239 + 1.1328 / (b - 3.4))
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = unitDouble() - 0.5
            let v = unitDouble()
            let us = 0.5 - (u < 0 ? -u : u)
            let real = (2 * a / us + b) * u + lambda + 0.43
            // Rejects negative k, and the infinite one of u == -0.5 (us == 0), before any
            // Int conversion; for the rest truncation is floor.
            if !(real >= 0 && real < 0x1p62) { continue }
            let k = Int(real)
            let kd = Double(k)
            if us >= 0.07 && v <= vr { return k }
            if us < 0.013 && v > us { continue }
            let lhs = DeterministicMath.log(v) + logInvAlpha - DeterministicMath.log(a / (us * us) + b)
            if lhs <= -lambda + kd * logLambda - DeterministicMath.logFactorial(k) {
                return k
            }
        }
    }
}

extension DeterministicMath {
    /// `log(k!)`: exact constants below 10, Stirling's series (through the x⁻¹¹ term,
    /// error < 2e-16 absolute) from 10 on.
    @usableFromInline
    static func logFactorial(_ k: Int) -> Double {
        switch k {
        case ...1: return 0
        case 2: return 0x1.62E42FEFA39EFp-1
        case 3: return 0x1.CAB0BFA2A2002p+0
        case 4: return 0x1.96CA77C922CF9p+1
        case 5: return 0x1.326643C4479C9p+2
        case 6: return 0x1.A51273ACF01CAp+2
        case 7: return 0x1.10CE1F32DCC30p+3
        case 8: return 0x1.5358E82FCB70Dp+3
        case 9: return 0x1.99A8921A7F7CFp+3
        default:
            // log Γ(x) with x = k + 1.
            let x = Double(k) + 1
            let r = 1 / x
            let r2 = r * r
            let series = r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680
                - r2 * (1.0 / 1188 - r2 * (691.0 / 360_360))))))
            return (x - 0.5) * log(x) - x + 0x1.D67F1C864BEB5p-1 + series  // ½·log(2π)
        }
    }
}
