import Foundation

/// Finds scenarios: the built-in ones by name, anything else as a file path.
public enum ScenarioLibrary {
    /// Built-in scenario names, in the order `fortress-seed scenarios` lists them.
    public static var builtinNames: [String] { BuiltinScenarios.all.map(\.name) }

    /// A loaded scenario with the exact texts it came from (hashed into the manifest).
    public struct Loaded: Sendable {
        public let scenario: Scenario
        public let source: String
        /// The file's text, then the texts of the scenarios it extends.
        public let texts: [String]
        public var text: String { texts[0] }
        /// SHA-256 of the scenario's texts (the file's, then those it extends), hex.
        public var sha256: String {
            var h = SHA256()
            for t in texts { h.update(Array(t.utf8)) }
            return h.hexDigest()
        }

        /// The same scenario with its volumes multiplied by `factor` (`--scale`).
        public func scaled(by factor: Double) -> Loaded {
            Loaded(scenario: scenario.scaled(by: factor), source: source, texts: texts)
        }
    }

    /// Finds the scenario an `extends:` names: a built-in name, else a path relative to `fromFile`'s folder.
    static func resolve(_ reference: String, fromFile: String) -> (text: String, file: String)? {
        if let builtin = BuiltinScenarios.all.first(where: { $0.name == reference }) {
            return (builtin.yaml, "scenarios/\(builtin.name).yaml")
        }
        let folder = fromFile.contains("/") ? String(fromFile[..<fromFile.lastIndex(of: "/")!]) : "."
        let path = reference.hasPrefix("/") ? reference : folder + "/" + reference
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else { return nil }
        return (text, path)
    }

    /// Resolves `nameOrPath`: a built-in name first, then a file.
    ///
    /// - Throws: `ScenarioError` when neither exists or the file is invalid.
    public static func load(_ nameOrPath: String) throws(ScenarioError) -> Loaded {
        if let builtin = BuiltinScenarios.all.first(where: { $0.name == nameOrPath }) {
            let file = "scenarios/\(builtin.name).yaml"
            let composed = try ScenarioComposer.compose(yaml: builtin.yaml, file: file, resolve: resolve)
            return Loaded(scenario: try Scenario.parse(composed.root, file: file), source: "builtin:\(builtin.name)", texts: composed.texts)
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
        let composed = try ScenarioComposer.compose(yaml: text, file: nameOrPath, resolve: resolve)
        return Loaded(scenario: try Scenario.parse(composed.root, file: nameOrPath), source: nameOrPath, texts: composed.texts)
    }
}
