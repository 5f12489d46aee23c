import ArgumentParser
import FortressSeed

struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the built-in scenarios with a one-line description.",
        discussion: """
            Any of these names works with --scenario; so does a path to your own YAML file \
            (see scenarios/README.md for every key).

            Example:
              fortress-seed scenarios
            """
    )

    func run() throws {
        var lines: [String] = []
        for name in ScenarioLibrary.builtinNames {
            let loaded = try CLI.loadScenario(name)
            lines.append("\(name.padding(14)) \(loaded.scenario.description)")
        }
        CLI.printStdout(lines.joined(separator: "\n"))
    }
}
