import Foundation
import Testing

/// `fortress-seed dev`: a throwaway cluster under a folder, started, reported, stopped.
///
/// Needs the PostgreSQL server programs (initdb, pg_ctl) on this machine,
/// which `.ci/run` installs; tagged `.postgres` like the other server tests.
@Suite("dev cluster", .tags(.postgres), .enabled(if: DevServerPrograms.present || TestDatabase.runPostgresTests))
struct DevCommandTests {
    @Test("dev starts a cluster with the dev data, prints URL and one login per tenant; rerun says it runs; --stop stops")
    func lifecycle() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fortress-dev-\(UUID().uuidString.prefix(8))").path
        defer {
            _ = try? Shell.fortress(["dev", "--dir", dir, "--stop"])
            try? FileManager.default.removeItem(atPath: dir)
        }
        let first = try Shell.fortress(["dev", "--dir", dir])
        try #require(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Loaded scenario dev, seed 42"), "\(first.stdout)")
        let urlLine = try #require(first.stdout.split(separator: "\n").first { $0.contains("DATABASE_URL=postgresql://postgres@127.0.0.1:") })
        let url = String(urlLine.split(separator: "=", maxSplits: 1)[1])
        #expect(url.hasSuffix("/fortress"))
        #expect(first.stdout.contains("every user's password is \"fortress-dev\""))
        let logins = first.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("@") && !$0.contains("DATABASE_URL") }
        let tenants = try Shell.run(TestDatabase.psqlPath, ["-X", "-At", "-d", url, "-c",
            "SELECT count(DISTINCT tenant_id) FROM users WHERE email IS NOT NULL AND is_active"])
        #expect(Int(tenants.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) == logins.count, "\(first.stdout)")

        let again = try Shell.fortress(["dev", "--dir", dir])
        #expect(again.status == 0)
        #expect(again.stdout.contains("A cluster is already running in"), "\(again.stdout)")
        #expect(again.stdout.contains(url))

        let stop = try Shell.fortress(["dev", "--dir", dir, "--stop"])
        #expect(stop.stdout.contains("Stopped the cluster"))
        let restarted = try Shell.fortress(["dev", "--dir", dir, "--quiet"])
        #expect(restarted.status == 0, "\(restarted.stderr)")
        #expect(restarted.stdout.hasPrefix("postgresql://postgres@127.0.0.1:"))
        let rows = try Shell.run(TestDatabase.psqlPath, ["-X", "-At", "-d", restarted.stdout.trimmingCharacters(in: .whitespacesAndNewlines),
            "-c", "SELECT count(*) > 0 FROM transactions"])
        #expect(rows.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "t", "data kept across --stop")
        #expect(try Shell.fortress(["dev", "--dir", dir, "--stop"]).status == 0)
        #expect(try Shell.fortress(["dev", "--dir", dir, "--stop"]).stdout.contains("No cluster is running"))
    }
}

/// Whether this machine has PostgreSQL's server programs where `fortress-seed dev` looks last.
enum DevServerPrograms {
    static var present: Bool {
        let dirs = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).map { "/usr/lib/postgresql/\($0)/bin" }
        return dirs.contains { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }
    }
}
