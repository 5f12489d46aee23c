/// Steele, Lea and Flood's SplitMix64 generator: a 64-bit counter run through a strong mixer.
///
/// It is the engine under every stream in fortress-seed because its whole state is one
/// `UInt64`, it is defined purely by integer arithmetic modulo 2^64 (so it is identical on
/// every platform and every Swift version), and it passes BigCrush. The stdlib's
/// `SystemRandomNumberGenerator` is unseeded, and its other random APIs
/// (`Int.random(in:using:)`) do not promise a stable algorithm, so nothing here uses them.
///
/// ```swift
/// var rng = SplitMix64(state: 42)
/// let a = rng.next()  // always 0xBDD732262FEB6E95
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The golden-ratio increment (2^64 / φ, made odd), Weyl sequence step of SplitMix64.
    @inlinable public static var goldenGamma: UInt64 { 0x9E37_79B9_7F4A_7C15 }

    /// The counter; each `next()` adds `goldenGamma` and returns the mixed value.
    public var state: UInt64

    /// Creates a generator whose first output is `mix(state &+ goldenGamma)`.
    @inlinable
    public init(state: UInt64) {
        self.state = state
    }

    /// The SplitMix64 finalizer (Stafford's "Mix13"): a bijection on `UInt64` with full avalanche.
    ///
    /// Being a bijection matters for key derivation: distinct inputs can never collide, so
    /// sibling sub-streams (`child(0)`, `child(1)`, …) are guaranteed distinct.
    @inlinable
    public static func mix(_ z: UInt64) -> UInt64 {
        var z = z
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inlinable
    public mutating func next() -> UInt64 {
        state &+= Self.goldenGamma
        return Self.mix(state)
    }
}
