import Yams

/// Reads typed values out of a composed YAML tree, collecting every problem
/// instead of stopping at the first, so a user fixes a file in one pass.
///
/// Each accessor returns a usable value even when it records a problem (the
/// default, or the bound it violated), so reading goes on to the end.
struct ScenarioReader {
    private(set) var problems: [ScenarioProblem] = []

    /// A mapping node whose keys were checked against the allowed ones.
    struct Fields {
        let path: String
        let mark: Mark?
        let values: [String: Node]
        func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    }

    mutating func report(_ mark: Mark?, _ path: String, _ message: String) {
        problems.append(ScenarioProblem(line: mark?.line ?? 0, column: mark?.column ?? 0, keyPath: path, message: message))
    }

    /// Reads a mapping, reporting unknown keys (with a did-you-mean) and duplicates.
    mutating func fields(_ node: Node?, path: String, keys allowed: [String]) -> Fields {
        guard let node else { return Fields(path: path, mark: nil, values: [:]) }
        guard case .mapping(let mapping) = node else {
            report(node.mark, path, "expected a mapping of keys (\(allowed.joined(separator: ", "))), found \(Self.describe(node))")
            return Fields(path: path, mark: node.mark, values: [:])
        }
        var values: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                report(keyNode.mark, path, "keys must be plain words, found \(Self.describe(keyNode))")
                continue
            }
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            if !allowed.contains(key) {
                var message = "unknown key '\(key)'"
                if let guess = Suggestion.closest(to: key, in: allowed) { message += " (did you mean '\(guess)'?)" }
                report(keyNode.mark, keyPath, message + "; allowed here: \(allowed.joined(separator: ", "))")
            } else if values[key] != nil {
                report(keyNode.mark, keyPath, "key appears twice")
            } else {
                values[key] = value
            }
        }
        return Fields(path: path, mark: node.mark, values: values)
    }

    mutating func string(_ f: Fields, _ key: String, default fallback: String? = nil) -> String {
        guard let node = f.values[key] else { return required(f, key, fallback) ?? "" }
        guard let s = node.scalar?.string, !s.isEmpty else {
            report(node.mark, f.child(key), "expected a non-empty string, found \(Self.describe(node))")
            return fallback ?? ""
        }
        return s
    }

    mutating func int(_ f: Fields, _ key: String, default fallback: Int? = nil, in range: ClosedRange<Int>) -> Int {
        guard let node = f.values[key] else { return required(f, key, fallback) ?? range.lowerBound }
        guard node.scalar != nil, let v = node.int else {
            report(node.mark, f.child(key), "expected a whole number in \(range.lowerBound)...\(range.upperBound), found \(Self.describe(node))")
            return fallback ?? range.lowerBound
        }
        guard range.contains(v) else {
            report(node.mark, f.child(key), "expected a whole number in \(range.lowerBound)...\(range.upperBound), found \(v)")
            return min(max(v, range.lowerBound), range.upperBound)
        }
        return v
    }

    mutating func double(_ f: Fields, _ key: String, default fallback: Double? = nil, in range: ClosedRange<Double>) -> Double {
        guard let node = f.values[key] else { return required(f, key, fallback) ?? range.lowerBound }
        return number(node, path: f.child(key), in: range) ?? fallback ?? range.lowerBound
    }

    mutating func number(_ node: Node, path: String, in range: ClosedRange<Double>) -> Double? {
        guard node.scalar != nil, let v = node.float, v.isFinite else {
            report(node.mark, path, "expected a number in \(Self.format(range)), found \(Self.describe(node))")
            return nil
        }
        guard range.contains(v) else {
            report(node.mark, path, "expected a number in \(Self.format(range)), found \(node.scalar?.string ?? "")")
            return nil
        }
        return v
    }

    /// `{min: a, max: b}` with `bounds.lowerBound <= a <= b <= bounds.upperBound`.
    mutating func intRange(_ f: Fields, _ key: String, default fallback: ClosedRange<Int>, in bounds: ClosedRange<Int>) -> ClosedRange<Int> {
        guard f.values[key] != nil else { return fallback }
        let sub = fields(f.values[key], path: f.child(key), keys: ["min", "max"])
        let lo = int(sub, "min", in: bounds), hi = int(sub, "max", in: bounds)
        guard lo <= hi else {
            report(sub.mark, sub.path, "min (\(lo)) must not exceed max (\(hi))")
            return lo...lo
        }
        return lo...hi
    }

    /// A weighted choice over an enum: weights in 0...1 summing to 1; missing labels weigh 0.
    mutating func mix<K: CaseIterable & RawRepresentable & Hashable>(
        _ f: Fields, _ key: String, default fallback: Mix<K>
    ) -> Mix<K> where K.RawValue == String {
        guard let node = f.values[key] else { return fallback }
        let labels = K.allCases.map(\.rawValue)
        let sub = fields(node, path: f.child(key), keys: labels)
        var weights: [K: Double] = [:]
        var allRead = true
        for k in K.allCases {
            guard let v = sub.values[k.rawValue] else { continue }
            if let w = number(v, path: sub.child(k.rawValue), in: 0...1) { weights[k] = w } else { allRead = false }
        }
        guard allRead else { return fallback }
        let total = K.allCases.reduce(0.0) { $0 + (weights[$1] ?? 0) }
        guard abs(total - 1) <= 1e-6 else {
            report(sub.mark, sub.path, "weights must sum to 1, they sum to \(Self.trim(total))")
            return fallback
        }
        return Mix(weights)
    }

    /// An instant written as `YYYY-MM-DDTHH:MM:SSZ` (UTC only), as microseconds since 1970.
    mutating func instant(_ f: Fields, _ key: String) -> Int64 {
        guard let node = f.values[key] else { _ = required(f, key, Optional<Int>.none); return 0 }
        guard let text = node.scalar?.string, let micros = UTCInstant.parse(text) else {
            report(node.mark, f.child(key), "expected a UTC instant like 2026-11-01T00:00:00Z, found \(Self.describe(node))")
            return 0
        }
        return micros
    }

    private mutating func required<T>(_ f: Fields, _ key: String, _ fallback: T?) -> T? {
        if fallback == nil { report(f.mark, f.child(key), "required key is missing") }
        return fallback
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s):
            let text = s.string.count > 40 ? String(s.string.prefix(40)) + "…" : s.string
            return "\"\(text)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    static func format(_ r: ClosedRange<Double>) -> String { "\(trim(r.lowerBound))...\(trim(r.upperBound))" }

    static func trim(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
