/// The generator of one entity in a stream, obtained from `StreamKey.generator(_:)`.
///
/// It is a SplitMix64 sequence started at a state derived from `(key, index)`: each `next()`
/// adds the golden gamma and mixes. The starting state is itself a double mix of the key and
/// index, so neighbouring rows start at unrelated points of the 2^64 cycle (not one gamma
/// apart, which would make row k+1 replay row k shifted by one draw); a row uses a handful
/// of values, so two rows share values only by ordinary 64-bit coincidence.
///
/// Use it through the distribution methods on `RandomNumberGenerator` (`uniform`,
/// `normal`, `Zipf.sample(using:)`, …). Copying a `RandomStream` copies its position, so
/// pass it `inout` to keep draws flowing.
public struct RandomStream: RandomNumberGenerator, Sendable, Hashable {
    @usableFromInline
    var state: UInt64

    /// A stream positioned at `state`; normally use `StreamKey.generator(_:)` instead.
    @inlinable
    public init(state: UInt64) {
        self.state = state
    }

    @inlinable
    public mutating func next() -> UInt64 {
        state &+= SplitMix64.goldenGamma
        return SplitMix64.mix(state)
    }
}
