import FortressSeed
import FortressSeedPostgres
import Testing

/// Rows encoded by `BinaryRowWriter`, loaded with `COPY ... FROM STDIN (FORMAT binary)`
/// and copied back out (in load order), come back byte for byte.
@Suite("Binary COPY round trip through PostgreSQL", .tags(.postgres), .enabled(if: TestServer.runPostgresTests))
struct BinaryRoundTripTests {
    static let mood = EnumType("fsp_mood", ["ok", "sad", "ação"])
    /// One column of every type the schema uses.
    static let table = Table(
        "fsp_every_type", comment: "round trip",
        columns: [
            Column("k", .integer), Column("u", .uuid), Column("t", .text, null: true), Column("c", .char(3)), Column("s", .smallint),
            Column("i", .integer), Column("b", .bigint), Column("n", .numeric(precision: 30, scale: 6)),
            Column("ts", .timestamptz), Column("d", .date), Column("j", .jsonb, null: true), Column("f", .boolean),
            Column("e", .enumeration(mood)),
        ],
        primaryKey: ["k"])

    /// Writes `count` rows derived from `seed`; NULLs in the nullable columns now and then.
    static func rows(seed: UInt64, count: Int) -> BinaryRowWriter {
        var rng = TestRNG(seed: seed)
        var w = BinaryRowWriter(table: table, capacity: 1 << 16)
        let texts = ["", "plain", "Ação, \"quoted\"\n\\.", "🇧🇷", "tab\there"]
        let docs = [#"{"a": 1}"#, #"{"k": "v", "nested": {"x": [1, 2.5, null, true]}}"#, #"[]"#]
        let labels: [StaticString] = ["ok", "sad", "ação"]
        BinaryCopy.appendHeader(to: &w.buffer)
        for k in 0..<count {
            w.int(Int64(k))
            w.uuid(UUIDValue(randomBits: rng.next(), rng.next()))
            if rng.next() % 5 == 0 { w.null() } else { w.text(texts[Int(rng.next() % UInt64(texts.count))]) }
            w.label("BRL")
            w.int(Int64(Int16.random(in: .min ... .max, using: &rng)))
            w.int(Int64(Int32.random(in: .min ... .max, using: &rng)))
            w.int(Int64.random(in: .min ... .max, using: &rng))
            w.decimal(minorUnits: Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &rng), scale: 6)
            w.timestamp(micros: Int64.random(in: ByteBuffer.supportedTimestampMicros, using: &rng))
            w.date(days: Int64.random(in: ByteBuffer.supportedDateDays, using: &rng))
            if rng.next() % 4 == 0 { w.null() } else {
                var doc = ByteBuffer()
                doc.append(utf8: docs[Int(rng.next() % UInt64(docs.count))])
                w.json(doc)
            }
            w.bool(rng.next() % 2 == 0)
            w.label(labels[Int(rng.next() % 3)])
            w.endRow()
        }
        BinaryCopy.appendTrailer(to: &w.buffer)
        return w
    }

    @Test("Encode, COPY FROM STDIN binary, COPY TO binary: identical bytes", arguments: TestValues.seeds)
    func roundTrip(seed: UInt64) throws {
        let server = try TestServer.create("roundtrip")
        defer { server.drop() }
        let db = try server.connect()
        try db.execute("CREATE TYPE fsp_mood AS ENUM ('ok', 'sad', 'ação')")
        try db.execute(DDLWriter(partitions: MonthSpan(firstYear: 2026, firstMonth: 1, lastYear: 2026, lastMonth: 1)).createTable(Self.table))
        let w = Self.rows(seed: seed, count: 2_000)
        var counter = BinaryTupleCounter()
        counter.consume(w.buffer)
        #expect(counter.tuples == 2_000 && counter.isFinished && !counter.isMalformed)

        try db.beginCopy("COPY \(Self.table.name) (\(Self.table.columnList)) FROM STDIN (FORMAT binary)", table: Self.table.name)
        try db.putCopyData(w.buffer, table: Self.table.name)
        #expect(try db.endCopy(table: Self.table.name) == 2_000)
        let back = try db.copyOut("COPY (SELECT \(Self.table.columnList) FROM \(Self.table.name) ORDER BY k) TO STDOUT (FORMAT binary)")
        let same = back == w.buffer.bytes
        #expect(same, "the server's copy differs from what was sent: \(TestValues.firstDifference(w.buffer.bytes, back))")
    }
}
