import FortressSeed
@testable import FortressSeedPostgres
import Foundation
import Testing

/// The pool that rebuilds indexes and foreign keys and runs ANALYZE on several connections.
@Suite("Statements on several connections", .tags(.postgres), .enabled(if: TestServer.runPostgresTests))
struct StatementPoolTests {
    /// A database with `run(label, seconds)`: records when each call started and ended.
    static func database() throws -> (TestServer, Connection) {
        let server = try TestServer.create("pool")
        let db = try server.connect()
        try db.execute("""
            CREATE TABLE runs (label text, started timestamptz, ended timestamptz);
            CREATE FUNCTION run(label text, seconds float8) RETURNS void LANGUAGE plpgsql AS $$
            DECLARE t timestamptz := clock_timestamp();
            BEGIN PERFORM pg_sleep(seconds); INSERT INTO runs VALUES (label, t, clock_timestamp()); END $$;
            """)
        return (server, db)
    }

    static func statement(_ label: String, table: String, seconds: Double = 0.5) -> StatementPool.Statement {
        .init(sql: "SELECT run('\(label)', \(seconds))", tables: [table])
    }

    /// Whether the runs of `a` and `b` overlapped in time.
    static func overlapped(_ db: Connection, _ a: String, _ b: String) throws -> Bool {
        try db.scalar("SELECT x.started < y.ended AND y.started < x.ended FROM runs x, runs y WHERE x.label = $1 AND y.label = $2", [a, b]) == "t"
    }

    @Test("Two connections run statements on different tables side by side, never two on the same table")
    func tablesAreExclusive() throws {
        let (server, db) = try Self.database()
        defer { server.drop() }
        let target = ConnectionTarget(conninfo: server.conninfo, source: .option)
        let statements = [
            Self.statement("a1", table: "a"), Self.statement("a2", table: "a"),
            Self.statement("b1", table: "b"), Self.statement("b2", table: "b"),
        ]
        let failures = try StatementPool(jobs: 2).run(statements, on: db, target: target, cancellation: LoadCancellation())
        #expect(failures.isEmpty)
        #expect(try db.scalar("SELECT count(*) FROM runs") == "4")
        #expect(try !Self.overlapped(db, "a1", "a2"))
        #expect(try !Self.overlapped(db, "b1", "b2"))
        #expect(try Self.overlapped(db, "a1", "b1"), "two connections, two free tables: both run at once")
    }

    @Test("The first failure stops the hand-out and is thrown; an optional statement's failure is returned and the others still run")
    func failures() throws {
        let (server, db) = try Self.database()
        defer { server.drop() }
        var statements = [
            Self.statement("first", table: "a", seconds: 0),
            StatementPool.Statement(sql: "SELECT 1/0", tables: ["b"]),
            Self.statement("last", table: "c", seconds: 0),
        ]
        #expect(throws: PostgresError.self) {
            try StatementPool(jobs: 1).run(statements, on: db, target: nil, cancellation: LoadCancellation())
        }
        #expect(try db.query("SELECT label FROM runs ORDER BY 1") == [["first"]])
        try db.execute("TRUNCATE runs")
        statements[1].optional = true
        let failures = try StatementPool(jobs: 1).run(statements, on: db, target: nil, cancellation: LoadCancellation())
        #expect(failures.count == 1 && failures[0].contains("SELECT 1/0") && failures[0].contains("division by zero"), "\(failures)")
        #expect(try db.query("SELECT label FROM runs ORDER BY 1") == [["first"], ["last"]])
    }

    @Test("A statement listed after the others on its table runs after all of them (ANALYZE after the index builds)")
    func listedLastRunsLast() throws {
        let (server, db) = try Self.database()
        defer { server.drop() }
        let target = ConnectionTarget(conninfo: server.conninfo, source: .option)
        let statements = [
            Self.statement("t-index-1", table: "t", seconds: 0.3), Self.statement("t-index-2", table: "t", seconds: 0.3),
            Self.statement("u-index", table: "u", seconds: 0.1), Self.statement("t-analyze", table: "t", seconds: 0),
        ]
        try StatementPool(jobs: 2).run(statements, on: db, target: target, cancellation: LoadCancellation())
        #expect(try db.scalar("SELECT bool_and(a.started >= x.ended) FROM runs a, runs x WHERE a.label = 't-analyze' AND x.label LIKE 't-index-%'") == "t")
    }
}
