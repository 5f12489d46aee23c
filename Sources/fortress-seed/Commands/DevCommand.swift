import ArgumentParser
import FortressSeed
import FortressSeedPostgres
import Foundation

struct DevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: "Start a throwaway local PostgreSQL with the dev data loaded; print its URL and logins.",
        discussion: """
            Creates a PostgreSQL cluster under --dir (default .fortress-dev in the current folder; \
            as root in a folder the server's user cannot reach, /tmp/fortress-dev-HASH) \
            with the server programs of this machine (pg_config --bindir, PATH, \
            /usr/lib/postgresql/*/bin), starts it on a free port of 127.0.0.1, applies the schema, \
            loads the scenario, and prints the connection URL and one login per tenant. As root the \
            server runs as the `postgres` user (or a created `fortress-dev` system user), which must \
            be able to reach --dir. Local connections are trusted: a scratch database, not a server.

            Running it again while the cluster runs prints the URL again; after --stop it starts \
            the same cluster with its data. --reset deletes the folder first.

            Examples:
              fortress-seed dev
              fortress-seed dev --scenario my.yaml --seed 7 --dir /tmp/fortress-dev
              fortress-seed dev --stop
            """
    )

    @Option(name: .long, help: ArgumentHelp(
        "The project folder holding the cluster. Default: .fortress-dev here, or under /tmp when run as root in a folder the server's user cannot reach.",
        valueName: "dir"))
    var dir: String?

    static let defaultDir = ".fortress-dev"

    /// `--dir`, else `.fortress-dev` in the current folder; as root in a private folder
    /// (a clone under /root, say) the server's unprivileged user could not reach that, so
    /// a folder under /tmp named after the current folder (the same one every time).
    var directory: String {
        if let dir { return dir }
        let cwd = FileManager.default.currentDirectoryPath
        guard getuid() == 0, !Self.everyoneCanEnter(cwd) else { return Self.defaultDir }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in cwd.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return "/tmp/fortress-dev-" + String(hash, radix: 16)
    }

    /// Whether every folder from `/` down to `path` lets others in (`o+x`).
    static func everyoneCanEnter(_ path: String) -> Bool {
        var current = ""
        for part in path.split(separator: "/") {
            current += "/" + part
            var info = stat()
            guard stat(current, &info) == 0, info.st_mode & S_IXOTH != 0 else { return false }
        }
        return true
    }

    @Option(name: .long, help: ArgumentHelp("A built-in scenario name or a path to a scenario YAML file.", valueName: "name|path"))
    var scenario: String = "dev"

    @Option(name: .long, help: "The seed of the loaded data.")
    var seed: UInt64 = 42

    @Flag(name: .long, help: "Stop the cluster (its data stays in --dir).")
    var stop = false

    @Flag(name: .long, help: "Stop the cluster and delete --dir first, then start afresh.")
    var reset = false

    @Flag(name: .long, help: "Print only the URL.")
    var quiet = false

    func validate() throws {
        if stop && reset { throw ValidationError("--stop and --reset exclude each other") }
    }

    func run() throws {
        let cluster = LocalCluster(directory: directory)
        if stop {
            let stopped = try CLI.run { try cluster.stop() }
            CLI.printStdout(stopped ? "Stopped the cluster in \(cluster.directory)." : "No cluster is running in \(cluster.directory).")
            return
        }
        let loaded = try CLI.loadScenario(scenario)
        if reset { try CLI.run { try cluster.remove() } }
        var progress = ProgressPrinter(enabled: !quiet && isatty(2) == 1)
        progress.show(.step("starting PostgreSQL in \(cluster.directory)"))
        let started = try CLI.run { try cluster.start() }
        let url = started.url
        if started.createdDatabase {
            let dataset = Dataset(loaded, seed: seed)
            let ddl = DDLWriter(partitions: dataset.partitions).script(version: FortressSeedVersion.current) + dataset.optionalTablesDDL()
            let cancellation = LoadCancellation()
            let traps = cancellation.trapSignals()
            defer { traps.forEach { $0.cancel() } }
            let summary = try CLI.run {
                let db = try Connection(ConnectionTarget(conninfo: url, source: .option))
                return try Loader(dataset: dataset, options: LoadOptions(schemaDDL: ddl, fast: true))
                    .run(on: db, cancellation: cancellation) { progress.show($0) }
            }
            progress.clear()
            if !quiet {
                CLI.printStdout("Loaded scenario \(summary.scenario), seed \(summary.seed): "
                    + "\(summary.rows) rows in \(summary.tables.count) tables.")
            }
        } else {
            progress.clear()
            if !quiet {
                CLI.printStdout(started.wasRunning
                    ? "A cluster is already running in \(cluster.directory)."
                    : "Started the existing cluster in \(cluster.directory) (its data as left).")
            }
        }
        try report(url: url, scenario: loaded.scenario)
    }

    /// The URL, then the logins (never a connection password: local connections are trusted).
    private func report(url: String, scenario: Scenario) throws {
        if quiet {
            CLI.printStdout(url)
            return
        }
        CLI.printStdout("\n  DATABASE_URL=\(url)\n")
        CLI.printStdout("Stop it with: fortress-seed dev --stop\(dir.map { " --dir \($0)" } ?? "")")
        guard scenario.users.password == .dev else {
            CLI.printStdout("No logins: the scenario's users.password is unusable.")
            return
        }
        let logins = try CLI.run { try DevLogin.list(on: Connection(ConnectionTarget(conninfo: url, source: .option))) }
        guard !logins.isEmpty else { return }
        CLI.printStdout("\nDev logins (one per tenant; every user's password is \"\(FinanceModel.devPassword)\"):")
        let width = (logins.map(\.tenant.count).max() ?? 0) + 2
        for l in logins { CLI.printStdout("  " + l.tenant.padding(width) + l.email) }
    }
}
