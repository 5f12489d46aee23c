/// One of Brazil's five macro-regions (IBGE).
public enum BrazilRegion: String, CaseIterable, Sendable {
    case north = "Norte"
    case northeast = "Nordeste"
    case centerWest = "Centro-Oeste"
    case southeast = "Sudeste"
    case south = "Sul"
}

/// A federative unit: one of the 26 states or the Federal District.
public struct BrazilState: Sendable, Hashable {
    /// Two-letter code, e.g. "SP".
    public let uf: String
    /// Name with accents, e.g. "São Paulo".
    public let name: String
    /// Name of the capital; it is also in `BrazilGeography.cities`.
    public let capital: String
    public let region: BrazilRegion
    /// Residents, 2022-census-like.
    public let population: Int
    /// The state's CEPs as 8-digit integers (01000000 is "01000-000"); aligned to whole
    /// 5-digit prefixes and disjoint from every other state's.
    public let cepRanges: [ClosedRange<Int>]
    /// Ninth digit of CPFs issued in this state's fiscal region (8 for SP, 0 for RS, ...).
    public let cpfFiscalRegion: Int

    /// `population` as a sampling weight.
    public var weight: Double { Double(population) }
}

/// A city with its telephone area code and CEP ranges.
public struct BrazilCity: Sendable, Hashable {
    /// Name with accents, e.g. "Florianópolis".
    public let name: String
    /// The state's two-letter code.
    public let uf: String
    /// Residents, 2022-census-like.
    public let population: Int
    /// The city's (main) DDD area code.
    public let ddd: Int
    /// The city's CEPs as 8-digit integers, aligned to whole 5-digit prefixes, inside its
    /// state's ranges.
    public let cepRanges: [ClosedRange<Int>]
    /// Whether the city is its state's capital.
    public let isCapital: Bool

    /// `population` as a sampling weight.
    public var weight: Double { Double(population) }
}

/// A DDD (long-distance area code) with the state it belongs to.
public struct BrazilAreaCode: Sendable, Hashable {
    /// Two digits, 11...99.
    public let ddd: Int
    /// The state's two-letter code (61 is DF; its Goiás surroundings are counted in GO).
    public let uf: String
    /// Largest city of the area.
    public let mainCity: String
    /// Estimated residents of the area; the codes of a state add up to its population.
    public let population: Int

    /// `population` as a sampling weight.
    public var weight: Double { Double(population) }
}

/// Brazilian states, cities, area codes, CEPs, phone numbers and street names.
///
/// All tables are fixed data in a fixed order; the functions are pure. Sample states or
/// cities by `weight`, then draw a CEP with `cep(at:in:)` from an offset below
/// `cepCount(in:)`, and a phone number from the city's `ddd`. The city table covers every
/// state and every DDD but only about 40% of the population, so drawing cities by
/// population favours large cities, as a fintech's customer base does.
public enum BrazilGeography {
    /// CEP suffixes 900...999 are reserved for PO boxes, promotional codes and Correios
    /// units; street addresses use 000...899.
    public static let streetCEPSuffixCount = 900

    /// Mobile subscriber numbers (the 8 digits after the leading 9) as they are commonly
    /// seen: the pre-2012 mobile block, starting with 6, 7, 8 or 9.
    public static let typicalMobileSubscribers: ClosedRange<Int> = 60_000_000...99_999_999

    /// The state with the two-letter code `uf`, or nil.
    public static func state(uf: String) -> BrazilState? {
        states.first { $0.uf == uf }
    }

    /// Whether `ddd` is an area code in use. O(1).
    public static func isValidDDD(_ ddd: Int) -> Bool {
        (0..<100).contains(ddd) && dddInUse[ddd]
    }

    /// `dddInUse[n]` is true when n is in `areaCodes`; checked per generated phone number.
    static let dddInUse: [Bool] = {
        var table = [Bool](repeating: false, count: 100)
        for code in areaCodes { table[code.ddd] = true }
        return table
    }()

