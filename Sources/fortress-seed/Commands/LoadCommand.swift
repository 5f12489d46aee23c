import ArgumentParser
import FortressSeed
import FortressSeedPostgres
import Foundation

struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Generate a scenario straight into PostgreSQL (binary COPY, one transaction).",
        discussion: """
            Streams every table the scenario generates with COPY ... FROM STDIN (FORMAT binary), \
            in foreign-key order, while the next buffer is being generated. The whole load is one \
            transaction: on any error (a violated constraint, a lost connection, Ctrl-C) nothing is \
            loaded, and the message names the table and, when PostgreSQL says it, the row.

            Before any row is sent the target is checked against the model: missing tables or \
            columns, type mismatches, NOT NULL columns the generator does not fill and missing enum \
            labels are reported together. Tables that already hold rows are refused unless --truncate or --append.

            The database: --database-url, else $DATABASE_URL, else libpq's PGHOST, PGPORT, PGUSER, \
            PGPASSWORD, PGSERVICE ... Any libpq option works (sslmode, target_session_attrs, ...). \
            Passwords are never printed.

            Examples:
              fortress-seed load --scenario dev --seed 42 --create-schema
              fortress-seed load --scenario dev --seed 42 \\
                --database-url 'postgresql://app@db:5432/fortress?sslmode=require'
              DATABASE_URL=postgresql://localhost/fortress \\
                fortress-seed load --scenario my.yaml --seed 7 --truncate --json
              fortress-seed load --scenario big.yaml --seed 1 --fast \\
                --commit per-table --jobs 2

            Modes and what "all or nothing" means in each:
              default        one transaction; any failure leaves the target
                             exactly as it was.
              --fast         still one transaction; bulk-load settings
                             (synchronous_commit=off, maintenance_work_mem),
                             COPY FREEZE, keys, indexes and foreign keys dropped
                             first and rebuilt after the data (so events_outbox,
                             the slowest for the server, goes first while the
                             next tables are generated), then ANALYZE.
              --commit per-table
                             one transaction per table, recorded in
                             fortress_seed_load_state: a failure keeps the
                             tables committed before it; rerunning the same
                             command resumes, nothing duplicated. Other data
                             recorded there is refused. With --fast, secondary
                             indexes and foreign keys are missing until the
                             run that finishes.
              --jobs N       N connections for what can run side by side: the
                             final ANALYZE (every mode); with --commit
                             per-table also the tables, transactions and
                             events_outbox each in N parts.
              --append       add to tables holding rows of other seeds or
                             shards (checked against fortress_seed_load_state);
                             refused when ids could collide.

            Shards: one dataset loaded from N machines at once. Create the schema once, then on \
            machine i (0-based) run the same command with --shard i/N --append; each shard is its own \
            all-or-nothing load of whole tenants. Shard 0 also writes the global tables (catalog, \
            merchants, inventory, calendar) that the others reference, so shards 1..N-1 wait until it \
            is committed, then load side by side. Together they are exactly the unsharded rows. \
            Without --fast (it locks whole tables). For example:
              fortress-seed schema --scenario load-test | psql "$DATABASE_URL"
              fortress-seed load --scenario load-test --seed 1 --shard 0/3 --append
              fortress-seed load --scenario load-test --seed 1 --shard 1/3 --append
              fortress-seed load --scenario load-test --seed 1 --shard 2/3 --append
            """
    )

    @Option(name: .long, help: ArgumentHelp("A built-in scenario name or a path to a scenario YAML file.", valueName: "name|path"))
    var scenario: String = "dev"

    @Option(name: .long, help: "The seed: any unsigned 64-bit integer. Same seed, same rows.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Multiply the scenario's volumes by this factor: rows grow linearly.")
    var scale: Double = 1

    @Option(name: .long, help: ArgumentHelp("Load only shard i of N (0-based): whole tenants, global tables in shard 0. Use with --append.", valueName: "i/N"))
    var shard: String = "0/1"

    @Option(name: .long, help: ArgumentHelp("A PostgreSQL URL or libpq keyword string; default $DATABASE_URL, else libpq's PG* variables.", valueName: "url"))
    var databaseURL: String?

    @Flag(name: .long, help: "Apply the schema DDL first (idempotent), inside the same transaction.")
    var createSchema = false

    @Flag(name: .long, help: "Empty every Fortress table first (never other tables; no CASCADE).")
    var truncate = false

    @Flag(name: .long, help: "Add to tables that hold rows of other seeds (checked: refused when ids could collide).")
    var append = false

    @Flag(name: .long, help: "Bulk load: synchronous_commit=off, COPY FREEZE, keys/indexes/foreign keys rebuilt after the data.")
    var fast = false

    @Option(name: .long, help: ArgumentHelp("single: one transaction (default); per-table: commit each table, resumable.", valueName: "mode"))
    var commit: LoadOptions.CommitMode = .single

    @Option(name: .long, help: "Parallel connections: for the final ANALYZE, and with --commit per-table for the tables.")
    var jobs: Int = 1

    @Flag(name: .long, help: "Skip ANALYZE of the loaded tables after the commit.")
    var noAnalyze = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .long, help: "Print a JSON summary on stdout instead of the table.")
    var json = false

    func validate() throws {
        if !(scale > 0 && scale.isFinite && scale <= 1_000_000) { throw ValidationError("--scale must be a positive number (e.g. 0.5, 10, 1000)") }
        guard let shard = Shard(shard) else { throw ValidationError("--shard takes i/N with 0 <= i < N, e.g. 0/4; got '\(self.shard)'") }
        if let conflict = options(schemaDDL: createSchema ? "" : nil).conflict(shard: shard) { throw ValidationError(conflict) }
    }

    func options(schemaDDL: String?) -> LoadOptions {
        LoadOptions(schemaDDL: schemaDDL, truncate: truncate, append: append, analyze: !noAnalyze, fast: fast, commit: commit, jobs: jobs)
    }

    func run() throws {
        let loaded = try CLI.loadScenario(scenario)
        let dataset = Dataset(loaded, seed: seed, scale: scale, shard: Shard(shard) ?? .whole)
        let target = ConnectionTarget.resolve(databaseURL: databaseURL, environment: ProcessInfo.processInfo.environment)
        let ddl = createSchema ? DDLWriter(partitions: dataset.partitions).script(version: FortressSeedVersion.current) + dataset.optionalTablesDDL() : nil
        let options = options(schemaDDL: ddl)
        let cancellation = LoadCancellation()
        let traps = cancellation.trapSignals()
        defer { traps.forEach { $0.cancel() } }
        var progress = ProgressPrinter(enabled: !quiet && isatty(2) == 1)
        let summary = try CLI.run {
            let db = try Connection(target)
            return try Loader(dataset: dataset, options: options).run(on: db, target: target, cancellation: cancellation) { progress.show($0) }
        }
        if json {
            CLI.printStdout(summary.json)
        } else if !quiet {
            CLI.printStdout(LoadReport.summary(summary))
            if dataset.scenario.fraud.isEnabled { CLI.printStdout(try CLI.run { try FraudSummary(dataset: dataset).report }) }
        }
    }
}

extension LoadOptions.CommitMode: ExpressibleByArgument {}
