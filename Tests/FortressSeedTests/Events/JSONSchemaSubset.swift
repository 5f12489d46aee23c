import Foundation

/// A validator for the subset of JSON Schema (draft 2020-12) that `Sources/FortressSeed/Domain/Events/Schemas/` uses:
/// `type` (one name), `const`, `enum`, `required`, `properties`,
/// `additionalProperties: false`, `pattern`, `minimum`, `anyOf`, and `$ref` to `#/$defs/NAME`.
///
/// Any other keyword makes validation fail loudly (`unsupported`), so a schema
/// cannot silently use something this validator ignores. `format` and
/// annotations (`description`, `title`, `$id`, `$schema`) are ignored.
struct JSONSchemaSubset {
    let root: [String: Any]

    init(file: URL) throws {
        let data = try Data(contentsOf: file)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Problem(path: file.lastPathComponent, message: "a schema must be an object")
        }
        root = object
    }

    struct Problem: Error, CustomStringConvertible {
        let path: String
        let message: String
        var description: String { "\(path.isEmpty ? "$" : path): \(message)" }
    }

    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "format", "$defs"]
    static let supported: Set<String> = ["type", "const", "enum", "required", "properties", "additionalProperties", "pattern", "minimum", "anyOf", "$ref"]

    /// Every problem of `value` against the root schema (empty when valid).
    func validate(_ value: Any) -> [Problem] {
        var problems: [Problem] = []
        check(value, against: root, path: "", into: &problems)
        return problems
    }

    private func check(_ value: Any, against schema: [String: Any], path: String, into problems: inout [Problem]) {
        for key in schema.keys where !Self.supported.contains(key) && !Self.annotations.contains(key) {
            problems.append(Problem(path: path, message: "unsupported keyword \(key)"))
        }
        if let ref = schema["$ref"] as? String {
            guard ref.hasPrefix("#/$defs/"), let defs = root["$defs"] as? [String: Any],
                  let target = defs[String(ref.dropFirst("#/$defs/".count))] as? [String: Any]
            else {
                problems.append(Problem(path: path, message: "unresolvable $ref \(ref)"))
                return
            }
            check(value, against: target, path: path, into: &problems)
        }
        if let type = schema["type"] as? String, !Self.has(value, type: type) {
            problems.append(Problem(path: path, message: "expected \(type), found \(Self.describe(value))"))
            return
        }
        if let constant = schema["const"], !Self.equal(value, constant) {
            problems.append(Problem(path: path, message: "expected \(constant), found \(value)"))
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
            problems.append(Problem(path: path, message: "\(value) is not one of \(options)"))
        }
        if let anyOf = schema["anyOf"] as? [[String: Any]] {
            let matches = anyOf.contains { option in
                var sub: [Problem] = []
                check(value, against: option, path: path, into: &sub)
                return sub.isEmpty
            }
            if !matches { problems.append(Problem(path: path, message: "matches no anyOf option: \(value)")) }
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String {
            if text.range(of: pattern, options: .regularExpression) == nil {
                problems.append(Problem(path: path, message: "\"\(text)\" does not match \(pattern)"))
            }
        }
        if let minimum = schema["minimum"] as? NSNumber, let number = value as? NSNumber, !(value is Bool) {
            if number.decimalValue < minimum.decimalValue { problems.append(Problem(path: path, message: "\(number) < \(minimum)")) }
        }
        guard let object = value as? [String: Any] else { return }
        for key in schema["required"] as? [String] ?? [] where object[key] == nil {
            problems.append(Problem(path: path, message: "missing required \(key)"))
        }
        let properties = schema["properties"] as? [String: Any] ?? [:]
        for (key, child) in object {
            if let sub = properties[key] as? [String: Any] {
                check(child, against: sub, path: path + "." + key, into: &problems)
            } else if schema["additionalProperties"] as? Bool == false {
                problems.append(Problem(path: path, message: "unexpected property \(key)"))
            }
        }
    }

    static func has(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "null": return value is NSNull
        case "boolean": return isBool(value)
        case "number": return value is NSNumber && !isBool(value)
        case "integer":
            guard let n = value as? NSNumber, !isBool(value) else { return false }
            return n.decimalValue == Decimal(n.int64Value)
        default: return false
        }
    }

    static func isBool(_ value: Any) -> Bool {
        // JSONSerialization boxes true/false as __NSCFBoolean on Linux and Darwin alike.
        value is NSNumber && String(describing: type(of: value)).contains("Boolean")
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        switch (a, b) {
        case (let x as String, let y as String): x == y
        case (let x as NSNumber, let y as NSNumber): isBool(x) == isBool(y) && x == y
        case (is NSNull, is NSNull): true
        default: false
        }
    }

    static func describe(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if isBool(value) { return "boolean" }
        if value is NSNumber { return "number" }
        if value is String { return "string" }
        if value is [Any] { return "array" }
        return "object"
    }
}
