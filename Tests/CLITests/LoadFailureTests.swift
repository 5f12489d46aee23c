import Foundation
import Testing

/// Failures in the middle of a COPY: the load must leave zero rows and say where it stopped.
///
/// A trigger that sleeps per `accounts` row makes the COPY of `accounts`
/// last seconds, so the test can act while it runs.
@Suite("load failure injection", .tags(.postgres), .enabled(if: TestDatabase.runPostgresTests))
struct LoadFailureTests {
    static let tables = ["tenants", "users", "accounts", "transactions"]

    func slowAccounts(_ db: TestDatabase) throws {
        let ddl = try Shell.fortress(["schema"])
        try #require(try db.psql([], stdin: Data(ddl.stdout.utf8)).status == 0)
        let slow = try db.psql(["-c", """
            CREATE FUNCTION test_slow_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.05); RETURN NEW; END $$;
            CREATE TRIGGER test_slow BEFORE INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION test_slow_row();
            """])
        try #require(slow.status == 0, "\(slow.stderr)")
    }

    /// Starts `fortress-seed load` in the background.
    func startLoad(_ db: TestDatabase) throws -> (Process, Pipe) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Shell.fortressSeed)
        p.arguments = ["load", "--seed", "42", "--database-url", db.url]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return (p, err)
    }

    /// The pid of the backend running `COPY accounts`, once it runs (nil after a timeout).
    func copyingBackend(_ db: TestDatabase) throws -> String? {
        for _ in 0..<200 {
            let pid = try db.scalar(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY accounts %' LIMIT 1")
            if !pid.isEmpty { return pid }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    func expectEmpty(_ db: TestDatabase, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for t in Self.tables {
            #expect(try db.scalar("SELECT count(*) FROM \(t)") == "0", "\(t) has rows", sourceLocation: sourceLocation)
        }
    }

    @Test("pg_terminate_backend mid-COPY: zero rows, exit 1, the table named")
    func terminatedBackend() throws {
        let db = try TestDatabase.create("load_kill")
        defer { db.drop() }
        try slowAccounts(db)
        let (process, err) = try startLoad(db)
        let pid = try #require(try copyingBackend(db), "the load never reached COPY accounts")
        #expect(try db.scalar("SELECT pg_terminate_backend(\(pid))") == "t")
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("lost the connection to PostgreSQL while loading table accounts"), "\(stderr)")
        #expect(stderr.contains("nothing was loaded"))
        try expectEmpty(db)
    }

    @Test("SIGINT mid-COPY: the statement is cancelled, zero rows, exit 1")
    func interrupted() throws {
        let db = try TestDatabase.create("load_sigint")
        defer { db.drop() }
        try slowAccounts(db)
        let (process, err) = try startLoad(db)
        _ = try #require(try copyingBackend(db), "the load never reached COPY accounts")
        let started = Date()
        process.interrupt()
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("interrupted by SIGINT while loading table accounts"), "\(stderr)")
        // Cancelled on the server at once, not after the remaining rows' sleeps (~10 s).
        #expect(Date().timeIntervalSince(started) < 5)
        try expectEmpty(db)
        #expect(try db.scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY%'") == "0")
    }
}
