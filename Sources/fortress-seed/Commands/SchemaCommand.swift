import ArgumentParser
import FortressSeed

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the Fortress schema as idempotent PostgreSQL DDL or as schema.prisma.",
        discussion: """
            The DDL creates enum types, tables with their keys, foreign keys and CHECKs, the \
            indexes of spec §6/§9, monthly partitions of transactions for the scenario's \
            history window (plus a DEFAULT partition), roles and the masked support view. \
            It can be applied again safely (IF NOT EXISTS, guarded DO blocks).

            Examples:
              fortress-seed schema | psql -v ON_ERROR_STOP=1 -d fortress
              fortress-seed schema --scenario qa.yaml > schema.sql
              fortress-seed schema --format prisma > schema.prisma
            """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument { case sql, prisma }

    @Option(name: .long, help: "sql (PostgreSQL DDL) or prisma (schema.prisma).")
    var format: Format = .sql

    @Option(name: .long, help: ArgumentHelp("Scenario whose history window decides the transactions partitions.", valueName: "name|path"))
    var scenario: String = "dev"

    @Flag(name: .long, help: "Leave out roles, grants and the support view (for a database where you may not create roles).")
    var noSecurity = false

    func run() throws {
        switch format {
        case .sql:
            let loaded = try CLI.loadScenario(scenario)
            let writer = DDLWriter(partitions: loaded.scenario.partitionSpan, includeSecurity: !noSecurity)
            // Tables the scenario asks for beyond the production schema (fraud_labels when fraud.labels is on).
            let optional = Dataset(loaded, seed: 0).optionalTablesDDL()
            CLI.printStdout(writer.script(version: FortressSeedVersion.current) + optional, terminator: "")
        case .prisma:
            CLI.printStdout(PrismaWriter().script(version: FortressSeedVersion.current), terminator: "")
        }
    }
}
