/// What went wrong reading a scenario, with what the user needs to fix it.
public enum ScenarioError: Error, Equatable, CustomStringConvertible {
    /// A built-in name that does not exist and is not a readable file.
    case notFound(name: String, available: [String])
    /// The file could not be read or is not UTF-8 text.
    case unreadable(file: String, reason: String)
    /// The file was read; these are all of its problems, in file order.
    case invalid(file: String, problems: [ScenarioProblem])

    public var description: String {
        switch self {
        case .notFound(let name, let available):
            var s = "scenario '\(name)' is neither a built-in scenario nor a readable file"
            if let guess = Suggestion.closest(to: name, in: available) { s += " (did you mean '\(guess)'?)" }
            return s + "; built-in scenarios: \(available.joined(separator: ", "))"
        case .unreadable(let file, let reason):
            return "\(file): cannot read scenario: \(reason)"
        case .invalid(let file, let problems):
            return problems.map { $0.rendered(file: file) }.joined(separator: "\n")
        }
    }
}

/// One problem at a place in a scenario file.
public struct ScenarioProblem: Sendable, Equatable {
    /// 1-based line and column (0 when the problem has no single place, e.g. a missing key).
    public let line: Int
    public let column: Int
    /// Dotted key path, e.g. `accounts.types.wallet`.
    public let keyPath: String
    public let message: String

    public init(line: Int, column: Int, keyPath: String, message: String) {
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
    }

    /// `dev.yaml:14:7: accounts.types.wallet: expected a number in 0...1, found "high"`.
    public func rendered(file: String) -> String {
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        return keyPath.isEmpty ? "\(place): \(message)" : "\(place): \(keyPath): \(message)"
    }
}

/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(Array(word.lowercased().utf8), Array($0.lowercased().utf8))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, word.utf8.count / 3) ? best.0 : nil
    }

    /// Levenshtein distance over bytes.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
