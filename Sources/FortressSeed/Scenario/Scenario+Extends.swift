import Yams

/// `extends:`: a scenario file may start from another and override keys.
///
/// ```yaml
/// extends: dev            # a built-in name, or a path relative to this file
/// name: dev-big
/// description: dev with more tenants
/// tenants: {individual: 60}
/// ```
///
/// Mappings merge key by key (the child's value wins; nested mappings merge
/// recursively); any other value is replaced whole. Chains are followed up to
/// eight levels; a cycle is an error.
enum ScenarioComposer {
    /// Finds the text of a scenario another one extends.
    typealias Resolver = (_ reference: String, _ fromFile: String) -> (text: String, file: String)?

    /// The composed root node and the texts it came from (child first).
    struct Composed {
        let root: Node
        let texts: [String]
    }

    static func compose(yaml text: String, file: String, resolve: Resolver, depth: Int = 0, seen: [String] = []) throws(ScenarioError) -> Composed {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw .invalid(file: file, problems: [Scenario.problem(from: error)])
        } catch {
            throw .invalid(file: file, problems: [ScenarioProblem(line: 0, column: 0, keyPath: "", message: "not valid YAML: \(error)")])
        }
        guard let root else {
            throw .invalid(file: file, problems: [ScenarioProblem(line: 0, column: 0, keyPath: "", message: "the file is empty")])
        }
        guard case .mapping(let mapping) = root, let (keyNode, value) = mapping.first(where: { $0.key.scalar?.string == "extends" }) else {
            return Composed(root: root, texts: [text])
        }
        let problem = { (message: String) -> ScenarioError in
            .invalid(file: file, problems: [ScenarioProblem(line: keyNode.mark?.line ?? 0, column: keyNode.mark?.column ?? 0, keyPath: "extends", message: message)])
        }
        guard let reference = value.scalar?.string, !reference.isEmpty else { throw problem("expected a scenario name or path") }
        guard depth < 8 else { throw problem("extends chains at most 8 scenarios deep") }
        guard let (baseText, baseFile) = resolve(reference, file) else {
            var message = "no scenario '\(reference)' to extend"
            if let guess = Suggestion.closest(to: reference, in: ScenarioLibrary.builtinNames) { message += " (did you mean '\(guess)'?)" }
            throw problem(message)
        }
        guard !seen.contains(baseFile) && baseFile != file else { throw problem("extends '\(reference)' forms a cycle") }
        let base = try compose(yaml: baseText, file: baseFile, resolve: resolve, depth: depth + 1, seen: seen + [file])
        let childPairs = mapping.filter { $0.key.scalar?.string != "extends" }.map { ($0.key, $0.value) }
        let merged = merge(base.root, .mapping(Node.Mapping(childPairs, mapping.tag, mapping.style, mapping.mark)))
        return Composed(root: merged, texts: [text] + base.texts)
    }

    /// `child` over `base`: mappings merge key by key, anything else is replaced.
    static func merge(_ base: Node, _ child: Node) -> Node {
        guard case .mapping(let b) = base, case .mapping(let c) = child else { return child }
        var rest = c.map { ($0.key, $0.value) }
        var pairs: [(Node, Node)] = []
        for (key, value) in b {
            let name = key.scalar?.string
            if let i = rest.firstIndex(where: { $0.0.scalar?.string == name }) {
                pairs.append((rest[i].0, merge(value, rest[i].1)))
                rest.remove(at: i)
            } else {
                pairs.append((key, value))
            }
        }
        pairs += rest
        return .mapping(Node.Mapping(pairs, c.tag, c.style, c.mark))
    }
}
