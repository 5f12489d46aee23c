/// Word-at-a-time tests for "does this text contain any of these bytes?", eight bytes
/// per step (SWAR). The CSV and JSON encoders ask it for every field and string, and
/// almost every answer is "no", so the scan, not the escaping, is the hot part.
///
/// For a 64-bit word `x`: `hasZeroByte(x)` is nonzero exactly when some byte of `x`
/// is 0 (the classic `(x - 0x01…) & ~x & 0x80…`: a borrow can only start at a zero
/// byte, so there are no false positives for "any"), and `x ^ splat(b)` has a zero
/// byte exactly where `x` holds `b`.
enum ByteScan {
    @inline(__always)
    static func splat(_ b: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(b) }

    @inline(__always)
    static func hasZeroByte(_ x: UInt64) -> Bool {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// Whether some byte of `x` is below `n` (`n` ≤ 128), by the same argument.
    @inline(__always)
    static func hasByteBelow(_ x: UInt64, _ n: UInt8) -> Bool {
        (x &- splat(n)) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// Whether `bytes` holds a byte that `wordHit` finds in a word or `byteHit` in a byte:
    /// the two must agree (the word test is the byte test applied to every lane).
    @inline(__always)
    static func contains(
        _ bytes: UnsafeRawBufferPointer, wordHit: (UInt64) -> Bool, byteHit: (UInt8) -> Bool
    ) -> Bool {
        let n = bytes.count
        guard n > 0 else { return false }
        let base = bytes.baseAddress!
        var i = 0
        while i + 8 <= n {
            if wordHit(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return true }
            i += 8
        }
        while i < n {
            if byteHit(base.load(fromByteOffset: i, as: UInt8.self)) { return true }
            i += 1
        }
        return false
    }
}
