import ArgumentParser
import FortressSeed
import FortressSeedPostgres
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a loaded database against every invariant of the Fortress model.",
        discussion: """
            Runs each check (a SQL query counting violating rows) read-only and prints a table \
            with the counts: balances reconcile per spec §14, transfer legs pair, references \
            without foreign keys exist, per-tenant email uniqueness, inventory bounds, outbox \
            ordering ... Exits 1 if any check fails. Checks on tables the database does not have \
            are skipped.

            Examples:
              fortress-seed verify
              fortress-seed verify --database-url postgresql://app@db/fortress --json
            """
    )

    @Option(name: .long, help: ArgumentHelp("A PostgreSQL URL or libpq keyword string; default $DATABASE_URL, else libpq's PG* variables.", valueName: "url"))
    var databaseURL: String?

    @Option(name: .long, help: ArgumentHelp("The scenario the data came from (for its thresholds).", valueName: "name|path"))
    var scenario: String = "dev"

    @Flag(name: .long, help: "Print JSON instead of the table.")
    var json = false

    func run() throws {
        let loaded = try CLI.loadScenario(scenario)
        let target = ConnectionTarget.resolve(databaseURL: databaseURL, environment: ProcessInfo.processInfo.environment)
        let results = try CLI.run {
            try Verifier(checks: InvariantCatalog.all(for: loaded.scenario)).run(on: Connection(target))
        }
        CLI.printStdout(json ? VerifyReport.json(results) : VerifyReport.table(results))
        if !results.allSatisfy(\.passed) { throw ExitCode(1) }
    }
}
