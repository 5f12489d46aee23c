import FortressSeed
import Foundation
import Testing

/// `load --fast`, `--commit per-table` (resume), `--jobs` and `--append` against a real PostgreSQL.
@Suite("load modes on PostgreSQL", .tags(.postgres), .enabled(if: TestDatabase.runPostgresTests))
struct LoadModeTests {
    /// Row count and md5 of every row's text, per generated table: equal means the same rows.
    func checksums(_ db: TestDatabase) throws -> [String: String] {
        var out: [String: String] = [:]
        for t in Dataset(scenario: try ScenarioLibrary.load("dev").scenario, seed: 42).tables.map(\.rawValue) {
            out[t] = try db.scalar("SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) FROM \(t) x")
        }
        return out
    }

    /// Every constraint and index definition of the public schema, but the bookkeeping table's.
    func schemaObjects(_ db: TestDatabase) throws -> [String] {
        try db.rows("""
            SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'fortress_seed_load_state'
            UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'fortress_seed_load_state'
            ORDER BY 1
            """)
    }

    func load(_ db: TestDatabase, _ extra: [String], seed: String = "42") throws -> Shell.Result {
        try Shell.fortress(["load", "--seed", seed, "--database-url", db.url, "--quiet"] + extra)
    }

    func slowAccounts(_ db: TestDatabase) throws {
        let ddl = try Shell.fortress(["schema"])
        try #require(try db.psql([], stdin: Data(ddl.stdout.utf8)).status == 0)
        let slow = try db.psql(["-c", """
            CREATE FUNCTION test_slow_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.05); RETURN NEW; END $$;
            CREATE TRIGGER test_slow BEFORE INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION test_slow_row();
            """])
        try #require(slow.status == 0, "\(slow.stderr)")
    }

    /// Runs a load in the background and sends SIGINT once `COPY accounts` runs.
    func interruptAtAccounts(_ db: TestDatabase, _ extra: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Shell.fortressSeed)
        p.arguments = ["load", "--seed", "42", "--database-url", db.url] + extra
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        var copying = false
        for _ in 0..<200 where !copying {
            copying = try db.scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY accounts %'") != "0"
            if !copying { Thread.sleep(forTimeInterval: 0.05) }
        }
        try #require(copying, "the load never reached COPY accounts")
        p.interrupt()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    @Test("--fast (one transaction, ANALYZE on 2 connections) gives the same rows, exactly the schema's keys, indexes and foreign keys, statistics, and verify passes")
    func fastEqualsDefault() throws {
        let plain = try TestDatabase.create("mode_plain")
        defer { plain.drop() }
        let fast = try TestDatabase.create("mode_fast")
        defer { fast.drop() }
        try #require(try load(plain, ["--create-schema"]).status == 0)
        let r = try load(fast, ["--create-schema", "--fast", "--jobs", "2"])
        try #require(r.status == 0, "\(r.stderr)")
        #expect(try checksums(fast) == checksums(plain))
        #expect(try schemaObjects(fast) == schemaObjects(plain))
        // COPY FREEZE applied: every page is all-visible at once (ANALYZE reads the visibility map).
        #expect(try fast.scalar("SELECT relpages > 0 AND relallvisible = relpages FROM pg_class WHERE relname = 'events_outbox'") == "t")
        // Analyzed: every loaded table and partition holding rows, and the partitioned parent's whole hierarchy.
        #expect(try fast.rows("SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NULL AND pg_relation_size(relid) > 0 AND relname <> 'fortress_seed_load_state' ORDER BY 1") == [])
        #expect(try fast.scalar("SELECT count(*) > 0 FROM pg_stats WHERE tablename = 'transactions' AND inherited") == "t")
        #expect(try fast.scalar("SELECT count(*) FROM pg_stats WHERE tablename = 'events_outbox'") != "0")
        let verify = try Shell.fortress(["verify", "--database-url", fast.url])
        #expect(verify.status == 0, "\(verify.stdout)")
    }

    @Test("--fast is still all or nothing: SIGINT leaves no rows and every index and foreign key in place")
    func fastInterrupted() throws {
        let db = try TestDatabase.create("mode_fast_int")
        defer { db.drop() }
        try slowAccounts(db)
        let before = try schemaObjects(db)
        let (status, stderr) = try interruptAtAccounts(db, ["--fast"])
        #expect(status == 1)
        #expect(stderr.contains("interrupted by SIGINT while loading table accounts; the transaction was rolled back, nothing was loaded"), "\(stderr)")
        #expect(try db.scalar("SELECT count(*) FROM tenants") == "0")
        #expect(try schemaObjects(db) == before)
    }

