/// What a `generate` run wrote: `manifest.json` beside the files.
///
/// It records everything needed to reproduce the output (generator version,
/// scenario and its SHA-256, seed, scale, format) and, per table, the row
/// count, byte size and SHA-256. It holds no wall-clock time, so two runs with
/// the same inputs write the same manifest too.
public struct Manifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let table: String
        public let file: String
        public let rows: Int64
        public let bytes: Int64
        public let sha256: String
    }

    public let generatorVersion: String
    public let scenario: String
    public let scenarioSource: String
    public let scenarioSHA256: String
    public let seed: UInt64
    /// `--scale` (1 when not scaled).
    public let scale: Double
    /// `--shard` (0/1 when not sharded).
    public var shard = Shard.whole
    public let format: OutputFormat
    public var entries: [Entry] = []
    /// SQL to run after loading the CSV files (sequence fix-ups); the SQL script already contains it.
    public var postLoadSQL: [String] = []
    /// The whole SQL script's size and hash (SQL format only).
    public var script: Entry?

    /// Total rows over all tables.
    public var totalRows: Int64 { entries.reduce(0) { $0 + $1.rows } }

    /// The manifest as pretty JSON (keys in a fixed order), ending with a newline.
    public func json() -> String {
        var w = JSONWriter(capacity: 4096)
        w.beginObject()
        w.key("generator"); w.string("fortress-seed")
        w.key("generator_version"); w.string(generatorVersion)
        w.key("scenario"); w.string(scenario)
        w.key("scenario_source"); w.string(scenarioSource)
        w.key("scenario_sha256"); w.string(scenarioSHA256)
        w.key("seed"); w.string(String(seed))
        if scale != 1 { w.key("scale"); w.string(String(scale)) }
        if shard != .whole { w.key("shard"); w.string(shard.description) }
        w.key("format"); w.string(format.rawValue)
        if let script {
            w.key("script"); Self.write(script, &w)
        }
        w.key("tables"); w.beginArray()
        for e in entries { Self.write(e, &w) }
        w.endArray()
        w.key("post_load_sql"); w.beginArray()
        for sql in postLoadSQL { w.string(sql) }
        w.endArray()
        w.endObject()
        return Self.indent(String(decoding: w.buffer.bytes, as: UTF8.self)) + "\n"
    }

    private static func write(_ e: Entry, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("table"); w.string(e.table)
        w.key("file"); w.string(e.file)
        w.key("rows"); w.int(e.rows)
        w.key("bytes"); w.int(e.bytes)
        w.key("sha256"); w.string(e.sha256)
        w.endObject()
    }

    /// Re-indents compact JSON (no string in a manifest holds braces or commas
    /// that matter here, but strings are respected anyway).
    static func indent(_ compact: String) -> String {
        var out = "", depth = 0, inString = false, escaped = false
        func newline() { out += "\n" + String(repeating: "  ", count: depth) }
        for ch in compact {
            if inString {
                out.append(ch)
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inString = false }
                continue
            }
            switch ch {
            case "\"": inString = true; out.append(ch)
            case "{", "[": out.append(ch); depth += 1; newline()
            case "}", "]": depth -= 1; newline(); out.append(ch)
            case ",": out.append(ch); newline()
            case ":": out += ": "
            default: out.append(ch)
            }
        }
        return out
    }
}

/// The file formats `generate` writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// One CSV file per table in PostgreSQL's COPY CSV dialect.
    case csv
    /// One psql script: `BEGIN; COPY ... FROM stdin; ... COMMIT;`.
    case sql
}
