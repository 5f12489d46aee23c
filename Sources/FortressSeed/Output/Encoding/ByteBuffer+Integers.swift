/// Decimal integer and boolean encoders.
///
/// Digits are produced two at a time from a 200-byte pair table kept in the
/// binary's read-only data, into a stack scratch area, then appended in one
/// copy: no `String(v)`, no heap allocation.
extension ByteBuffer {
    /// "00" "01" ... "99": two ASCII digits for every value below 100.
    @usableFromInline
    internal static var digitPairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    }

    /// Appends `value` in decimal, with a leading `-` when negative.
    ///
    /// `Int64.min` is handled by printing its magnitude, which fits in `UInt64`.
    @inlinable
    public mutating func appendInt(_ value: Int64) {
        if value < 0 {
            append(UInt8(ascii: "-"))
        }
        appendUnsigned(value.magnitude)
    }

    /// Appends `value` in decimal, with a leading `-` when negative.
    @inlinable
    public mutating func appendInt(_ value: Int) {
        appendInt(Int64(value))
    }

    /// Appends `value` in decimal.
    @inlinable
    public mutating func appendUnsigned(_ value: UInt64) {
        let width = Self.decimalDigitCount(value)
        appendUnsafe(maxCount: width) { p in
            _ = Self.storeDigits(value, width: width, at: p)
            return width
        }
    }

    /// `value` with exactly `width` digits, zero-padded on the left.
    @inlinable
    public mutating func appendZeroPadded(_ value: UInt64, width: Int) {
        precondition(width >= 0 && width <= 20, "appendZeroPadded: width must be 0...20")
        appendUnsafe(maxCount: width) { p in
            let rest = Self.storeDigits(value, width: width, at: p)
            precondition(rest == 0, "appendZeroPadded: value has more than `width` digits")
            return width
        }
    }

    /// The number of decimal digits of `value` (1 for 0); UInt64.max has 20.
    @inlinable
    internal static func decimalDigitCount(_ value: UInt64) -> Int {
        var n = 1
        var threshold: UInt64 = 10
        while n < 20 && value >= threshold {
            n += 1
            threshold &*= 10
        }
        return n
    }

    @inlinable
    public mutating func appendBool(_ value: Bool) {
        if value {
            append("true")
        } else {
            append("false")
        }
    }

    /// Writes the two ASCII digits of `pair` (0...99) at `p`.
    @inlinable
    internal static func storePair(_ pair: Int, at p: UnsafeMutablePointer<UInt8>) {
        assert(pair >= 0 && pair < 100)
        let table = digitPairs.utf8Start
        p[0] = table[2 &* pair]
        p[1] = table[2 &* pair &+ 1]
    }

    /// Writes the low `width` decimal digits of `value` at `p`, zero-padded.
    ///
    /// Returns what is left of `value` above those digits, so callers can
    /// check that it fit (`0`) without a separate power-of-ten comparison.
    @inlinable
    internal static func storeDigits(
        _ value: UInt64, width: Int, at p: UnsafeMutablePointer<UInt8>
    ) -> UInt64 {
        var v = value
        var end = width
        while end >= 2 {
            end -= 2
            storePair(Int(truncatingIfNeeded: v % 100), at: p + end)
            v /= 100
        }
        if end == 1 {
            p[0] = UInt8(truncatingIfNeeded: v % 10) &+ UInt8(ascii: "0")
            v /= 10
        }
        return v
    }
}
