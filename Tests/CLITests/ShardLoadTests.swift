import FortressSeed
import Foundation
import Testing

/// One dataset loaded as N shards at once (as from N machines) is the unsharded load, row for row.
@Suite("sharded loads on PostgreSQL", .tags(.postgres), .enabled(if: TestDatabase.runPostgresTests))
struct ShardLoadTests {
    func schema(_ db: TestDatabase) throws {
        let ddl = try Shell.fortress(["schema", "--scenario", "dev"])
        try #require(ddl.status == 0)
        try #require(try db.psql([], stdin: Data(ddl.stdout.utf8)).status == 0)
    }

    /// Starts every command at once and waits for all of them.
    func concurrently(_ commands: [[String]]) throws -> [(status: Int32, stderr: String)] {
        let runs = try commands.map { args -> (Process, Pipe) in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Shell.fortressSeed)
            p.arguments = args
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            return (p, err)
        }
        return runs.map { p, err in
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            return (p.terminationStatus, text)
        }
    }

    @Test("Three shards loaded at once with --append equal the whole load; verify passes; the sequence is after every id")
    func threeShardsAtOnce() throws {
        let whole = try TestDatabase.create("shard_whole")
        defer { whole.drop() }
        try #require(try Shell.fortress(["load", "--seed", "42", "--database-url", whole.url, "--create-schema", "--quiet"]).status == 0)
        let sharded = try TestDatabase.create("shard_union")
        defer { sharded.drop() }
        try schema(sharded)
        let results = try concurrently((0..<3).map { i in
            ["load", "--seed", "42", "--database-url", sharded.url, "--shard", "\(i)/3", "--append", "--quiet"]
        })
        for (i, r) in results.enumerated() { #expect(r.status == 0, "shard \(i)/3: \(r.stderr)") }
        #expect(try LoadModeTests().checksums(sharded) == LoadModeTests().checksums(whole))
        #expect(try sharded.scalar("SELECT count(DISTINCT shard) || '/' || min(shard_count) FROM fortress_seed_load_state") == "3/3")
        let verify = try Shell.fortress(["verify", "--database-url", sharded.url])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(try sharded.scalar("SELECT nextval(pg_get_serial_sequence('events_outbox', 'id')) > max(id) FROM events_outbox") == "t")
    }

    @Test("A shard loaded twice, or a shard of another N, is refused and changes nothing")
    func overlappingShardsRefused() throws {
        let db = try TestDatabase.create("shard_refuse")
        defer { db.drop() }
        try schema(db)
        for i in 0..<2 {
            let r = try Shell.fortress(["load", "--seed", "42", "--database-url", db.url, "--shard", "\(i)/2", "--append", "--quiet"])
            try #require(r.status == 0, "\(r.stderr)")
        }
        let before = try LoadModeTests().checksums(db)
        let again = try Shell.fortress(["load", "--seed", "42", "--database-url", db.url, "--shard", "1/2", "--append", "--quiet"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("seed 42 was already loaded") && again.stderr.contains("shard 1/2"), "\(again.stderr)")
        let otherN = try Shell.fortress(["load", "--seed", "42", "--database-url", db.url, "--shard", "0/3", "--append", "--quiet"])
        #expect(otherN.status == 1)
        #expect(otherN.stderr.contains("same N"), "\(otherN.stderr)")
        #expect(try LoadModeTests().checksums(db) == before)
    }

    @Test("--shard with --fast or --create-schema is a usage error that says why")
    func usage() throws {
        let fast = try Shell.fortress(["load", "--shard", "0/2", "--fast"])
        #expect(fast.status == 64)
        #expect(fast.stderr.contains("--fast cannot load a shard"), "\(fast.stderr)")
        let schema = try Shell.fortress(["load", "--shard", "0/2", "--create-schema"])
        #expect(schema.status == 64)
        #expect(schema.stderr.contains("create the schema once"), "\(schema.stderr)")
        let bad = try Shell.fortress(["load", "--shard", "2/2"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--shard takes i/N"), "\(bad.stderr)")
    }
}
