/// PostgreSQL's binary wire encodings (the `*send` functions' output), for binary COPY.
///
/// Binary COPY skips the server's text parsing of uuid, numeric, timestamptz
/// and jsonb, which is about half of its CSV ingest cost. Every encoder here
/// writes exactly the bytes the server's own `COPY ... TO (FORMAT binary)`
/// writes for the same value (tests compare them), big-endian, with no heap
/// allocation: fixed-size values go through a stack copy of their bytes.
extension ByteBuffer {
    /// Microseconds from 1970-01-01 (the package's epoch) to 2000-01-01 (PostgreSQL's).
    public static let postgresEpochMicros: Int64 = 946_684_800_000_000
    /// Days from 1970-01-01 to 2000-01-01.
    public static let postgresEpochDays: Int64 = 10_957

    /// Appends a 16-bit big-endian integer (`int2`, a tuple's field count, the trailer).
    /// Stores a fixed-width integer in network byte order (unaligned stores are fine).
    @inlinable @inline(__always)
    mutating func appendBigEndian<T: FixedWidthInteger>(_ value: T) {
        appendUnsafe(maxCount: MemoryLayout<T>.size) { p in
            UnsafeMutableRawPointer(p).storeBytes(of: value.bigEndian, as: T.self)
            return MemoryLayout<T>.size
        }
    }

    // Whole fields (int32 length, then the value) in one reservation: a tuple is a
    // dozen of them, and each separate append re-checks uniqueness and room.

    /// A field of raw bytes (`text`, `jsonb` without its version byte): length, bytes.
    @inlinable @inline(__always)
    public mutating func appendBinaryField(_ raw: UnsafeRawBufferPointer) {
        let n = raw.count
        appendUnsafe(maxCount: 4 + n) { p in
            UnsafeMutableRawPointer(p).storeBytes(of: Int32(truncatingIfNeeded: n).bigEndian, as: Int32.self)
            ByteBuffer.copy(from: raw, to: p + 4)
            return 4 + n
        }
    }

    /// A field holding one big-endian integer (int2/int4/int8, timestamptz, date): length, value.
    @inlinable @inline(__always)
    mutating func appendBinaryIntegerField<T: FixedWidthInteger>(_ value: T) {
        let size = MemoryLayout<T>.size
        appendUnsafe(maxCount: 4 + size) { p in
            let raw = UnsafeMutableRawPointer(p)
            raw.storeBytes(of: Int32(truncatingIfNeeded: size).bigEndian, as: Int32.self)
            raw.storeBytes(of: value.bigEndian, toByteOffset: 4, as: T.self)
            return 4 + size
        }
    }

    /// A `uuid` field: length 16, then the 16 bytes.
    @inlinable @inline(__always)
    public mutating func appendBinaryUUIDField(_ value: UUIDValue) {
        appendUnsafe(maxCount: 20) { p in
            let raw = UnsafeMutableRawPointer(p)
            raw.storeBytes(of: Int32(16).bigEndian, as: Int32.self)
            raw.storeBytes(of: value.hi.bigEndian, toByteOffset: 4, as: UInt64.self)
            raw.storeBytes(of: value.lo.bigEndian, toByteOffset: 12, as: UInt64.self)
            return 20
        }
    }

    @inlinable @inline(__always)
    public mutating func appendBinaryInt16(_ value: Int16) {
        appendBigEndian(value)
    }

    /// Appends a 32-bit big-endian integer (`int4`, a field's length word).
    @inlinable @inline(__always)
    public mutating func appendBinaryInt32(_ value: Int32) {
        appendBigEndian(value)
    }

    /// Appends a 64-bit big-endian integer (`int8`, `timestamptz`).
    @inlinable @inline(__always)
    public mutating func appendBinaryInt64(_ value: Int64) {
        appendBigEndian(value)
    }

    /// Appends the 16 bytes of a uuid in RFC 4122 order (`uuid_send`).
    @inlinable
    public mutating func appendBinaryUUID(_ value: UUIDValue) {
        appendUnsafe(maxCount: 16) { p in
            let raw = UnsafeMutableRawPointer(p)
            raw.storeBytes(of: value.hi.bigEndian, as: UInt64.self)
            raw.storeBytes(of: value.lo.bigEndian, toByteOffset: 8, as: UInt64.self)
            return 16
        }
    }

