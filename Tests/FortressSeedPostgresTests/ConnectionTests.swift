import FortressSeed
import FortressSeedPostgres
import Foundation
import Testing

@Suite("Connection to PostgreSQL", .tags(.postgres), .enabled(if: TestServer.runPostgresTests))
struct ConnectionTests {
    @Test("A failed connection names the target with the password masked")
    func failureIsMasked() throws {
        let target = ConnectionTarget(conninfo: "postgresql://nobody:hunter2secret@127.0.0.1:1/none?connect_timeout=2", source: .option)
        #expect {
            _ = try Connection(target)
        } throws: { error in
            let text = "\(error)"
            return !text.contains("hunter2secret") && text.contains("postgresql://nobody:****@127.0.0.1:1/none")
        }
    }

    @Test("Server errors keep SQLSTATE, message, detail and table")
    func serverError() throws {
        let server = try TestServer.create("errors")
        defer { server.drop() }
        let db = try server.connect()
        try db.execute("CREATE TABLE t (id int PRIMARY KEY, n int CHECK (n >= 0))")
        try db.execute("INSERT INTO t VALUES (1, 1)")
        #expect(throws: PostgresError.server(
            sqlState: "23505", message: "duplicate key value violates unique constraint \"t_pkey\"",
            detail: "Key (id)=(1) already exists.", table: "t", row: nil)) {
            try db.execute("INSERT INTO t VALUES (1, 2)")
        }
        #expect(try db.scalar("SELECT $1::int + 1", ["41"]) == "42")
    }

    @Test("A COPY error names the table and the row from the COPY context")
    func copyErrorRow() throws {
        let server = try TestServer.create("copyrow")
        defer { server.drop() }
        let db = try server.connect()
        try db.execute("CREATE TABLE t (n int CHECK (n < 3))")
        var w = BinaryRowWriter(fieldTypes: [.int4])
        BinaryCopy.appendHeader(to: &w.buffer)
        for n in 0..<5 { w.int(Int64(n)); w.endRow() }
        BinaryCopy.appendTrailer(to: &w.buffer)
        try db.beginCopy("COPY t (n) FROM STDIN (FORMAT binary)", table: "t")
        #expect {
            try db.putCopyData(w.buffer, table: "t")
            try db.endCopy(table: "t")
        } throws: { error in
            guard case .server(let state, _, _, let table, let row) = error as? PostgresError else { return false }
            return state == "23514" && table == "t" && row == 4
        }
        #expect(db.isAlive)
    }

    @Test("Prisma's ?schema= sets the search_path")
    func prismaSchema() throws {
        let server = try TestServer.create("schema")
        defer { server.drop() }
        try server.connect().execute("CREATE SCHEMA app; CREATE TABLE app.marker (x int)")
        guard server.conninfo.hasPrefix("postgres") else { return }
        let db = try Connection(ConnectionTarget(conninfo: server.conninfo + "?schema=app", source: .option))
        #expect(try db.scalar("SELECT count(*) FROM marker") == "0")
    }
}
