import FortressSeed
import FortressSeedPostgres
import Testing

/// Each binary encoder against the server's own `COPY ... TO STDOUT (FORMAT binary)`.
///
/// The server writes the same values (parsed from the package's text
/// encoders, themselves tested against Foundation); both streams must be
/// byte-identical, header and trailer included.
@Suite("Binary COPY encoders match PostgreSQL", .tags(.postgres), .enabled(if: TestServer.runPostgresTests))
struct BinaryEncodingServerTests {
    private func expectSame(
        _ ours: [UInt8], _ sql: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let server = try TestServer.admin().copyOut(sql)
        let same = ours == server
        #expect(same, "encoding differs from the server's for: \(sql.prefix(300))", sourceLocation: sourceLocation)
        if ours != server, let i = zip(ours, server).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("first difference at byte \(i): ours \(ours[i...].prefix(16)) server \(server[i...].prefix(16))", sourceLocation: sourceLocation)
        }
    }

    @Test("numeric: base-10000 digits, weight, sign, dscale", arguments: TestValues.seeds)
    func numeric(seed: UInt64) throws {
        let cases = TestValues.decimals(seed: seed)
        let ours = TestValues.stream(.numeric, count: cases.count) { w, i in w.decimal(minorUnits: cases[i].0, scale: cases[i].1) }
        let literals = cases.map { c in TestValues.text { $0.appendDecimal(minorUnits: c.0, scale: c.1) } }
        try expectSame(ours, TestValues.serverCopy(literals, as: "numeric"))
    }

    @Test("timestamptz: µs since 2000-01-01", arguments: TestValues.seeds)
    func timestamptz(seed: UInt64) throws {
        let cases = TestValues.timestamps(seed: seed)
        let ours = TestValues.stream(.timestamptz, count: cases.count) { w, i in w.timestamp(micros: cases[i]) }
        let literals = cases.map { m in TestValues.text { $0.appendTimestamp(micros: m) } }
        try expectSame(ours, TestValues.serverCopy(literals, as: "timestamptz"))
    }

    @Test("date: days since 2000-01-01", arguments: TestValues.seeds)
    func date(seed: UInt64) throws {
        var rng = TestRNG(seed: seed)
        let cases: [Int64] = [0, -1, ByteBuffer.postgresEpochDays, ByteBuffer.supportedDateDays.lowerBound, ByteBuffer.supportedDateDays.upperBound]
            + (0..<200).map { _ in Int64.random(in: ByteBuffer.supportedDateDays, using: &rng) }
        let ours = TestValues.stream(.date, count: cases.count) { w, i in w.date(days: cases[i]) }
        let literals = cases.map { d in TestValues.text { $0.appendDate(days: d) } }
        try expectSame(ours, TestValues.serverCopy(literals, as: "date"))
    }

    @Test("uuid: 16 bytes in RFC 4122 order", arguments: TestValues.seeds)
    func uuid(seed: UInt64) throws {
        var rng = TestRNG(seed: seed)
        let cases = [UUIDValue(hi: 0, lo: 0), UUIDValue(hi: .max, lo: .max)] + (0..<100).map { _ in UUIDValue(randomBits: rng.next(), rng.next()) }
        let ours = TestValues.stream(.uuid, count: cases.count) { w, i in w.uuid(cases[i]) }
        try expectSame(ours, TestValues.serverCopy(cases.map(\.description), as: "uuid"))
    }

    @Test("smallint, integer, bigint by the column's type")
    func integers() throws {
        let small: [Int64] = [0, 1, -1, Int64(Int16.max), Int64(Int16.min), 1234]
        try expectSame(TestValues.stream(.int2, count: small.count) { w, i in w.int(small[i]) }, TestValues.serverCopy(small.map { String($0) }, as: "int2"))
        let int: [Int64] = [0, 1, -1, Int64(Int32.max), Int64(Int32.min), 20_260_301]
        try expectSame(TestValues.stream(.int4, count: int.count) { w, i in w.int(int[i]) }, TestValues.serverCopy(int.map { String($0) }, as: "int4"))
        let big: [Int64] = [0, 1, -1, .max, .min, 1_772_368_496_123_456]
        try expectSame(TestValues.stream(.int8, count: big.count) { w, i in w.int(big[i]) }, TestValues.serverCopy(big.map { String($0) }, as: "int8"))
    }

    @Test("text, enum labels and NULL as UTF-8 with a length word")
    func text() throws {
        let cases = ["", "a", "Ação café", "quote ' and \" and \\ and \\.", "tab\tnew\nline", "emoji 🇧🇷👩🏽‍💻", String(repeating: "x", count: 5000)]
        let ours = TestValues.stream(.text, count: cases.count + 2) { w, i in
            if i < cases.count { w.text(cases[i]) } else if i == cases.count { w.label("posted") } else { w.null() }
        }
        try expectSame(ours, TestValues.serverCopy(cases + ["posted", "NULL"], as: "text"))
    }

    @Test("boolean")
    func boolean() throws {
        let ours = TestValues.stream(.bool, count: 2) { w, i in w.bool(i == 0) }
        try expectSame(ours, TestValues.serverCopy(["true", "false"], as: "boolean"))
    }

    @Test("jsonb: version byte 1, then the text")
    func jsonb() throws {
        // The server normalizes jsonb on output; these are already in its form.
        let cases = [#"{"a": 1, "bb": [1, 2.50, "x"], "ccc": {"d": null}}"#, #"[]"#, #""Olá""#, #"{"n": -0.000001, "city": "São Paulo"}"#]
        let ours = TestValues.stream(.jsonb, count: cases.count) { w, i in
            var doc = ByteBuffer()
            doc.append(utf8: cases[i])
            w.json(doc)
        }
        try expectSame(ours, TestValues.serverCopy(cases, as: "jsonb"))
    }
}
