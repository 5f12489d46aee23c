/// The address of a random stream: a 64-bit key derived from the run's seed and a path of
/// names and indices.
///
/// fortress-seed never draws from one shared sequential generator. Every value comes from a
/// stream addressed by *what* it is for — `(seed, table, column, row)` — so the value of
/// any cell is a pure function of its address:
///
/// ```swift
/// let users = StreamKey(seed: 2024, stream: "users")
/// // User 123456 of tenant 789, generated directly: O(1), without touching
/// // tenants 0..<789 or users 0..<123456.
/// var rng = users.child(789).child("email").generator(123_456)
/// let n = rng.uniform(1...9_999)
/// ```
///
/// ## Determinism guarantees
///
/// - **Order independence.** `generator(k)` is computed from the key and `k` alone, so row
///   `k` is identical whether or not rows `0..<k` were generated, in any order, on any
///   thread or machine. Chunk *k* of *N* equals the same rows of a full run.
/// - **Adding streams shifts nothing.** A new table, column or child name gets its own key;
///   the keys (and therefore outputs) of every existing stream are untouched.
/// - **Platform independence.** Derivation uses only wrapping 64-bit integer arithmetic and
///   the UTF-8 bytes of names (not `String.hashValue`, which is randomly seeded per
///   process), so keys are the same on Linux and macOS, x86-64 and arm64.
/// - **Distinct siblings.** For one parent, `child(i) != child(j)` whenever `i != j`, because
///   the derivation is a bijection in the index. Names are hashed to 64 bits (FNV-1a, then
///   mixed), so two different names collide only with probability about 2^-64.
///
/// Names, indices and generators use different domain tags, so `child("0")`, `child(0)` and
/// `generator(0)` are unrelated. Keys are cheap values: derive a column's key once per table
/// rather than hashing its name per row.
public struct StreamKey: Hashable, Sendable {
    /// The 64-bit key. Stable across versions only as long as the derivation is unchanged
    /// (the golden tests pin it).
    public let rawValue: UInt64

    /// Wraps an already-derived key, e.g. one recorded in a manifest.
    @inlinable
    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// The root key of a run; every stream of the run descends from it.
    @inlinable
    public init(seed: UInt64) {
        self.rawValue = SplitMix64.mix(seed ^ Tag.root)
    }

    /// The key of a top-level named stream; equal to `StreamKey(seed: seed).child(stream)`.
    @inlinable
    public init(seed: UInt64, stream: String) {
        self = StreamKey(seed: seed).child(stream)
    }

    /// A named sub-stream, e.g. a column of a table.
    ///
    /// - Complexity: O(*m*) for a name of *m* UTF-8 bytes.
    @inlinable
    public func child(_ name: String) -> StreamKey {
        StreamKey(rawValue: derive(Tag.name, Self.nameHash(name)))
    }

    /// An indexed sub-stream, e.g. one tenant's users.
    @inlinable
    public func child(_ index: UInt64) -> StreamKey {
        StreamKey(rawValue: derive(Tag.index, index))
    }

    /// An indexed sub-stream; same key as `child(UInt64(index))` for non-negative `index`.
    @inlinable
    public func child(_ index: Int) -> StreamKey {
        child(UInt64(bitPattern: Int64(index)))
    }

    /// The generator for entity `index` of this stream (typically a row).
    ///
    /// - Complexity: O(1): no earlier index is generated.
    @inlinable
    public func generator(_ index: UInt64) -> RandomStream {
        RandomStream(state: derive(Tag.generator, index))
    }

    /// The generator for entity `index`; same as `generator(UInt64(index))` for `index >= 0`.
    @inlinable
    public func generator(_ index: Int) -> RandomStream {
        generator(UInt64(bitPattern: Int64(index)))
    }

    /// The fixed 64-bit hash of a stream name: FNV-1a 64 over its UTF-8 bytes, then mixed.
    ///
    /// FNV-1a alone has weak high bits for short inputs; the SplitMix64 finalizer spreads
    /// every input bit over the whole word.
    @inlinable
    public static func nameHash(_ name: String) -> UInt64 {
        // Native strings expose contiguous UTF-8: hashing it directly avoids the
        // slower `String.UTF8View` iterator (names are hashed per row in places).
        let contiguous = name.utf8.withContiguousStorageIfAvailable { utf8 in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return SplitMix64.mix(hash)
        }
        if let contiguous { return contiguous }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return SplitMix64.mix(hash)
    }

    /// `mix(mix(key ^ tag) + value)`: a bijection in `value` for a fixed key and tag.
    @inlinable
    func derive(_ tag: UInt64, _ value: UInt64) -> UInt64 {
        SplitMix64.mix(SplitMix64.mix(rawValue ^ tag) &+ value)
    }

    /// Domain-separation constants (arbitrary odd 64-bit values, fixed forever).
    @usableFromInline
    enum Tag {
        @inlinable static var root: UInt64 { 0x6A09_E667_F3BC_C909 }
        @inlinable static var name: UInt64 { 0xBB67_AE85_84CA_A73B }
        @inlinable static var index: UInt64 { 0x3C6E_F372_FE94_F82B }
        @inlinable static var generator: UInt64 { 0xA54F_F53A_5F1D_36F1 }
    }
}
