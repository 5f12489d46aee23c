/// Reference strings shaped as each channel's real identifiers.
///
/// - PIX end-to-end id (BCB): `E` + 8-digit ISPB + `yyyyMMddHHmm` (UTC) + 11 alphanumerics, 32 characters.
/// - Card: `NSU` + 12 digits (the acquirer's sequence number).
/// - Boleto: the 47-digit "linha digitável".
/// - TED: `TED` + `yyyyMMdd` + 10 digits.
/// - Internal entries (fees, yields, interest, opening balances): `INT` + 16 hex digits.
enum References {
    /// ISPBs of fictional participants (8 digits, as in the BCB's PIX directory).
    static let ispbs = ["18236120", "60701190", "00360305", "90400888", "00000208", "60746948", "31872495", "10573521"]
    static let alphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

    static func make<R: RandomNumberGenerator>(_ channel: Channel, at micros: Int64, using g: inout R) -> String {
        var b = ByteBuffer(capacity: 48)
        write(channel, at: micros, using: &g, into: &b)
        return String(decoding: b.bytes, as: UTF8.self)
    }

    /// Appends `make(channel, at:, using:)`'s bytes (same draws), without a `String`.
    static func write<R: RandomNumberGenerator>(_ channel: Channel, at micros: Int64, using g: inout R, into b: inout ByteBuffer) {
        switch channel {
        case .pix:
            b.append(UInt8(ascii: "E"))
            b.append(utf8: ispbs[g.uniform(below: ispbs.count)])
            appendStamp(&b, micros, minutes: true)
            alphanumerics.withUnsafeBufferPointer { table in
                b.appendUnsafe(maxCount: 11) { p in
                    for i in 0..<11 { p[i] = table[g.uniform(below: table.count)] }
                    return 11
                }
            }
        case .card:
            b.append("NSU")
            digits(&b, 12, &g)
        case .boleto:
            digits(&b, 47, &g)
        case .ted:
            b.append("TED")
            appendStamp(&b, micros, minutes: false)
            digits(&b, 10, &g)
        case .internal:
            b.append("INT")
            let hex: StaticString = "0123456789abcdef"
            b.appendUnsafe(maxCount: 16) { p in
                for i in 0..<16 { p[i] = hex.utf8Start[g.uniform(below: 16)] }
                return 16
            }
        }
    }

    private static func digits<R: RandomNumberGenerator>(_ b: inout ByteBuffer, _ n: Int, _ g: inout R) {
        b.appendUnsafe(maxCount: n) { p in
            for i in 0..<n { p[i] = UInt8(ascii: "0") + UInt8(g.uniform(below: 10)) }
            return n
        }
    }

    /// `yyyyMMddHHmm` or `yyyyMMdd` of a UTC instant.
    /// (One reservation for the whole stamp: a byte-at-a-time append re-checks the buffer each time.)
    private static func appendStamp(_ b: inout ByteBuffer, _ micros: Int64, minutes: Bool) {
        let days = micros.floorDiv(CivilCalendar.microsPerDay)
        let (y, m, d) = CivilCalendar.civil(days: days)
        let year = Int(y)
        b.appendUnsafe(maxCount: 12) { p in
            func two(_ v: Int, _ at: Int) {
                p[at] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: v / 10)
                p[at + 1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: v % 10)
            }
            two(year / 100, 0); two(year % 100, 2); two(m, 4); two(d, 6)
            guard minutes else { return 8 }
            let secondOfDay = (micros - days * CivilCalendar.microsPerDay) / 1_000_000
            two(Int(secondOfDay / 3600), 8); two(Int(secondOfDay % 3600 / 60), 10)
            return 12
        }
    }
}
