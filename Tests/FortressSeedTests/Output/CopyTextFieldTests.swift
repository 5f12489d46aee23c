import FortressSeed
import Testing

@Suite struct CopyTextFieldTests {
    @Test("Fields are escaped for COPY text format, verbatim", arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a\tb", "a\\tb"),
        ("a\nb", "a\\nb"),
        ("cr\r", "cr\\r"),
        ("crlf\r\n", "crlf\\r\\n"),
        ("\\", "\\\\"),
        ("\\.", "\\\\."),
        ("\\N", "\\\\N"),
        ("back\\slash", "back\\\\slash"),
        ("\u{08}\u{0C}\u{0B}", "\\b\\f\\v"),
        ("\u{01}", "\\001"),
        ("x\u{1F}9", "x\\0379"),
        ("\u{1B}[0m", "\\033[0m"),
        ("del\u{7F}", "del\u{7F}"),
        ("a,\"b\"", "a,\"b\""),
        ("emoji 😀 and 👩‍👩‍👧", "emoji 😀 and 👩‍👩‍👧"),
    ])
    func escaping(input: String, expected: String) {
        #expect(EncodingTestSupport.encode { $0.appendCopyTextField(input) } == expected)
    }

    @Test("NULL is \\N and differs from an empty string")
    func nullVersusEmpty() {
        let row = EncodingTestSupport.encode { row in
            row.appendInt(1)
            row.append("\t")
            row.appendCopyTextNull()
            row.append("\t")
            row.appendCopyTextField("")
            row.append("\t")
            row.appendCopyTextField("x")
            row.append("\n")
        }
        #expect(row == "1\t\\N\t\tx\n")
    }

    @Test("Raw-byte, slice and buffer overloads match the String overload", arguments: [
        "", "plain", "a\tb\\c", "\\.", "😀\n",
    ])
    func overloadsAgree(input: String) {
        let expected = EncodingTestSupport.encodeBytes { $0.appendCopyTextField(input) }
        let bytes = Array(input.utf8)
        #expect(EncodingTestSupport.encodeBytes { buffer in
            bytes.withUnsafeBytes { buffer.appendCopyTextField(utf8: $0) }
        } == expected)
        let padded = [UInt8(ascii: "<")] + bytes + [UInt8(ascii: ">")]
        #expect(EncodingTestSupport.encodeBytes { $0.appendCopyTextField(utf8: padded[1..<(padded.count - 1)]) } == expected)
        var source = ByteBuffer()
        source.append(utf8: input)
        #expect(EncodingTestSupport.encodeBytes { $0.appendCopyTextField(source) } == expected)
    }

    @Test("Random nasty strings round-trip through a COPY text decoder", arguments: EncodingTestSupport.seeds)
    func roundTrip(seed: UInt64) {
        var rng = EncodingTestRNG(seed: seed)
        var buffer = ByteBuffer(capacity: 128)
        for _ in 0..<3_000 {
            let input = EncodingTestSupport.nastyString(using: &rng)
            buffer.removeAll()
            buffer.appendCopyTextField(input)
            // No raw delimiter, row end or control byte survives.
            #expect(!buffer.bytes.contains { $0 < 0x20 }, "\(input.debugDescription)")
            #expect(Self.decodeField(buffer.bytes) == Array(input.utf8), "\(input.debugDescription)")
        }
    }

    /// Decodes one COPY text field as PostgreSQL's `CopyReadAttributesText` does; `nil` means NULL.
    static func decodeField(_ field: [UInt8]) -> [UInt8]? {
        if field == Array("\\N".utf8) { return nil }
        var result: [UInt8] = []
        var i = 0
        func isOctal(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "7") }
        while i < field.count {
            let byte = field[i]
            i += 1
            guard byte == UInt8(ascii: "\\"), i < field.count else {
                result.append(byte)
                continue
            }
            let escaped = field[i]
            i += 1
            switch escaped {
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "v"): result.append(0x0B)
            case _ where isOctal(escaped):
                var value = Int(escaped - UInt8(ascii: "0"))
                var digits = 1
                while digits < 3, i < field.count, isOctal(field[i]) {
                    value = value * 8 + Int(field[i] - UInt8(ascii: "0"))
                    i += 1
                    digits += 1
                }
                result.append(UInt8(truncatingIfNeeded: value))
            default: result.append(escaped)
            }
        }
        return result
    }
}