    @Test("--commit per-table resumes after SIGINT: same checksums as an uninterrupted load, nothing duplicated")
    func perTableResume() throws {
        let reference = try TestDatabase.create("mode_ref")
        defer { reference.drop() }
        try #require(try load(reference, ["--create-schema"]).status == 0)
        let db = try TestDatabase.create("mode_resume")
        defer { db.drop() }
        try slowAccounts(db)
        let (status, stderr) = try interruptAtAccounts(db, ["--commit", "per-table", "--fast"])
        #expect(status == 1)
        #expect(stderr.contains("interrupted by SIGINT while loading table accounts; its table's transaction was rolled back"), "\(stderr)")
        // --fast loads the largest tables first (no foreign key binds the order).
        #expect(stderr.contains("committed tables stay (transactions, events_outbox, tenants, users); run the same command again to resume"), "\(stderr)")
        #expect(try db.scalar("SELECT count(*) FROM accounts") == "0")
        #expect(try db.rows("SELECT table_name FROM fortress_seed_load_state WHERE table_name NOT LIKE 'drop:%' ORDER BY 1")
            == ["events_outbox", "tenants", "transactions", "users"])
        try #require(try db.psql(["-c", "DROP TRIGGER test_slow ON accounts"]).status == 0)

        // Another seed may not finish this load.
        let other = try load(db, ["--commit", "per-table"], seed: "7")
        #expect(other.status == 1)
        #expect(other.stderr.contains("the target holds an unfinished per-table load of"), "\(other.stderr)")

        let resumed = try Shell.fortress(["load", "--seed", "42", "--database-url", db.url, "--commit", "per-table", "--fast", "--jobs", "2", "--json"])
        try #require(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("\"resumed\":[\"tenants\",\"users\",\"transactions\",\"events_outbox\"]"), "\(resumed.stdout)")
        // Tables committed whole stay whole (skipped), whatever --jobs says now: nothing is loaded twice.
        #expect(try db.rows("SELECT table_name FROM fortress_seed_load_state WHERE table_name LIKE '%#%' ORDER BY 1") == [])
        #expect(try checksums(db) == checksums(reference))
        #expect(try schemaObjects(db) == schemaObjects(reference))
        #expect(try db.scalar("SELECT count(*) FROM fortress_seed_load_state WHERE table_name LIKE 'drop:%'") == "0")
        // Analyzed in the rebuild pool, after each table's indexes (the resumed tables too).
        #expect(try db.rows("SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NULL AND pg_relation_size(relid) > 0 AND relname <> 'fortress_seed_load_state' ORDER BY 1") == [])
        #expect(try db.scalar("SELECT count(*) > 0 FROM pg_stats WHERE tablename = 'transactions' AND inherited") == "t")
        // Complete: a rerun finds nothing left to load and refuses nothing.
        let again = try load(db, ["--commit", "per-table"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try checksums(db) == checksums(reference))

        // From scratch on two connections, the two largest tables are each cut in two parts, committed and recorded apart.
        let parts = try TestDatabase.create("mode_parts")
        defer { parts.drop() }
        let split = try Shell.fortress(["load", "--seed", "42", "--database-url", parts.url, "--create-schema", "--commit", "per-table", "--fast", "--jobs", "2", "--json"])
        try #require(split.status == 0, "\(split.stderr)")
        #expect(try parts.rows("SELECT table_name FROM fortress_seed_load_state WHERE table_name LIKE '%#%' ORDER BY 1")
            == ["events_outbox#1/2", "events_outbox#2/2", "transactions#1/2", "transactions#2/2"])
        #expect(split.stdout.components(separatedBy: "\"table\":\"transactions\"").count == 2, "one summary line per table: \(split.stdout)")
        #expect(try checksums(parts) == checksums(reference))
        #expect(try schemaObjects(parts) == schemaObjects(reference))
    }

    @Test("--append refuses the same seed, unrecorded rows and seed-independent keys, and changes nothing")
    func appendChecks() throws {
        let db = try TestDatabase.create("mode_append")
        defer { db.drop() }
        try #require(try load(db, ["--create-schema"]).status == 0)
        let before = try checksums(db)
        let same = try load(db, ["--append"])
        #expect(same.status == 1)
        #expect(same.stderr.contains("--append refused, nothing was loaded: seed 42 was already loaded"), "\(same.stderr)")
        let other = try load(db, ["--append"], seed: "7")
        #expect(other.status == 1)
        #expect(other.stderr.contains("have keys that do not depend on the seed"), "\(other.stderr)")
        try #require(try db.psql(["-c", "TRUNCATE fortress_seed_load_state"]).status == 0)
        let unknown = try load(db, ["--append"], seed: "7")
        #expect(unknown.stderr.contains("hold rows that no fortress-seed load recorded"), "\(unknown.stderr)")
        #expect(try checksums(db) == before)
    }

    @Test("--jobs 0 and --append with --truncate are usage errors")
    func badCombinations() throws {
        let jobs = try Shell.fortress(["load", "--jobs", "0"])
        #expect(jobs.status == 64)
        #expect(jobs.stderr.contains("--jobs must be at least 1"), "\(jobs.stderr)")
        let both = try Shell.fortress(["load", "--append", "--truncate"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("--truncate and --append exclude each other"))
    }
}
