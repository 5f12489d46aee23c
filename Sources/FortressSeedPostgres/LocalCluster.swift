import Foundation

/// A throwaway PostgreSQL cluster under a project folder, for a developer's machine (`fortress-seed dev`).
///
/// Uses the server binaries found on the machine (`pg_config --bindir`,
/// `PATH`, `/usr/lib/postgresql/*/bin`): no download, no container. The
/// cluster listens on 127.0.0.1 only, at a free port, with trust
/// authentication for local connections: a developer's scratch database,
/// never a server. PostgreSQL refuses to run as root, so as root the
/// cluster belongs to `postgres` (or a created system user `fortress-dev`)
/// and commands run through `runuser`, as `.ci/pg-throwaway.sh` does.
///
/// Layout: `DIR/data` (PGDATA), `DIR/server.log`, and the socket in `DIR`.
///
/// ```swift
/// let cluster = LocalCluster(directory: ".fortress-dev")
/// let url = try cluster.start()          // initdb on first use
/// try cluster.stop()
/// ```
public struct LocalCluster: Sendable {
    /// Absolute path of the project folder.
    public let directory: String
    /// The database created for the data.
    public let database: String

    public init(directory: String, database: String = "fortress") {
        self.directory = URL(fileURLWithPath: directory).standardizedFileURL.path
        self.database = database
    }

    var dataDirectory: String { directory + "/data" }
    var logFile: String { directory + "/server.log" }

    /// Whether `initdb` ran here.
    public var exists: Bool { FileManager.default.fileExists(atPath: dataDirectory + "/PG_VERSION") }

    /// The port of the running server (from `postmaster.pid`), or nil when it is not running.
    public func runningPort() throws(PostgresError) -> Int? {
        guard exists else { return nil }
        let tools = try ServerTools.find()
        guard try tools.run("pg_ctl", ["-D", dataDirectory, "status"], owner: owner(), allowFailure: true) == 0 else { return nil }
        guard let pid = try? String(contentsOfFile: dataDirectory + "/postmaster.pid", encoding: .utf8) else { return nil }
        let lines = pid.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 3 ? Int(lines[3].trimmingCharacters(in: .whitespaces)) : nil
    }

    /// `postgresql://postgres@127.0.0.1:PORT/fortress`: no password (trust on localhost).
    public func url(port: Int) -> String { "postgresql://postgres@127.0.0.1:\(port)/\(database)" }

    /// What `start()` found and did.
    public struct Started: Sendable, Equatable {
        /// The connection URL of the database (no password).
        public let url: String
        /// The server was already running.
        public let wasRunning: Bool
        /// The database was created now (so it is empty).
        public let createdDatabase: Bool
    }

    /// Starts the cluster (creating it first if needed) and its database, unless already running.
    ///
    /// - Throws: `.cluster` with what to do (install the server, free the folder...).
    public func start() throws(PostgresError) -> Started {
        let tools = try ServerTools.find()
        let owner = try prepareDirectory()
        if !exists {
            try tools.run(
                "initdb", ["-D", dataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"],
                owner: owner, log: directory + "/initdb.log")
        }
        let port: Int
        let running = try runningPort()
        if let running {
            port = running
        } else {
            port = try Self.freePort()
            let settings = "-c listen_addresses=127.0.0.1 -c port=\(port) -c unix_socket_directories='\(directory)' "
                + "-c max_connections=50 -c max_wal_size=2GB"
            try tools.run("pg_ctl", ["-D", dataDirectory, "-l", logFile, "-w", "-t", "60", "-o", settings, "start"], owner: owner, log: directory + "/pg_ctl.log")
        }
        let admin = try Connection(ConnectionTarget(conninfo: "postgresql://postgres@127.0.0.1:\(port)/postgres", source: .option))
        let exists = try admin.scalar("SELECT 1 FROM pg_database WHERE datname = $1", [database]) != nil
        if !exists { try admin.execute("CREATE DATABASE \(Connection.quoteIdentifier(database)) TEMPLATE template0 ENCODING 'UTF8'") }
        return Started(url: url(port: port), wasRunning: running != nil, createdDatabase: !exists)
    }

    /// Stops the server (fast shutdown); returns false if it was not running.
    @discardableResult
    public func stop() throws(PostgresError) -> Bool {
        guard try runningPort() != nil else { return false }
        try ServerTools.find().run("pg_ctl", ["-D", dataDirectory, "-m", "fast", "-w", "stop"], owner: owner(), log: nil)
        return true
    }

    /// Stops the server and deletes the folder.
    public func remove() throws(PostgresError) {
        try stop()
        do { try FileManager.default.removeItem(atPath: directory) } catch {
            throw .cluster(message: "cannot remove \(directory): \(error.localizedDescription)")
        }
    }

    /// The user the server runs as: the caller, or an unprivileged one when the caller is root.
    func owner() throws(PostgresError) -> String? {
        guard getuid() == 0 else { return nil }
        if getpwnam("postgres") != nil { return "postgres" }
        if getpwnam("fortress-dev") == nil {
            try ServerTools.runProgram("/usr/sbin/useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "fortress-dev"], log: nil)
        }
        return "fortress-dev"
    }

    /// Creates the folder, hands it to the server's user, and checks that user can reach it.
    private func prepareDirectory() throws(PostgresError) -> String? {
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw .cluster(message: "cannot create \(directory): \(error.localizedDescription)")
        }
        let owner = try owner()
        if let owner, let pw = getpwnam(owner) {
            _ = chown(directory, pw.pointee.pw_uid, pw.pointee.pw_gid)
            if try ServerTools.runProgram("/usr/sbin/runuser", ["-u", owner, "--", "test", "-w", directory], log: nil, allowFailure: true) != 0 {
                throw .cluster(message: "PostgreSQL cannot run as root, and user \(owner) cannot reach \(directory) "
                    + "(a parent folder is private); pass --dir with a folder \(owner) can reach, e.g. --dir /tmp/fortress-dev")
            }
        }
        return owner
    }

    /// A free TCP port on 127.0.0.1 (bound to port 0, then released).
    static func freePort() throws(PostgresError) -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw .cluster(message: "cannot open a socket to find a free port") }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                bind(fd, sa, len) == 0 && getsockname(fd, sa, &len) == 0
            }
        }
        guard ok else { throw .cluster(message: "cannot find a free port on 127.0.0.1") }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}
