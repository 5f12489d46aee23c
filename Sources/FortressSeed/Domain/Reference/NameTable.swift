/// A weighted list: each value with a positive relative frequency.
///
/// Weights need not sum to 1; build an alias table over them. Order is part of the
/// contract (an alias table built from the same list in the same order gives the same
/// draws), so edit a table only together with a generator version bump.
public typealias WeightedTable<Value> = [(value: Value, weight: Double)]

/// The naming conventions a person can be generated in.
public enum NameLocale: String, CaseIterable, Sendable {
    /// Brazilian Portuguese: compound given names, one or two surnames, particles ("da Silva").
    case ptBR = "pt_BR"
    /// United States English: one given name and one surname, rare hyphenated surnames.
    case enUS = "en_US"
    /// Spanish / Latin American: compound given names, paternal and maternal surname.
    case es = "es"

    /// The name frequencies of this locale.
    public var names: NameTable {
        switch self {
        case .ptBR: NameTables.ptBR
        case .enUS: NameTables.enUS
        case .es: NameTables.es
        }
    }
}

/// First names and surnames of one locale, with frequency weights and composition shares.
///
/// A full name is built by the caller from independent draws:
///
/// 1. Given name: with probability `compoundGivenNameShare`, draw from `femaleCompounds` /
///    `maleCompounds` ("Ana Paula", "João Pedro"); otherwise from `female` / `male`.
/// 2. Family name: one draw from `surnames`; with probability `secondSurnameShare` a second,
///    different draw, joined with `surnameSeparator` ("Souza Lima", "García López",
///    "Smith-Jones").
/// 3. Optionally (pt_BR), with probability `particleShare`, put `particle(for:)` before the
///    last surname when it has one ("Maria José da Silva").
///
/// Names keep their accents (Antônio, José, Conceição); fold them only where ASCII is
/// required (see `EmailDerivation.asciiFold(_:)`).
public struct NameTable: Sendable {
    /// The locale these names belong to.
    public let locale: NameLocale
    /// Single female given names, most frequent first.
    public let female: WeightedTable<String>
    /// Single male given names, most frequent first.
    public let male: WeightedTable<String>
    /// Frequent two-word female given names ("Maria Eduarda"); drawn as one unit.
    public let femaleCompounds: WeightedTable<String>
    /// Frequent two-word male given names ("João Pedro"); drawn as one unit.
    public let maleCompounds: WeightedTable<String>
    /// Surnames, most frequent first.
    public let surnames: WeightedTable<String>
    /// Share of people (0...1) whose given name is a compound one.
    public let compoundGivenNameShare: Double
    /// Share of people (0...1) who carry two surnames.
    public let secondSurnameShare: Double
    /// Joins two surnames: a space in pt_BR and es, a hyphen in en_US.
    public let surnameSeparator: String
    /// Share of people (0...1) whose last surname is preceded by its particle, when it has one.
    public let particleShare: Double
    /// Surnames that customarily take a particle ("da" Silva, "dos" Santos, "de" Oliveira).
    public let surnameParticles: [(surname: String, particle: String)]

    public init(
        locale: NameLocale,
        female: WeightedTable<String>,
        male: WeightedTable<String>,
        femaleCompounds: WeightedTable<String>,
        maleCompounds: WeightedTable<String>,
        surnames: WeightedTable<String>,
        compoundGivenNameShare: Double,
        secondSurnameShare: Double,
        surnameSeparator: String,
        particleShare: Double = 0,
        surnameParticles: [(surname: String, particle: String)] = []
    ) {
        self.locale = locale
        self.female = female
        self.male = male
        self.femaleCompounds = femaleCompounds
        self.maleCompounds = maleCompounds
        self.surnames = surnames
        self.compoundGivenNameShare = compoundGivenNameShare
        self.secondSurnameShare = secondSurnameShare
        self.surnameSeparator = surnameSeparator
        self.particleShare = particleShare
        self.surnameParticles = surnameParticles
    }

    /// The particle customarily written before `surname` ("da" for Silva), or nil.
    ///
    /// - Complexity: O(n) in `surnameParticles` (a few dozen entries); precompute per
    ///   surname index if called per row.
    public func particle(for surname: String) -> String? {
        for entry in surnameParticles where entry.surname == surname {
            return entry.particle
        }
        return nil
    }

    /// Joins given name, surnames and optional particle the way this locale writes them.
    ///
    /// `fullName(given: "Maria José", surnames: ["Souza", "Silva"], particle: "da")` is
    /// "Maria José Souza da Silva"; with the en_US table, `["Smith", "Jones"]` becomes
    /// "Smith-Jones".
    public func fullName(given: String, surnames: [String], particle: String? = nil) -> String {
        var family = ""
        for (index, surname) in surnames.enumerated() {
            if index > 0 { family += surnameSeparator }
            // A hyphenated pair ("Smith-Jones") takes no particle in the middle.
            if index == surnames.count - 1, let particle, index == 0 || surnameSeparator == " " {
                family += particle + " "
            }
            family += surname
        }
        return family.isEmpty ? given : given + " " + family
    }
}

/// The built-in name tables, one per `NameLocale`.
public enum NameTables {
    /// Every table, in `NameLocale.allCases` order.
    public static var all: [NameTable] { NameLocale.allCases.map(\.names) }
}
