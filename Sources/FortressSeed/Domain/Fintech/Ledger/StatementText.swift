/// How Brazilian bank statements print text: uppercase ASCII, no accents.
enum StatementText {
    /// "Padaria Pão Quente" → "PADARIA PAO QUENTE".
    static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        EmailDerivation.appendASCIIFold(of: text, to: &bytes)
        for i in bytes.indices where bytes[i] >= 0x61 && bytes[i] <= 0x7A { bytes[i] -= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
