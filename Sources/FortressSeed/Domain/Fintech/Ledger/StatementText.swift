/// How Brazilian bank statements print text: uppercase ASCII, no accents.
enum StatementText {
    /// "Padaria Pão Quente" → "PADARIA PAO QUENTE"; spaces and ASCII punctuation stay.
    static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x61...0x7A: bytes.append(UInt8(v) - 0x20)
            case 0x20...0x60, 0x7B...0x7E: bytes.append(UInt8(v))
            default:
                let (a, b) = EmailDerivation.foldedLatin(v)
                if a != 0 { bytes.append(a - 0x20) }
                if b != 0 { bytes.append(b - 0x20) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
