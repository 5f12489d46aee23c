import ArgumentParser
import FortressSeed

@main
struct FortressSeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fortress-seed",
        abstract: "Seeded, deterministic synthetic data for the Fortress PostgreSQL database.",
        discussion: """
            The same scenario, seed and version always give byte-identical output.

            Examples:
              fortress-seed scenarios
              fortress-seed generate --scenario dev --seed 42 --out out/dev --format csv
              fortress-seed schema > schema.sql && psql -v ON_ERROR_STOP=1 -f schema.sql
            """,
        version: FortressSeedVersion.current,
        subcommands: [GenerateCommand.self, PlanCommand.self, SchemaCommand.self, ScenariosCommand.self, LoadCommand.self, VerifyCommand.self, DevCommand.self]
    )
}

/// The generator version, recorded in every manifest and script.
enum FortressSeedVersion {
    static var current: String { GeneratorVersion.string }
}
