import Foundation
import Testing

/// `--jobs` never changes a byte; `--shard i/N` slices are disjoint and add up to the whole.
@Suite("Jobs and shards")
struct ShardJobsTests {
    static var tiny: String { Shell.packageRoot.appendingPathComponent("fixtures/tiny.yaml").path }

    func generate(_ extra: [String], in dir: URL, _ name: String) throws -> URL {
        let out = dir.appendingPathComponent(name)
        let r = try Shell.fortress(["generate", "--scenario", Self.tiny, "--seed", "9", "--out", out.path, "--quiet"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return out
    }

    @Test("Output is byte-identical for --jobs 1, 2 and 8", arguments: ["csv", "sql"])
    func jobs(format: String) throws {
        let dir = try Shell.temporaryDirectory("jobs")
        defer { try? FileManager.default.removeItem(at: dir) }
        var digests: [[String: String]] = []
        for j in ["1", "2", "8"] {
            let out = try generate(["--format", format, "--jobs", j], in: dir, "j\(j)")
            var d: [String: String] = [:]
            for f in try FileManager.default.contentsOfDirectory(atPath: out.path) { d[f] = TestSHA.hex(try Data(contentsOf: out.appendingPathComponent(f))) }
            digests.append(d)
        }
        #expect(digests[0] == digests[1])
        #expect(digests[0] == digests[2])
        #expect(!digests[0].isEmpty)
    }

    @Test("The union of N shards' rows is exactly the whole run's rows", arguments: [1, 3, 7])
    func shards(n: Int) throws {
        let dir = try Shell.temporaryDirectory("shards")
        defer { try? FileManager.default.removeItem(at: dir) }
        let whole = try generate([], in: dir, "whole")
        let parts = try (0..<n).map { i in try generate(["--shard", "\(i)/\(n)"], in: dir, "s\(i)") }
        for file in try FileManager.default.contentsOfDirectory(atPath: whole.path) where file.hasSuffix(".csv") {
            let expected = try Self.rows(whole.appendingPathComponent(file))
            var union: [Substring] = []
            for part in parts { union += try Self.rows(part.appendingPathComponent(file)) }
            #expect(union.count == expected.count, "\(file): \(union.count) rows in the shards, \(expected.count) in the whole")
            #expect(union.sorted() == expected.sorted(), "\(file): shards differ from the whole")
        }
    }

    @Test("A bad --shard is a usage error")
    func badShard() throws {
        let r = try Shell.fortress(["generate", "--out", "/tmp/never", "--shard", "3/3"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--shard takes i/N with 0 <= i < N"))
    }

    /// Data rows of a CSV file (quoted newlines are kept inside their row by splitting on
    /// newlines outside quotes).
    static func rows(_ url: URL) throws -> [Substring] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [Substring] = []
        var start = text.startIndex, inQuotes = false
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "\"" { inQuotes.toggle() } else if c == "\n" && !inQuotes {
                rows.append(text[start..<i])
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        return Array(rows.dropFirst())
    }
}