    /// Number of street CEPs (suffix 000...899) in `ranges`.
    ///
    /// The ranges must be aligned to whole 5-digit prefixes, as all ranges in these tables are.
    public static func cepCount(in ranges: [ClosedRange<Int>]) -> Int {
        var count = 0
        for range in ranges {
            count += (range.upperBound / 1000 - range.lowerBound / 1000 + 1) * streetCEPSuffixCount
        }
        return count
    }

    /// The `offset`-th street CEP of `ranges` (0 ≤ offset < `cepCount(in:)`), as an 8-digit integer.
    ///
    /// A bijection between offsets and CEPs whose suffix is 000...899: draw a uniform
    /// offset to get a uniform CEP.
    public static func cep(at offset: Int, in ranges: [ClosedRange<Int>]) -> Int {
        precondition(offset >= 0, "CEP offset must be non-negative")
        var rest = offset
        for range in ranges {
            let prefixes = range.upperBound / 1000 - range.lowerBound / 1000 + 1
            let count = prefixes * streetCEPSuffixCount
            if rest < count {
                let prefix = range.lowerBound / 1000 + rest / streetCEPSuffixCount
                return prefix * 1000 + rest % streetCEPSuffixCount
            }
            rest -= count
        }
        preconditionFailure("CEP offset \(offset) is past the end of the ranges")
    }

    /// "01310-100" for 1310100: eight digits, zero-padded, hyphen before the last three.
    public static func formatCEP(_ cep: Int) -> String {
        precondition((0...99_999_999).contains(cep), "a CEP has 8 digits")
        var bytes = [UInt8](repeating: UInt8(ascii: "0"), count: 9)
        bytes[5] = UInt8(ascii: "-")
        writeDigits(cep / 1000, into: &bytes, from: 0, count: 5)
        writeDigits(cep % 1000, into: &bytes, from: 6, count: 3)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// "+5511987654321": +55, the DDD, then the nine-digit mobile number 9 + `subscriber`.
    ///
    /// `subscriber` is the 8 digits after the leading 9 (0...99_999_999, zero-padded);
    /// draw it from `typicalMobileSubscribers` for realistic numbers. The result is 14
    /// characters: "+" and 13 digits.
    public static func formatE164Mobile(ddd: Int, subscriber: Int) -> String {
        precondition(isValidDDD(ddd), "not a Brazilian DDD: \(ddd)")
        precondition((0...99_999_999).contains(subscriber), "a mobile subscriber number has 8 digits")
        var bytes = [UInt8](repeating: UInt8(ascii: "0"), count: 14)
        bytes[0] = UInt8(ascii: "+")
        bytes[1] = UInt8(ascii: "5")
        bytes[2] = UInt8(ascii: "5")
        writeDigits(ddd, into: &bytes, from: 3, count: 2)
        bytes[5] = UInt8(ascii: "9")
        writeDigits(subscriber, into: &bytes, from: 6, count: 8)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// "(11) 98765-4321": the national display form of the same number as `formatE164Mobile`.
    public static func formatNationalMobile(ddd: Int, subscriber: Int) -> String {
        precondition(isValidDDD(ddd), "not a Brazilian DDD: \(ddd)")
        precondition((0...99_999_999).contains(subscriber), "a mobile subscriber number has 8 digits")
        var bytes = Array("(00) 90000-0000".utf8)
        writeDigits(ddd, into: &bytes, from: 1, count: 2)
        writeDigits(subscriber / 10_000, into: &bytes, from: 6, count: 4)
        writeDigits(subscriber % 10_000, into: &bytes, from: 11, count: 4)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `value` as `count` zero-padded decimal digits at `bytes[start...]`.
    static func writeDigits(_ value: Int, into bytes: inout [UInt8], from start: Int, count: Int) {
        var rest = value
        for position in stride(from: start + count - 1, through: start, by: -1) {
            bytes[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }
}
