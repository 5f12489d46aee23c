/// Money (`numeric` with scale 2, from integer cents) as a whole binary COPY field.
///
/// The general `appendBinaryNumeric(minorUnits:scale:)` divides by powers of ten read
/// from a table (real 64-bit divisions) and writes its header words and digit groups
/// one append at a time, then the row writer patches the length word byte by byte.
/// Every `transactions` row has an amount, so this does the same for scale 2 with
/// constant divisors (multiplications) and one reservation, length included: the same
/// bytes (the tests compare it with the general encoder).
extension ByteBuffer {
    public mutating func appendBinaryCentsField(_ minorUnits: Int64) {
        let magnitude = minorUnits.magnitude
        // Groups as the general encoder lays them out: up to five integer groups, then
        // the one fraction group (the cents, as the group's first two digits).
        var groups: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &groups) { raw in
            let g = raw.baseAddress!.assumingMemoryBound(to: UInt16.self)
            g[5] = UInt16(truncatingIfNeeded: (magnitude % 100) * 100)
            var integer = magnitude / 100
            var i = 5
            while integer > 0 {
                i -= 1
                g[i] = UInt16(truncatingIfNeeded: integer % 10_000)
                integer /= 10_000
            }
            var weight = 4 - i
            var first = i
            var end = 6
            while first < end && g[first] == 0 {
                first += 1
                weight -= 1
            }
            while end > first && g[end - 1] == 0 { end -= 1 }
            let ndigits = end - first
            if ndigits == 0 { weight = 0 }
            let length = 8 + 2 * ndigits
            appendUnsafe(maxCount: 4 + 20) { p in
                let out = UnsafeMutableRawPointer(p)
                out.storeBytes(of: Int32(truncatingIfNeeded: length).bigEndian, as: Int32.self)
                out.storeBytes(of: Int16(truncatingIfNeeded: ndigits).bigEndian, toByteOffset: 4, as: Int16.self)
                out.storeBytes(of: Int16(truncatingIfNeeded: weight).bigEndian, toByteOffset: 6, as: Int16.self)
                out.storeBytes(of: (minorUnits < 0 && ndigits > 0 ? UInt16(0x4000) : 0).bigEndian, toByteOffset: 8, as: UInt16.self)
                out.storeBytes(of: UInt16(2).bigEndian, toByteOffset: 10, as: UInt16.self)
                for k in 0..<ndigits {
                    out.storeBytes(of: g[first + k].bigEndian, toByteOffset: 12 + 2 * k, as: UInt16.self)
                }
                return 4 + length
            }
        }
    }
}
