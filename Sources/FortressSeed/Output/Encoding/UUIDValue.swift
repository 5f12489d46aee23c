/// A 128-bit UUID held as two big-endian halves, with no Foundation dependency.
///
/// `hi` is bytes 0–7 and `lo` bytes 8–15 of the RFC 4122 byte order, so
/// `Comparable` orders UUIDs exactly as PostgreSQL's `uuid` type does
/// (byte-wise), and the text form is the usual lowercase 8-4-4-4-12.
///
/// Generators never call `UUID()`: they draw two `UInt64`s from the row's
/// random stream and pass them to `init(randomBits:_:)`, so the same seed
/// always yields the same UUIDs.
///
/// ```swift
/// let id = UUIDValue(randomBits: rng.next(), rng.next())
/// buffer.appendUUID(id)   // e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301
/// ```
public struct UUIDValue: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Bytes 0–7, most significant byte first.
    public var hi: UInt64
    /// Bytes 8–15, most significant byte first.
    public var lo: UInt64

    /// Creates a UUID from its two halves verbatim.
    @inlinable
    public init(hi: UInt64, lo: UInt64) {
        self.hi = hi
        self.lo = lo
    }

    /// Creates a version-4 (random) UUID from 128 random bits.
    ///
    /// Overwrites the 4 version bits (byte 6 high nibble = `4`) and the 2
    /// variant bits (byte 8 top bits = `10`), leaving 122 bits of the input,
    /// so the result is a well-formed RFC 4122 v4 UUID.
    @inlinable
    public init(randomBits hi: UInt64, _ lo: UInt64) {
        self.hi = (hi & ~0x0000_0000_0000_F000) | 0x0000_0000_0000_4000
        self.lo = (lo & ~0xC000_0000_0000_0000) | 0x8000_0000_0000_0000
    }

    /// The 4-bit version field (4 for random UUIDs).
    @inlinable
    public var version: Int {
        Int(truncatingIfNeeded: (hi >> 12) & 0xF)
    }

    /// The lowercase 8-4-4-4-12 text form.
    ///
    /// Allocates a `String`; hot paths use `ByteBuffer.appendUUID(_:)` instead.
    public var description: String {
        var buffer = ByteBuffer(capacity: 36)
        buffer.appendUUID(self)
        return buffer.description
    }

    /// Orders UUIDs byte-wise, like PostgreSQL's `uuid` comparison.
    @inlinable
    public static func < (lhs: UUIDValue, rhs: UUIDValue) -> Bool {
        (lhs.hi, lhs.lo) < (rhs.hi, rhs.lo)
    }
}

extension ByteBuffer {
    /// Lowercase hexadecimal digits, indexed by nibble.
    @usableFromInline
    internal static var hexDigits: StaticString { "0123456789abcdef" }

    /// Appends the 36-byte lowercase 8-4-4-4-12 form of `uuid`.
    ///
    /// PostgreSQL's `uuid` input and output both use this form.
    public mutating func appendUUID(_ uuid: UUIDValue) {
        appendUnsafe(maxCount: 36) { p in
            // hi: 8 hex, '-', 4 hex, '-', 4 hex; lo: 4 hex, '-', 12 hex. Each 32-bit
            // half becomes 8 ASCII digits in one word (`hexWord`), stored big-endian so
            // the most significant digit comes first.
            let raw = UnsafeMutableRawPointer(p)
            let a = Self.hexWord(UInt32(truncatingIfNeeded: uuid.hi >> 32))
            let b = Self.hexWord(UInt32(truncatingIfNeeded: uuid.hi))
            let c = Self.hexWord(UInt32(truncatingIfNeeded: uuid.lo >> 32))
            let d = Self.hexWord(UInt32(truncatingIfNeeded: uuid.lo))
            raw.storeBytes(of: a.bigEndian, as: UInt64.self)
            p[8] = UInt8(ascii: "-")
            raw.storeBytes(of: UInt32(truncatingIfNeeded: b >> 32).bigEndian, toByteOffset: 9, as: UInt32.self)
            p[13] = UInt8(ascii: "-")
            raw.storeBytes(of: UInt32(truncatingIfNeeded: b).bigEndian, toByteOffset: 14, as: UInt32.self)
            p[18] = UInt8(ascii: "-")
            raw.storeBytes(of: UInt32(truncatingIfNeeded: c >> 32).bigEndian, toByteOffset: 19, as: UInt32.self)
            p[23] = UInt8(ascii: "-")
            raw.storeBytes(of: UInt32(truncatingIfNeeded: c).bigEndian, toByteOffset: 24, as: UInt32.self)
            raw.storeBytes(of: d.bigEndian, toByteOffset: 28, as: UInt64.self)
            return 36
        }
    }

    /// The 8 lowercase hex digits of `x` as ASCII bytes of one word, the most significant
    /// digit in the most significant byte: each nibble is spread into its own byte, then
    /// `'0'` is added, plus 39 more (`'a'` - `'0'` - 10) where the nibble is 10 or more.
    @inlinable @inline(__always)
    static func hexWord(_ x: UInt32) -> UInt64 {
        var v = UInt64(x)
        v = (v | (v << 16)) & 0x0000_FFFF_0000_FFFF
        v = (v | (v << 8)) & 0x00FF_00FF_00FF_00FF
        v = (v | (v << 4)) & 0x0F0F_0F0F_0F0F_0F0F
        let letters = ((v &+ 0x0606_0606_0606_0606) >> 4) & 0x0101_0101_0101_0101
        return v &+ 0x3030_3030_3030_3030 &+ letters &* 39
    }

    /// Appends each byte as two lowercase hex digits, for digests and `bytea` (`\x...`) payloads.
    public mutating func appendHex(bytes raw: UnsafeRawBufferPointer) {
        let table = Self.hexDigits.utf8Start
        for byte in raw {
            append(table[Int(byte >> 4)])
            append(table[Int(byte & 0xF)])
        }
    }

    /// Writes the low `digits` nibbles of `value` as lowercase hex at `p`, most significant first.
    @usableFromInline
    internal static func storeHex(_ value: UInt64, digits: Int, at p: UnsafeMutablePointer<UInt8>) {
        let table = hexDigits.utf8Start
        var v = value
        var i = digits
        while i > 0 {
            i -= 1
            p[i] = table[Int(truncatingIfNeeded: v & 0xF)]
            v >>= 4
        }
    }
}
