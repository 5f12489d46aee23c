import FortressSeed
import Foundation
import Testing

/// Generated files load into the emitted schema with every constraint on.
@Suite("Generated files on PostgreSQL", .tags(.postgres), .enabled(if: TestDatabase.runPostgresTests))
struct GenerateLoadTests {
    @Test("dev CSV files load with \\copy and the SQL script with psql -f; both give the same rows")
    func csvAndSQLLoadTheSameRows() throws {
        let dir = try Shell.temporaryDirectory("load")
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = try Shell.fortress(["generate", "--scenario", "dev", "--seed", "7", "--out", dir.appendingPathComponent("csv").path, "--format", "csv", "--quiet"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let sql = try Shell.fortress(["generate", "--scenario", "dev", "--seed", "7", "--out", dir.appendingPathComponent("sql").path, "--format", "sql", "--with-schema", "--quiet"])
        #expect(sql.status == 0, "\(sql.stderr)")

        let viaCSV = try SchemaCatalogTests.databaseWithSchema("csv")
        defer { viaCSV.drop() }
        var script = "BEGIN;\n"
        for table in GeneratedTable.allCases.map(\.table) {
            let file = dir.appendingPathComponent("csv/\(table.name).csv").path
            script += "\\copy \(table.name) (\(table.columnList)) FROM '\(file)' (FORMAT csv, HEADER true)\n"
        }
        script += "COMMIT;\n"
        let loaded = try viaCSV.psql(["-f", "-"], stdin: Data(script.utf8))
        #expect(loaded.status == 0, "CSV load failed:\n\(loaded.stderr)")

        let viaSQL = try TestDatabase.create("sql")
        defer { viaSQL.drop() }
        let ran = try viaSQL.psql(["-f", dir.appendingPathComponent("sql/fortress-seed.sql").path])
        #expect(ran.status == 0, "SQL script failed:\n\(ran.stderr)")

        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("csv/manifest.json"))) as? [String: Any]
        let entries = try #require(manifest?["tables"] as? [[String: Any]])
        for entry in entries {
            let table = try #require(entry["table"] as? String)
            let rows = try #require(entry["rows"] as? Int)
            #expect(rows > 0, "\(table) is empty")
            let checksum = "SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM \(table) t"
            let a = try viaCSV.scalar(checksum), b = try viaSQL.scalar(checksum)
            #expect(a == b, "\(table) differs between the CSV and SQL loads")
            #expect(a.hasPrefix("\(rows):"), "\(table): manifest says \(rows) rows, database has \(a)")
        }
        // Every dev user logs in with the documented password (bcrypt checked by pgcrypto).
        #expect(try viaSQL.scalar("SELECT bool_and(password_hash = crypt('\(FinanceModel.devPassword)', password_hash)) FROM users") == "t")
    }

    @Test("Text with quotes, commas, backslashes, newlines, tabs, emoji and \\. survives CSV and COPY text byte for byte")
    func trickyTextRoundTrips() throws {
        // psql's \copy ends the data at any line that is exactly `\.`, even inside a quoted
        // CSV field (a documented psql limitation), so no sample has such a line; the
        // COPY text path escapes it, see `copyTextEscapesEndOfDataLines`.
        let samples = [
            "plain", "", "with,comma", "with \"quotes\"", "back\\slash", "new\nline", "carriage\rreturn", "tab\there",
            "\\.", "a\\.b", "line\n\\.x\nafter", "emoji 🏦💸 ação", "\\N", "NULL", " spaced ", "\"", ",", "trailing\\",
        ]
        let table = Table("roundtrip", comment: "test", columns: [Column("id", .integer), Column("t", .text, null: true), Column("j", .jsonb)], primaryKey: ["id"])
        var csv = TextRowWriter<CSVDialect>(columnCount: 3)
        var text = TextRowWriter<CopyTextDialect>(columnCount: 3)
        var json = JSONWriter()
        for (i, s) in (samples.map { Optional($0) } + [nil]).enumerated() {
            json.reset(); json.beginObject(); json.key("s"); if let s { json.string(s) } else { json.null() }; json.endObject()
            csv.int(Int64(i)); csv.text(s); csv.json(json.buffer); csv.endRow()
            text.int(Int64(i)); text.text(s); text.json(json.buffer); text.endRow()
        }
        let dir = try Shell.temporaryDirectory("roundtrip")
        defer { try? FileManager.default.removeItem(at: dir) }
        let csvFile = dir.appendingPathComponent("roundtrip.csv")
        try Data(csv.buffer.bytes).write(to: csvFile)

        let db = try TestDatabase.create("roundtrip")
        defer { db.drop() }
        let ddl = "CREATE TABLE roundtrip (id integer PRIMARY KEY, t text, j jsonb NOT NULL);"
        #expect(try db.psql(["-c", ddl]).status == 0)
        let copyCSV = try db.psql(["-c", "\\copy roundtrip (\(table.columnList)) FROM '\(csvFile.path)' (FORMAT csv)"])
        #expect(copyCSV.status == 0, "\(copyCSV.stderr)")
        let viaCSV = try db.psql(["-c", "COPY (SELECT id, t FROM roundtrip ORDER BY id) TO STDOUT"])
        let jsonOK = try db.scalar("SELECT bool_and(j->>'s' IS NOT DISTINCT FROM t) FROM roundtrip")
        #expect(jsonOK == "t", "jsonb values differ from the text column after the CSV load")

        #expect(try db.psql(["-c", "TRUNCATE roundtrip"]).status == 0)
        var script = Data("COPY roundtrip (\(table.columnList)) FROM stdin;\n".utf8)
        script.append(contentsOf: text.buffer.bytes)
        script.append(contentsOf: Array("\\.\n".utf8))
        let loaded = try db.psql(["-f", "-"], stdin: script)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let viaScript = try db.psql(["-c", "COPY (SELECT id, t FROM roundtrip ORDER BY id) TO STDOUT"])

        // What PostgreSQL sends back in text format is our text encoding of (id, t), byte for byte.
        var expected = TextRowWriter<CopyTextDialect>(columnCount: 2)
        for (i, s) in (samples.map { Optional($0) } + [nil]).enumerated() { expected.int(Int64(i)); expected.text(s); expected.endRow() }
        #expect(Array(viaCSV.stdoutData) == expected.buffer.bytes)
        #expect(Array(viaScript.stdoutData) == expected.buffer.bytes)
        #expect(try db.scalar("SELECT bool_and(j->>'s' IS NOT DISTINCT FROM t) FROM roundtrip") == "t")
    }

    @Test("A value with a line that is exactly \\. survives the psql script (COPY text) path")
    func copyTextEscapesEndOfDataLines() throws {
        let value = "before\n\\.\nafter"
        var text = TextRowWriter<CopyTextDialect>(columnCount: 2)
        text.int(1); text.text(value); text.endRow()
        let db = try TestDatabase.create("eod")
        defer { db.drop() }
        var script = Data("CREATE TABLE eod (id integer, t text);\nCOPY eod (id, t) FROM stdin;\n".utf8)
        script.append(contentsOf: text.buffer.bytes)
        script.append(contentsOf: Array("\\.\n".utf8))
        let loaded = try db.psql(["-f", "-"], stdin: script)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(try db.scalar("SELECT t = E'before\\n\\\\.\\nafter' FROM eod") == "t")
    }
}
