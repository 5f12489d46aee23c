import Foundation

/// The PostgreSQL server programs of this machine (`initdb`, `pg_ctl`) and how to run them.
///
/// Looked up where distributions put them: `pg_config --bindir`, `PATH`,
/// then `/usr/lib/postgresql/<newest>/bin` (Debian keeps them off `PATH`).
struct ServerTools {
    let bindir: String

    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) throws(PostgresError) -> ServerTools {
        var candidates: [String] = []
        if let dir = environment["FORTRESS_PG_BINDIR"], !dir.isEmpty { candidates.append(dir) }
        if let out = try? capture("pg_config", ["--bindir"], environment: environment) { candidates.append(out) }
        candidates += (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        candidates += versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "/usr/lib/postgresql/\($0)/bin" }
        for dir in candidates where FileManager.default.isExecutableFile(atPath: dir + "/initdb")
            && FileManager.default.isExecutableFile(atPath: dir + "/pg_ctl") {
            return ServerTools(bindir: dir)
        }
        throw .cluster(message: "no PostgreSQL server programs (initdb, pg_ctl) found via pg_config, PATH or /usr/lib/postgresql/*/bin; "
            + "install the server (Debian/Ubuntu: apt-get install postgresql) or pass --database-url to use an existing one")
    }

    /// Runs `tool` of `bindir`, as `owner` when given (through runuser); returns the exit status.
    @discardableResult
    func run(_ tool: String, _ arguments: [String], owner: String?, log: String? = nil, allowFailure: Bool = false) throws(PostgresError) -> Int32 {
        let path = bindir + "/" + tool
        if let owner {
            return try Self.runProgram("/usr/sbin/runuser", ["-u", owner, "--", path] + arguments, log: log, allowFailure: allowFailure)
        }
        return try Self.runProgram(path, arguments, log: log, allowFailure: allowFailure)
    }

    /// Runs a program, its output to `log` (or a temporary file); a failure throws with the output's tail.
    ///
    /// `posix_spawn` and `waitpid`, not `Foundation.Process`: after
    /// `pg_ctl start` the server keeps running as a grandchild holding what
    /// it inherited, and `Process` (which watches a socket for the child's
    /// exit) hangs then. Output goes to a file, not a pipe, for the same reason.
    @discardableResult
    static func runProgram(_ path: String, _ arguments: [String], log: String?, allowFailure: Bool = false) throws(PostgresError) -> Int32 {
        let file = log ?? NSTemporaryDirectory() + "/fortress-seed-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).log"
        defer { if log == nil { try? FileManager.default.removeItem(atPath: file) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Nothing else is inherited: a server started by `pg_ctl` would hold any
        // inherited descriptor for its lifetime, e.g. the socket through which
        // a parent's `Foundation.Process` waits for this command to exit.
        for fd in Self.openDescriptors() where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw .cluster(message: "cannot run \(path): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, spelled out (they are macros in C).
        let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        if code != 0 && !allowFailure {
            let data = FileManager.default.contents(atPath: file) ?? Data()
            let text = String(decoding: data, as: UTF8.self).split(separator: "\n").suffix(5).joined(separator: "\n")
            throw .cluster(message: "\((path as NSString).lastPathComponent) \(arguments.last ?? "") failed (exit \(code)):\n\(text)")
        }
        return code
    }

    /// This process's open file descriptors (`/proc/self/fd`; glibc's `addclosefrom_np` is not visible to Swift).
    static func openDescriptors() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
            .filter { fcntl($0, F_GETFD) != -1 }
    }

    /// The trimmed stdout of a program found on PATH.
    static func capture(_ program: String, _ arguments: [String], environment: [String: String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [program] + arguments
        p.environment = environment
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
