import Foundation

/// Finds scenarios: the built-in ones by name, anything else as a file path.
public enum ScenarioLibrary {
    /// Built-in scenario names, in the order `fortress-seed scenarios` lists them.
    public static var builtinNames: [String] { BuiltinScenarios.all.map(\.name) }

    /// A loaded scenario with the exact text it came from (hashed into the manifest).
    public struct Loaded: Sendable {
        public let scenario: Scenario
        public let source: String
        public let text: String
        /// SHA-256 of the scenario text, hex.
        public var sha256: String {
            var h = SHA256()
            h.update(Array(text.utf8))
            return h.hexDigest()
        }
    }

    /// Resolves `nameOrPath`: a built-in name first, then a file.
    ///
    /// - Throws: `ScenarioError` when neither exists or the file is invalid.
    public static func load(_ nameOrPath: String) throws(ScenarioError) -> Loaded {
        if let builtin = BuiltinScenarios.all.first(where: { $0.name == nameOrPath }) {
            let scenario = try Scenario.parse(yaml: builtin.yaml, file: "scenarios/\(builtin.name).yaml")
            return Loaded(scenario: scenario, source: "builtin:\(builtin.name)", text: builtin.yaml)
        }
        let looksLikePath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml")
        guard FileManager.default.fileExists(atPath: nameOrPath) else {
            if looksLikePath { throw .unreadable(file: nameOrPath, reason: "no such file") }
            throw .notFound(name: nameOrPath, available: builtinNames)
        }
        guard let data = FileManager.default.contents(atPath: nameOrPath) else {
            throw .unreadable(file: nameOrPath, reason: "permission denied or not a regular file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .unreadable(file: nameOrPath, reason: "the file is not UTF-8 text")
        }
        let scenario = try Scenario.parse(yaml: text, file: nameOrPath)
        return Loaded(scenario: scenario, source: nameOrPath, text: text)
    }
}
