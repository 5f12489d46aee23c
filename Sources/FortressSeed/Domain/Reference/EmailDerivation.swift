/// How the local part of a generated email address is built from a person's names.
///
/// Examples are for given name "Ana Paula", family name "Lima", number 87.
public enum EmailPattern: Int, CaseIterable, Sendable {
    /// `anapaula.lima`
    case firstDotLast
    /// `anapaulalima`
    case firstLast
    /// `a.lima`
    case initialDotLast
    /// `anapaula_lima`
    case firstUnderscoreLast
    /// `anapaula.lima87`
    case firstDotLastNumber
    /// `alima`
    case initialLast
    /// `anapaula87`
    case firstNumber
    /// `lima.anapaula`
    case lastDotFirst

    /// Whether the pattern appends the caller's number.
    public var usesNumber: Bool {
        self == .firstDotLastNumber || self == .firstNumber
    }
}

/// Email addresses for synthetic people: deterministic local parts on reserved domains only.
///
/// Every address this module proposes lives under a domain reserved by RFC 2606 (or the
/// special-use `.test` / `.example` TLDs), so generated data can never mail a real person:
///
/// ```swift
/// let local = EmailDerivation.localPart(given: "João Pedro", family: "Conceição",
///                                       pattern: .firstDotLastNumber, number: 7)
/// // "joaopedro.conceicao7"
/// let email = EmailDerivation.address(localPart: local, domain: "example.com")
/// ```
///
/// Uniqueness is the caller's job (for example a number suffix derived from the row index).
public enum EmailDerivation {
    /// The domains generated addresses may use, with relative weights. Only these.
    public static let domains: WeightedTable<String> = [
        ("example.com", 0.40),
        ("example.org", 0.15),
        ("example.net", 0.15),
        ("mail.example", 0.15),
        ("fortress.test", 0.15),
    ]

    /// How often people pick each pattern, in `EmailPattern.allCases` order.
    public static let patternWeights: WeightedTable<EmailPattern> = [
        (.firstDotLast, 0.30),
        (.firstLast, 0.15),
        (.initialDotLast, 0.08),
        (.firstUnderscoreLast, 0.07),
        (.firstDotLastNumber, 0.20),
        (.initialLast, 0.05),
        (.firstNumber, 0.10),
        (.lastDotFirst, 0.05),
    ]

    /// RFC 5321's limit on the local part, in octets.
    public static let maxLocalPartLength = 64

    /// The local part for `pattern`, from `given` and `family` folded to lowercase ASCII.
    ///
    /// Pass the surname that should appear (Brazilians usually show their last one:
    /// "Ana Paula Souza Lima" → "anapaula.lima"). A name that folds to nothing is replaced
    /// by the other one, and both by "user". `number` (>= 0) is used only by patterns whose
    /// `usesNumber` is true. The name part is cut so the whole stays within 64 octets.
    public static func localPart(given: String, family: String, pattern: EmailPattern, number: Int = 0) -> String {
        precondition(number >= 0, "email number suffix must be non-negative")
        var first: [UInt8] = []
        var last: [UInt8] = []
        appendASCIIFold(of: given, to: &first)
        appendASCIIFold(of: family, to: &last)
        if first.isEmpty { first = last }
        if last.isEmpty { last = first }
        if first.isEmpty {
            first = Array("user".utf8)
            last = first
        }
        let dot = UInt8(ascii: "."), underscore = UInt8(ascii: "_")

        var body: [UInt8] = []
        body.reserveCapacity(first.count + last.count + 1)
        switch pattern {
        case .firstDotLast, .firstDotLastNumber: body += first; body.append(dot); body += last
        case .firstLast: body += first; body += last
        case .initialDotLast: body.append(first[0]); body.append(dot); body += last
        case .firstUnderscoreLast: body += first; body.append(underscore); body += last
        case .initialLast: body.append(first[0]); body += last
        case .firstNumber: body += first
        case .lastDotFirst: body += last; body.append(dot); body += first
        }

        let suffix = pattern.usesNumber ? decimalDigits(number) : []
        let room = maxLocalPartLength - suffix.count
        if body.count > room { body.removeLast(body.count - room) }
        while let tail = body.last, tail == dot || tail == underscore { body.removeLast() }
        return String(decoding: body + suffix, as: UTF8.self)
    }

    /// `localPart(given:family:pattern:number:)` with the pattern chosen by `variant`
    /// modulo the number of patterns (any integer, negative included).
    public static func localPart(given: String, family: String, variant: Int, number: Int = 0) -> String {
        let count = EmailPattern.allCases.count
        let index = ((variant % count) + count) % count
        return localPart(given: given, family: family, pattern: EmailPattern.allCases[index], number: number)
    }

    /// `localPart@domain`.
    public static func address(localPart: String, domain: String) -> String {
        localPart + "@" + domain
    }

    /// Whether the domain of `email` (the text after its last "@", or all of it when there
    /// is no "@") is reserved for documentation and testing, so nobody can receive mail there.
    ///
    /// Accepted: `example.com`, `example.net`, `example.org` and their subdomains (RFC 2606
    /// §3), and any name under the `.test`, `.example`, `.invalid` or `.localhost` TLDs
    /// (RFC 2606 §2). Case-insensitive. Rejected: an empty local part before "@", empty
    /// labels (`a..example.com`, trailing dot), characters other than ASCII letters,
    /// digits and "-", and look-alikes such as `example.com.br` or `notexample.com`.
    public static func isReservedDomain(_ email: String) -> Bool {
        let bytes = Array(email.utf8)
        var start = 0
        if let at = bytes.lastIndex(of: UInt8(ascii: "@")) {
            if at == 0 { return false }
            start = at + 1
        }
        var labels: [[UInt8]] = [[]]
        for byte in bytes[start...] {
            switch byte {
            case UInt8(ascii: "."): labels.append([])
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                labels[labels.count - 1].append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                labels[labels.count - 1].append(byte + 0x20)
            default:
                return false
            }
        }
        if labels.contains(where: \.isEmpty) { return false }
        let tld = String(decoding: labels[labels.count - 1], as: UTF8.self)
        switch tld {
        case "test", "example", "invalid", "localhost":
            return true
        case "com", "net", "org":
            return labels.count >= 2 && labels[labels.count - 2] == Array("example".utf8)
        default:
            return false
        }
    }

    /// The decimal digits of a non-negative integer.
    static func decimalDigits(_ value: Int) -> [UInt8] {
        var digits: [UInt8] = []
        var rest = value
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        digits.reverse()
        return digits
    }
}
