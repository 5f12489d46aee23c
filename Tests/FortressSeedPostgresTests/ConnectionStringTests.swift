@testable import FortressSeedPostgres
import Testing

@Suite struct ConnectionStringTests {
    @Test("URL passwords are masked, in userinfo and query", arguments: [
        ("postgresql://app:s3cr%40t@db.example:5432/fortress?sslmode=require", "postgresql://app:****@db.example:5432/fortress?sslmode=require"),
        ("postgres://app:pw@h1,h2/db?target_session_attrs=read-write&password=pw2", "postgres://app:****@h1,h2/db?target_session_attrs=read-write&password=****"),
        ("postgresql://app@localhost/fortress", "postgresql://app@localhost/fortress"),
        ("postgresql://localhost", "postgresql://localhost"),
        ("postgresql://u:p@/db?host=/tmp&sslpassword=x", "postgresql://u:****@/db?host=/tmp&sslpassword=****"),
    ])
    func maskedURL(input: String, expected: String) {
        #expect(ConnectionString.masked(input) == expected)
    }

    @Test("Keyword passwords are masked, quoted or not", arguments: [
        ("host=db port=5432 password=secret dbname=f", "host=db port=5432 password=**** dbname=f"),
        ("host=db password = 'se cret \\' x' user=u", "host=db password = **** user=u"),
        ("PASSWORD=abc", "PASSWORD=****"),
        ("service=fortress", "service=fortress"),
        ("", ""),
    ])
    func maskedKeywords(input: String, expected: String) {
        #expect(ConnectionString.masked(input) == expected)
    }

    @Test("--database-url beats DATABASE_URL beats libpq defaults")
    func resolution() {
        let env = ["DATABASE_URL": "postgresql://env@h/db"]
        #expect(ConnectionTarget.resolve(databaseURL: "postgresql://opt@h/db", environment: env).source == .option)
        #expect(ConnectionTarget.resolve(databaseURL: nil, environment: env).conninfo == "postgresql://env@h/db")
        let defaults = ConnectionTarget.resolve(databaseURL: nil, environment: ["DATABASE_URL": ""])
        #expect(defaults.conninfo == "" && defaults.source == .libpqDefaults)
    }

    @Test("Prisma's ?schema= becomes the search_path; libpq options pass through")
    func prismaParameters() {
        let t = ConnectionTarget(conninfo: "postgresql://u:p@h:5432/db?schema=fortress&sslmode=disable&connection_limit=5", source: .environment)
        #expect(t.conninfo == "postgresql://u:p@h:5432/db?sslmode=disable")
        #expect(t.schema == "fortress")
        #expect(t.description == "postgresql://u:****@h:5432/db?sslmode=disable")
    }

    @Test("The COPY context line gives table and row")
    func copyContext() {
        #expect(CopyContext("COPY transactions, line 42, column amount") == CopyContext(table: "transactions", row: 42))
        #expect(CopyContext("SQL statement \"x\"\nCOPY users, line 7") == CopyContext(table: "users", row: 7))
        #expect(CopyContext("COPY accounts") == CopyContext(table: "accounts", row: nil))
        #expect(CopyContext("PL/pgSQL function f() line 3") == nil)
        #expect(CopyContext(nil) == nil)
    }
}
