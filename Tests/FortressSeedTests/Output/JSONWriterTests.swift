import FortressSeed
import Foundation
import Testing

@Suite struct JSONWriterTests {
    @Test("Keys keep written order and commas are automatic")
    func orderAndCommas() {
        var json = JSONWriter()
        json.beginObject()
        json.key("z"); json.int(1)
        json.key("a"); json.string("x")
        json.key("m"); json.beginArray()
        json.int(-2); json.bool(true); json.null(); json.decimal(minorUnits: -5, scale: 2)
        json.beginObject(); json.endObject()
        json.beginArray(); json.endArray()
        json.endArray()
        json.key("empty"); json.beginObject(); json.endObject()
        json.key("after"); json.bool(false)
        json.endObject()
        #expect(json.buffer.description
            == #"{"z":1,"a":"x","m":[-2,true,null,-0.05,{},[]],"empty":{},"after":false}"#)
        #expect(json.isComplete)
    }

    @Test("Strings are escaped per RFC 8259, verbatim", arguments: [
        ("plain", #""plain""#),
        ("", #""""#),
        ("q\"uote", #""q\"uote""#),
        ("back\\slash", #""back\\slash""#),
        ("\n\r\t\u{08}\u{0C}", #""\n\r\t\b\f""#),
        ("\u{00}\u{01}\u{0B}\u{1F}", #""\u0000\u0001\u000b\u001f""#),
        ("slash / and del \u{7F}", "\"slash / and del \u{7F}\""),
        ("Zürich 😀 \u{2028}", "\"Zürich 😀 \u{2028}\""),
    ])
    func stringEscaping(input: String, expected: String) {
        var json = JSONWriter()
        json.string(input)
        #expect(json.buffer.description == expected)
        var keyed = JSONWriter()
        keyed.beginObject(); keyed.key(input); keyed.int(0); keyed.endObject()
        #expect(keyed.buffer.description == "{" + expected + ":0}")
    }

    @Test("UUID, timestamp, date and raw values")
    func typedValues() {
        var json = JSONWriter()
        json.beginArray()
        json.uuid(UUIDValue(hi: 0x0123_4567_89AB_CDEF, lo: 0xFEDC_BA98_7654_3210))
        json.timestamp(micros: 1_772_368_496_123_456)
        json.date(days: 11_016)
        json.raw("1e3")
        let fragment = Array("{\"k\":[]}".utf8)
        fragment.withUnsafeBytes { json.raw(utf8: $0) }
        json.endArray()
        #expect(json.buffer.description
            == #"["01234567-89ab-cdef-fedc-ba9876543210","2026-03-01T12:34:56.123456+00:00","2000-02-29",1e3,{"k":[]}]"#)
    }

    @Test("Random documents parse with JSONSerialization back to the same values", arguments: EncodingTestSupport.seeds)
    func parsesBack(seed: UInt64) throws {
        var rng = EncodingTestRNG(seed: seed)
        var json = JSONWriter(capacity: 1024)
        for _ in 0..<300 {
            let strings = (0..<5).map { _ in EncodingTestSupport.nastyString(using: &rng) }
            let ints = (0..<5).map { _ in Int64(bitPattern: rng.next()) >> 12 }
            let cents = Int64.random(in: -1_000_000...1_000_000, using: &rng)
            json.reset()
            json.beginObject()
            json.key("strings"); json.beginArray()
            for s in strings { json.string(s) }
            json.endArray()
            json.key("ints"); json.beginArray()
            for i in ints { json.int(i) }
            json.endArray()
            json.key("nested"); json.beginObject()
            json.key(strings[0]); json.beginArray(); json.beginArray(); json.null(); json.endArray(); json.endArray()
            json.endObject()
            json.key("amount"); json.decimal(minorUnits: cents, scale: 2)
            json.key("flag"); json.bool(cents < 0)
            json.endObject()

            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(json.buffer.bytes)) as? [String: Any])
            #expect(object["strings"] as? [String] == strings)
            #expect((object["ints"] as? [NSNumber])?.map(\.int64Value) == ints)
            let nested = try #require(object["nested"] as? [String: Any])
            #expect(nested.keys.first == strings[0])
            let amount = try #require(object["amount"] as? NSNumber)
            #expect((amount.doubleValue * 100).rounded() == Double(cents))
            #expect(object["flag"] as? Bool == (cents < 0))
        }
    }

    @Test("Nesting to 64 levels balances and reset starts a fresh document")
    func deepNesting() throws {
        var json = JSONWriter()
        for level in 0..<JSONWriter.maxDepth {
            if level % 2 == 0 {
                json.beginArray()
            } else {
                json.beginObject()
                json.key("k")
            }
        }
        json.int(7)
        for level in (0..<JSONWriter.maxDepth).reversed() {
            if level % 2 == 0 { json.endArray() } else { json.endObject() }
        }
        #expect(json.isComplete)
        #expect(json.buffer.description == String(repeating: #"[{"k":"#, count: 32) + "7" + String(repeating: "}]", count: 32))
        _ = try JSONSerialization.jsonObject(with: Data(json.buffer.bytes))

        json.reset()
        #expect(json.buffer.isEmpty && !json.isComplete)
        json.int(1)
        #expect(json.buffer.description == "1")
    }

    @Test("init(buffer:) appends after existing bytes without disturbing them")
    func adoptsBuffer() {
        var line = ByteBuffer()
        line.append("payload=")
        var json = JSONWriter(buffer: line)
        json.beginObject(); json.key("a"); json.int(1); json.endObject()
        #expect(json.buffer.description == #"payload={"a":1}"#)
    }

    @Test("Nesting deeper than 64 traps")
    func tooDeep() async {
        await #expect(processExitsWith: .failure) {
            var json = JSONWriter()
            for _ in 0...JSONWriter.maxDepth { json.beginArray() }
        }
    }

    @Test("A value in an object without a key traps")
    func valueWithoutKey() async {
        await #expect(processExitsWith: .failure) {
            var json = JSONWriter()
            json.beginObject()
            json.int(1)
        }
    }

    @Test("Mismatched end traps")
    func mismatchedEnd() async {
        await #expect(processExitsWith: .failure) {
            var json = JSONWriter()
            json.beginArray()
            json.endObject()
        }
    }
}