    /// Appends `timestamptz_send`'s form: int64 microseconds since 2000-01-01 UTC.
    ///
    /// - Parameter micros: microseconds since 1970-01-01 UTC, as generators hold instants.
    @inlinable
    public mutating func appendBinaryTimestamp(micros: Int64) {
        appendBinaryInt64(micros &- Self.postgresEpochMicros)
    }

    /// Appends `date_send`'s form: int32 days since 2000-01-01.
    ///
    /// - Parameter days: days since 1970-01-01.
    /// - Precondition: the date is within `supportedDateDays`.
    @inlinable
    public mutating func appendBinaryDate(days: Int64) {
        precondition(Self.supportedDateDays.contains(days), "appendBinaryDate: days outside years 0001...9999")
        appendBinaryInt32(Int32(truncatingIfNeeded: days &- Self.postgresEpochDays))
    }

    /// Appends `numeric_send`'s form of `minorUnits / 10^scale`, exactly.
    ///
    /// The layout is int16 ndigits, int16 weight, int16 sign (`0x0000` positive,
    /// `0x4000` negative), int16 dscale, then ndigits base-10000 digits, most
    /// significant first. Groups are aligned at the decimal point (weight 0
    /// is the units group), leading and trailing zero groups are stripped
    /// and zero has no digits, weight 0 and a positive sign: what PostgreSQL
    /// itself sends. `dscale` is `scale`, so `(1050, 2)` is `10.50`; the
    /// server rounds to the column's own scale on input, like for text.
    ///
    /// Not `@inlinable`: 9 digits at most, written through a stack scratch.
    ///
    /// - Precondition: `0 <= scale <= 19`.
    public mutating func appendBinaryNumeric(minorUnits: Int64, scale: Int) {
        precondition(scale >= 0 && scale <= 19, "appendBinaryNumeric: scale must be 0...19")
        // An Int64 has at most 5 integer groups; 19 fraction digits make 5 groups.
        withUnsafeTemporaryAllocation(of: Int16.self, capacity: 10) { scratch in
            let groups = scratch.baseAddress!
            let magnitude = minorUnits.magnitude
            let unit = Self.powersOfTen[scale]
            var integer = magnitude / unit
            var fraction = magnitude % unit
            // Fraction groups, least significant first, into the top of the scratch.
            let fractionGroups = (scale + 3) / 4
            var f = 10
            if fractionGroups > 0 {
                let lastDigits = scale - 4 * (fractionGroups - 1)
                let lastUnit = Self.powersOfTen[lastDigits]
                f -= 1
                groups[f] = Int16(truncatingIfNeeded: (fraction % lastUnit) * Self.powersOfTen[4 - lastDigits])
                fraction /= lastUnit
                for _ in 1..<fractionGroups {
                    f -= 1
                    groups[f] = Int16(truncatingIfNeeded: fraction % 10_000)
                    fraction /= 10_000
                }
            }
            // Integer groups, least significant first, just below the fraction.
            var i = f
            while integer > 0 {
                i -= 1
                groups[i] = Int16(truncatingIfNeeded: integer % 10_000)
                integer /= 10_000
            }
            var weight = f - i - 1
            var first = i
            var end = 10
            while first < end && groups[first] == 0 {
                first += 1
                weight -= 1
            }
            while end > first && groups[end - 1] == 0 { end -= 1 }
            let ndigits = end - first
            if ndigits == 0 { weight = 0 }
            appendBinaryInt16(Int16(truncatingIfNeeded: ndigits))
            appendBinaryInt16(Int16(truncatingIfNeeded: weight))
            appendBinaryInt16(minorUnits < 0 && ndigits > 0 ? 0x4000 : 0)
            appendBinaryInt16(Int16(truncatingIfNeeded: scale))
            for k in first..<end { appendBinaryInt16(groups[k]) }
        }
    }
}
