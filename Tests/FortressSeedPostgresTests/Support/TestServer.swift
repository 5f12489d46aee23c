import FortressSeedPostgres
import Foundation
import Testing

extension Tag {
    /// Needs a PostgreSQL server (`DATABASE_URL` or `PGHOST`); `.ci/run` starts one.
    @Tag static var postgres: Self
}

/// A throwaway database for one test, on the server named by `DATABASE_URL` / `PG*`.
///
/// Suites tagged `.postgres` are enabled by `runPostgresTests`: without a
/// configured server they are skipped locally, but when `CI` is set they
/// run and `create` fails, so CI can never pass without PostgreSQL.
struct TestServer {
    let name: String
    /// A connection string for this database (same host, user, options).
    let conninfo: String

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var serverConfigured: Bool { environment["DATABASE_URL"] != nil || environment["PGHOST"] != nil }

    static var runPostgresTests: Bool { serverConfigured || environment["CI"] != nil }

    /// The server's maintenance database.
    static func admin() throws -> Connection {
        try Connection(ConnectionTarget(conninfo: conninfo(for: "postgres"), source: .option))
    }

    /// Creates a database with a unique name; drop it with `drop()`.
    static func create(_ label: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> TestServer {
        guard serverConfigured else {
            Issue.record("CI is set but no PostgreSQL is configured: export DATABASE_URL (see .ci/run)", sourceLocation: sourceLocation)
            throw PostgresUnavailable()
        }
        let name = "fsp_\(label)_\(UUID().uuidString.prefix(8).lowercased())"
        try admin().execute("CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8'")
        return TestServer(name: name, conninfo: conninfo(for: name))
    }

    /// A new connection to this database.
    func connect() throws -> Connection {
        try Connection(ConnectionTarget(conninfo: conninfo, source: .option))
    }

    func drop() {
        _ = try? Self.admin().execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// `DATABASE_URL` with its database replaced, or a keyword string over the `PG*` defaults.
    static func conninfo(for database: String) -> String {
        if let url = environment["DATABASE_URL"], var c = URLComponents(string: url) {
            c.path = "/" + database
            return c.string ?? url
        }
        return "dbname=\(database)"
    }
}

struct PostgresUnavailable: Error {}
