extension EmailDerivation {
    /// Lowercase ASCII letters and digits of `text`, with accents folded and the rest dropped.
    ///
    /// "Antônio" → "antonio", "Conceição" → "conceicao", "Muñoz" → "munoz",
    /// "Müller" → "muller", "O'Brien" → "obrien", "Smith-Jones" → "smithjones",
    /// "Ana Paula" → "anapaula". Latin-1 and Latin Extended-A letters are folded by a
    /// hand-written table (æ → ae, ß → ss, œ → oe, þ → th); combining marks (a decomposed
    /// "é" is "e" + U+0301) are dropped, so NFC and NFD input fold alike. Anything else
    /// (spaces, punctuation, other scripts) is dropped.
    ///
    /// Pure and idempotent: `asciiFold(asciiFold(s)) == asciiFold(s)`.
    public static func asciiFold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendASCIIFold(of: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the folded form of `text` (see `asciiFold(_:)`) to `bytes`.
    public static func appendASCIIFold(of text: String, to bytes: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x61...0x7A, 0x30...0x39:
                bytes.append(UInt8(value))
            case 0x41...0x5A:
                bytes.append(UInt8(value) + 0x20)
            default:
                let folded = foldedLatin(value)
                if folded.0 != 0 { bytes.append(folded.0) }
                if folded.1 != 0 { bytes.append(folded.1) }
            }
        }
    }

    /// The one or two ASCII letters a Latin-1 or Latin Extended-A letter folds to; (0, 0) to drop.
    static func foldedLatin(_ value: UInt32) -> (UInt8, UInt8) {
        let a = UInt8(ascii: "a"), c = UInt8(ascii: "c"), d = UInt8(ascii: "d")
        let e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), n = UInt8(ascii: "n")
        let o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y")
        let s = UInt8(ascii: "s"), h = UInt8(ascii: "h"), t = UInt8(ascii: "t")
        switch value {
        // Latin-1 Supplement: upper and lower case side by side.
        case 0xC0...0xC5, 0xE0...0xE5: return (a, 0)  // À Á Â Ã Ä Å
        case 0xC6, 0xE6: return (a, e)  // Æ
        case 0xC7, 0xE7: return (c, 0)  // Ç
        case 0xC8...0xCB, 0xE8...0xEB: return (e, 0)  // È É Ê Ë
        case 0xCC...0xCF, 0xEC...0xEF: return (i, 0)  // Ì Í Î Ï
        case 0xD0, 0xF0: return (d, 0)  // Ð
        case 0xD1, 0xF1: return (n, 0)  // Ñ
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return (o, 0)  // Ò Ó Ô Õ Ö Ø
        case 0xD9...0xDC, 0xF9...0xFC: return (u, 0)  // Ù Ú Û Ü
        case 0xDD, 0xFD, 0xFF: return (y, 0)  // Ý ÿ
        case 0xDE, 0xFE: return (t, h)  // Þ
        case 0xDF: return (s, s)  // ß
        // Latin Extended-A: pairs of upper and lower case in alphabetical blocks.
        case 0x0100...0x0105: return (a, 0)  // Ā ă ą
        case 0x0106...0x010D: return (c, 0)  // Ć ĉ ċ č
        case 0x010E...0x0111: return (d, 0)  // Ď đ
        case 0x0112...0x011B: return (e, 0)  // Ē ĕ ė ę ě
        case 0x011C...0x0123: return (UInt8(ascii: "g"), 0)  // Ĝ ğ ġ ģ
        case 0x0124...0x0127: return (h, 0)  // Ĥ ħ
        case 0x0128...0x0131: return (i, 0)  // Ĩ ī ĭ į İ ı
        case 0x0132, 0x0133: return (i, UInt8(ascii: "j"))  // Ĳ
        case 0x0134, 0x0135: return (UInt8(ascii: "j"), 0)  // Ĵ
        case 0x0136, 0x0137: return (UInt8(ascii: "k"), 0)  // Ķ
        case 0x0139...0x0142: return (UInt8(ascii: "l"), 0)  // Ĺ ļ ľ ŀ Ł
        case 0x0143...0x0148, 0x014A, 0x014B: return (n, 0)  // Ń ņ ň Ŋ
        case 0x014C...0x0151: return (o, 0)  // Ō ŏ ő
        case 0x0152, 0x0153: return (o, e)  // Œ
        case 0x0154...0x0159: return (UInt8(ascii: "r"), 0)  // Ŕ ŗ ř
        case 0x015A...0x0161: return (s, 0)  // Ś ŝ ş š
        case 0x0162...0x0167: return (t, 0)  // Ţ ť ŧ
        case 0x0168...0x0173: return (u, 0)  // Ũ ū ŭ ů ű ų
        case 0x0174, 0x0175: return (UInt8(ascii: "w"), 0)  // Ŵ
        case 0x0176...0x0178: return (y, 0)  // Ŷ Ÿ
        case 0x0179...0x017E: return (UInt8(ascii: "z"), 0)  // Ź ż ž
        default: return (0, 0)  // combining marks, punctuation, spaces, other scripts
        }
    }
}
