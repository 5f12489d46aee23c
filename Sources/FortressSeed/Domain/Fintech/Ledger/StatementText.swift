/// How Brazilian bank statements print text: uppercase ASCII, no accents.
enum StatementText {
    /// "Padaria Pão Quente" → "PADARIA PAO QUENTE"; spaces and ASCII punctuation stay.
    static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        forEachFoldedByte(text) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `fold(text)`'s bytes appended to `b`, without building the string (folding is per
    /// scalar, so `fold(a + b)` is `fold(a) + fold(b)`).
    static func appendFolded(_ text: String, to b: inout ByteBuffer) {
        forEachFoldedByte(text) { b.append($0) }
    }

    @inline(__always)
    private static func forEachFoldedByte(_ text: String, _ body: (UInt8) -> Void) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x61...0x7A: body(UInt8(v) - 0x20)
            case 0x20...0x60, 0x7B...0x7E: body(UInt8(v))
            default:
                let (a, b) = EmailDerivation.foldedLatin(v)
                if a != 0 { body(a - 0x20) }
                if b != 0 { body(b - 0x20) }
            }
        }
    }
}
