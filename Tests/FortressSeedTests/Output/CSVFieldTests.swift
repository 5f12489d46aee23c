import FortressSeed
import Testing

@Suite struct CSVFieldTests {
    @Test("Fields are quoted only when PostgreSQL CSV needs it, verbatim", arguments: [
        ("plain", "plain"),
        ("", "\"\""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\"", "\"\"\"\""),
        ("line1\nline2", "\"line1\nline2\""),
        ("cr\r", "\"cr\r\""),
        ("crlf\r\n", "\"crlf\r\n\""),
        ("back\\slash", "\"back\\slash\""),
        ("\\.", "\"\\.\""),
        ("\\N", "\"\\N\""),
        ("tab\there", "tab\there"),
        ("  padded  ", "  padded  "),
        ("'single'", "'single'"),
        ("emoji 😀 and 👩‍👩‍👧", "emoji 😀 and 👩‍👩‍👧"),
        ("Zürich, \"CH\"", "\"Zürich, \"\"CH\"\"\""),
        ("NULL", "NULL"),
    ])
    func quoting(input: String, expected: String) {
        #expect(EncodingTestSupport.encode { $0.appendCSVField(input) } == expected)
    }

    @Test("NULL is an empty unquoted field and differs from an empty string")
    func nullVersusEmpty() {
        let row = EncodingTestSupport.encode { row in
            row.appendInt(1)
            row.append(",")
            row.appendCSVNull()
            row.append(",")
            row.appendCSVField("")
            row.append(",")
            row.appendCSVField("x")
            row.append("\n")
        }
        #expect(row == "1,,\"\",x\n")
    }

    @Test("Raw-byte, slice and buffer overloads match the String overload", arguments: [
        "", "plain", "a,\"b\"", "\\.", "😀\n",
    ])
    func overloadsAgree(input: String) {
        let expected = EncodingTestSupport.encodeBytes { $0.appendCSVField(input) }
        let bytes = Array(input.utf8)
        #expect(EncodingTestSupport.encodeBytes { buffer in
            bytes.withUnsafeBytes { buffer.appendCSVField(utf8: $0) }
        } == expected)
        let padded = [UInt8(ascii: "<")] + bytes + [UInt8(ascii: ">")]
        #expect(EncodingTestSupport.encodeBytes { $0.appendCSVField(utf8: padded[1..<(padded.count - 1)]) } == expected)
        var source = ByteBuffer()
        source.append(utf8: input)
        #expect(EncodingTestSupport.encodeBytes { $0.appendCSVField(source) } == expected)
    }

    @Test("Random nasty strings round-trip through a CSV field parser", arguments: EncodingTestSupport.seeds)
    func roundTrip(seed: UInt64) {
        var rng = EncodingTestRNG(seed: seed)
        var buffer = ByteBuffer(capacity: 128)
        for _ in 0..<3_000 {
            let input = EncodingTestSupport.nastyString(using: &rng)
            buffer.removeAll()
            buffer.appendCSVField(input)
            let decoded = Self.parseField(buffer.bytes)
            #expect(decoded == Array(input.utf8), "\(input.debugDescription)")
            // A backslash never appears outside quotes, so no line can read as `\.`.
            if input.utf8.contains(UInt8(ascii: "\\")) {
                #expect(buffer.bytes.first == UInt8(ascii: "\""))
            }
        }
    }

    /// Parses one complete CSV field per RFC 4180 / PostgreSQL; `nil` means NULL.
    static func parseField(_ field: [UInt8]) -> [UInt8]? {
        let quote = UInt8(ascii: "\"")
        guard let first = field.first else { return nil }
        guard first == quote else { return field }
        var result: [UInt8] = []
        var i = 1
        while i < field.count - 1 {
            if field[i] == quote {
                guard field[i + 1] == quote else { return [] }  // malformed: fails the comparison
                i += 1
            }
            result.append(field[i])
            i += 1
        }
        return field.last == quote && field.count >= 2 ? result : []
    }
}
