/// Exact fixed-point decimal encoder for money and other scaled integers.
///
/// Money is carried as integer minor units (`Cents` is `Int64`), never as
/// `Double`, so the text form is produced by integer division alone and is
/// exactly what PostgreSQL's `numeric` parses back.
extension ByteBuffer {
    /// 10^0 through 10^19, every power of ten that fits in `UInt64`.
    @usableFromInline
    internal static let powersOfTen: [UInt64] = {
        var table: [UInt64] = []
        table.reserveCapacity(20)
        var p: UInt64 = 1
        for i in 0..<20 {
            table.append(p)
            if i < 19 { p &*= 10 }
        }
        return table
    }()

    /// Appends `minorUnits / 10^scale` as a plain decimal with exactly `scale` fraction digits.
    ///
    /// `(12345, 2)` gives `123.45`, `(-5, 2)` gives `-0.05`, `(7, 0)` gives
    /// `7` and `(1, 6)` gives `0.000001`. Zero is never signed (`0.00`). The
    /// output is a valid PostgreSQL `numeric` literal and a valid JSON number
    /// (no exponent, no leading `+`, at least one integer digit).
    ///
    /// - Precondition: `0 <= scale <= 19` (10^19 is the largest power of ten
    ///   in `UInt64`, enough for any `Int64` magnitude).
    public mutating func appendDecimal(minorUnits: Int64, scale: Int) {
        precondition(scale >= 0 && scale <= 19, "appendDecimal: scale must be 0...19")
        if minorUnits < 0 {
            append(UInt8(ascii: "-"))
        }
        let magnitude = minorUnits.magnitude
        if scale == 0 {
            appendUnsigned(magnitude)
            return
        }
        let unit = Self.powersOfTen[scale]
        appendUnsigned(magnitude / unit)
        append(UInt8(ascii: "."))
        appendZeroPadded(magnitude % unit, width: scale)
    }
}
