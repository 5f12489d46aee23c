import ArgumentParser
import FortressSeed

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a scenario's data as CSV files or a psql script.",
        discussion: """
            Examples:

            CSV: one file per table in PostgreSQL's COPY CSV dialect, with a header line:
              fortress-seed generate --scenario dev --seed 42 --out out/dev --format csv
              psql -c "\\copy users (...) FROM 'out/dev/users.csv' (FORMAT csv, HEADER true)"

            SQL: one script that loads everything in one transaction:
              fortress-seed generate --scenario dev --seed 42 --out out/dev-sql --format sql --with-schema
              psql -v ON_ERROR_STOP=1 -f out/dev-sql/fortress-seed.sql

            A manifest.json beside the files records the version, scenario, seed and, \
            per table, rows, bytes and SHA-256.
            """
    )

    @Option(name: .long, help: ArgumentHelp("A built-in scenario name or a path to a scenario YAML file.", valueName: "name|path"))
    var scenario: String = "dev"

    @Option(name: .long, help: "The seed: any unsigned 64-bit integer. Same seed, same bytes.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Output directory (created if missing).", valueName: "dir"))
    var out: String

    @Option(name: .long, help: "Multiply the scenario's volumes (tenants, merchants, products, locations) by this factor: rows grow linearly.")
    var scale: Double = 1

    @Option(name: .long, help: ArgumentHelp("Write only shard i of N (0-based): whole tenants, global tables in shard 0. The N shards together are exactly the unsharded rows.", valueName: "i/N"))
    var shard: String = "0/1"

    @Option(name: .long, help: "Threads: tables generated at once, and transactions in tenant slices. The output is byte-identical for every value.")
    var jobs: Int = 1

    @Option(name: .long, help: "Output format: csv (a file per table) or sql (one psql script).")
    var format: OutputFormat = .csv

    @Flag(name: .long, help: "With --format sql: put the schema DDL at the head of the script.")
    var withSchema = false

    @Flag(name: .long, help: "Write into a non-empty directory that holds no previous manifest.json.")
    var force = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if withSchema && format != .sql { throw ValidationError("--with-schema needs --format sql") }
        if out.isEmpty { throw ValidationError("--out needs a directory path") }
        if !(scale > 0 && scale.isFinite && scale <= 1_000_000) { throw ValidationError("--scale must be a positive number (e.g. 0.5, 10, 1000)") }
        if jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256") }
        if Shard(shard) == nil { throw ValidationError("--shard takes i/N with 0 <= i < N, e.g. 0/4; got '\(shard)'") }
    }

    func run() throws {
        let loaded = try CLI.loadScenario(scenario)
        let dataset = Dataset(loaded, seed: seed, scale: scale, shard: Shard(shard) ?? .whole)
        let ddl = withSchema ? DDLWriter(partitions: dataset.partitions).script(version: FortressSeedVersion.current) + dataset.optionalTablesDDL() : nil
        let manifest = try CLI.run {
            try DatasetWriter(dataset: dataset, version: FortressSeedVersion.current)
                .write(format, to: out, schemaDDL: ddl, force: force, jobs: jobs)
        }
        guard !quiet else { return }
        var lines = ["Wrote scenario \(loaded.scenario.name), seed \(seed)\(scale == 1 ? "" : ", scale \(scale)"), as \(format.rawValue) to \(out):"]
        for e in manifest.entries {
            lines.append("  \(e.table.padding(20)) \(String(e.rows).leftPadding(10)) rows \(String(e.bytes).leftPadding(12)) bytes")
        }
        lines.append("  manifest: \(out)/manifest.json")
        if dataset.scenario.fraud.isEnabled { lines.append(try CLI.run { try FraudSummary(dataset: dataset).report }) }
        CLI.printStdout(lines.joined(separator: "\n"))
    }
}

extension OutputFormat: ExpressibleByArgument {}
