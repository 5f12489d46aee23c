import ArgumentParser
import FortressSeed
import FortressSeedPostgres
import Foundation

struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Generate a scenario straight into PostgreSQL (binary COPY, one transaction).",
        discussion: """
            Streams every table the scenario generates with COPY ... FROM STDIN (FORMAT binary),
            in foreign-key order, while the next buffer is being generated. The whole load is one
            transaction: on any error (a violated constraint, a lost connection, Ctrl-C) nothing is
            loaded, and the message names the table and, when PostgreSQL says it, the row.

            Before any row is sent the target is checked against the model: missing tables or
            columns, type mismatches, NOT NULL columns the generator does not fill and missing enum
            labels are reported together. Tables that already hold rows are refused unless --truncate.

            The database: --database-url, else $DATABASE_URL, else libpq's PGHOST, PGPORT, PGUSER,
            PGPASSWORD, PGSERVICE ... Any libpq option works (sslmode, target_session_attrs, ...).
            Passwords are never printed.

            Examples:
              fortress-seed load --scenario dev --seed 42 --create-schema
              fortress-seed load --scenario dev --seed 42 --database-url postgresql://app@db:5432/fortress?sslmode=require
              DATABASE_URL=postgresql://localhost/fortress fortress-seed load --scenario my.yaml --seed 7 --truncate --json
            """
    )

    @Option(name: .long, help: ArgumentHelp("A built-in scenario name or a path to a scenario YAML file.", valueName: "name|path"))
    var scenario: String = "dev"

    @Option(name: .long, help: "The seed: any unsigned 64-bit integer. Same seed, same rows.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("A PostgreSQL URL or libpq keyword string; default $DATABASE_URL, else libpq's PG* variables.", valueName: "url"))
    var databaseURL: String?

    @Flag(name: .long, help: "Apply the schema DDL first (idempotent), inside the same transaction.")
    var createSchema = false

    @Flag(name: .long, help: "Empty every Fortress table first (never other tables; no CASCADE).")
    var truncate = false

    @Flag(name: .long, help: "Skip ANALYZE of the loaded tables after the commit.")
    var noAnalyze = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .long, help: "Print a JSON summary on stdout instead of the table.")
    var json = false

    func run() throws {
        let loaded = try CLI.loadScenario(scenario)
        let dataset = Dataset(loaded, seed: seed)
        let target = ConnectionTarget.resolve(databaseURL: databaseURL, environment: ProcessInfo.processInfo.environment)
        let ddl = createSchema ? DDLWriter(partitions: dataset.partitions).script(version: FortressSeedVersion.current) : nil
        let options = LoadOptions(schemaDDL: ddl, truncate: truncate, analyze: !noAnalyze)
        let cancellation = LoadCancellation()
        let traps = cancellation.trapSignals()
        defer { traps.forEach { $0.cancel() } }
        var progress = ProgressPrinter(enabled: !quiet && isatty(2) == 1)
        let summary = try CLI.run {
            let db = try Connection(target)
            return try Loader(dataset: dataset, options: options).run(on: db, cancellation: cancellation) { progress.show($0) }
        }
        if json {
            CLI.printStdout(summary.json)
        } else if !quiet {
            CLI.printStdout(LoadReport.summary(summary))
        }
    }
}

/// Progress on stderr, rewritten in place, when stderr is a terminal.
struct ProgressPrinter {
    let enabled: Bool

    mutating func show(_ event: LoadEvent) {
        guard enabled else { return }
        switch event {
        case .step(let step): write("\r\u{1B}[K  " + step + "...")
        case .tableStarted(let name, let index, let count): write("\r\u{1B}[K  [\(index + 1)/\(count)] \(name)...")
        case .tableProgress(let t): write("\r\u{1B}[K" + LoadReport.line(t))
        case .tableFinished(let t): write("\r\u{1B}[K" + LoadReport.line(t, done: true) + "\n")
        }
    }

    private func write(_ s: String) {
        var bytes = Array(s.utf8)
        bytes.withUnsafeMutableBytes { raw in _ = Foundation.write(2, raw.baseAddress, raw.count) }
    }
}

extension LoadCancellation {
    /// Turns SIGINT and SIGTERM into a cancellation (rollback, exit 1); a second signal exits at once.
    func trapSignals() -> [any DispatchSourceSignal] {
        [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")].map { (number, name) in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                if reason != nil { exit(130) }
                cancel(reason: name)
            }
            source.resume()
            return source
        }
    }
}
