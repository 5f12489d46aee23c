import Foundation
import Testing

extension Tag {
    /// Needs a PostgreSQL server (`DATABASE_URL` or `PGHOST`); `.ci/run` starts one.
    @Tag static var postgres: Self
}

/// A throwaway database on the server named by `DATABASE_URL` / `PG*`, driven through `psql`.
///
/// Tests tagged `.postgres` use `PostgresTestSupport.enabled`: without a
/// configured server they are skipped locally, but when `CI` is set they run
/// and fail, so CI can never pass without PostgreSQL.
struct TestDatabase {
    let name: String
    let url: String

    static var serverConfigured: Bool {
        let env = ProcessInfo.processInfo.environment
        return env["DATABASE_URL"] != nil || env["PGHOST"] != nil
    }

    static var runPostgresTests: Bool {
        serverConfigured || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// Creates a database with a unique name.
    static func create(_ label: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> TestDatabase {
        guard serverConfigured else {
            Issue.record("CI is set but no PostgreSQL is configured: export DATABASE_URL (see .ci/run)", sourceLocation: sourceLocation)
            throw PostgresUnavailable()
        }
        let name = "fs_\(label)_\(UUID().uuidString.prefix(8).lowercased())"
        let admin = try psqlAdmin(["-c", "CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8'"])
        guard admin.status == 0 else {
            Issue.record("cannot create database \(name): \(admin.stderr)", sourceLocation: sourceLocation)
            throw PostgresUnavailable()
        }
        return TestDatabase(name: name, url: urlFor(name))
    }

    func drop() {
        _ = try? Self.psqlAdmin(["-c", "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"])
    }

    /// Runs psql against this database with ON_ERROR_STOP.
    @discardableResult
    func psql(_ arguments: [String], stdin: Data? = nil) throws -> Shell.Result {
        try Shell.run(Self.psqlPath, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url] + arguments, stdin: stdin)
    }

    /// The single value a query returns, trimmed.
    func scalar(_ sql: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let r = try psql(["-At", "-c", sql])
        #expect(r.status == 0, "query failed: \(sql)\n\(r.stderr)", sourceLocation: sourceLocation)
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Every row of a query, columns separated by `|`.
    func rows(_ sql: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let r = try psql(["-At", "-c", sql])
        #expect(r.status == 0, "query failed: \(sql)\n\(r.stderr)", sourceLocation: sourceLocation)
        return r.stdout.split(separator: "\n").map(String.init)
    }

    static var psqlPath: String {
        for p in ["/usr/bin/psql", "/usr/lib/postgresql/15/bin/psql", "/usr/local/bin/psql"] where FileManager.default.isExecutableFile(atPath: p) {
            return p
        }
        return "/usr/bin/psql"
    }

    private static func psqlAdmin(_ arguments: [String]) throws -> Shell.Result {
        try Shell.run(psqlPath, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", urlFor("postgres")] + arguments)
    }

    /// `DATABASE_URL` with its database replaced, or a libpq keyword string from `PG*`.
    static func urlFor(_ database: String) -> String {
        if let url = ProcessInfo.processInfo.environment["DATABASE_URL"], var c = URLComponents(string: url) {
            c.path = "/" + database
            return c.string ?? url
        }
        return "dbname=\(database)"
    }
}

struct PostgresUnavailable: Error {}
