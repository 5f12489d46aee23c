/// A kind of product ("Arroz Tipo 1") before brand and size: the template catalog rows
/// are made from.
///
/// A product is a kind plus an optional variant ("Morango"), a brand (nil for unbranded
/// goods such as produce and store-cut meat) and one of the kind's `offers`; its name is
/// `GroceryCatalog.productName(kind:variant:brand:size:)` and its price
/// `GroceryPricing.shelfPriceCents(baseCents:tier:ending:)` of the offer's base price.
public struct GroceryProductKind: Sendable {
    /// pt_BR name without brand or size, unique across the catalog, e.g. "Feijão Carioca".
    public let name: String
    public let department: GroceryDepartment
    /// One of `department.subcategories`.
    public let subcategory: String
    /// 8-digit NCM code (Mercosul Common Nomenclature), e.g. 1006_30_21; its heading
    /// (`ncm / 10_000`) is one of `department.ncmHeadings`. Print with `GroceryCodes.formatNCM`.
    public let ncm: Int
    /// Package sizes with their standard-brand prices, most common first; labels unique.
    public let offers: [PackageOffer]
    /// Relative sales popularity within the department (best sellers are larger).
    public let popularity: Double
    /// Whether products of this kind carry a brand; false for produce, bread baked in store
    /// and cuts from the butcher's counter (`products.brand` is then NULL).
    public let isBranded: Bool
    /// Needs cold chain or sells within weeks; `attributes.perishable`.
    public let isPerishable: Bool
    public let storage: StorageTemperature
    /// Typical shelf life from production, in days; inside `department.shelfLifeDays`.
    public let shelfLifeDays: ClosedRange<Int>
    /// Flavours, fragrances or cuts offered ("Morango", "Chocolate"); empty when the kind
    /// has only one. Each variant is a separate product with the same price.
    public let variants: [String]
    /// Months of the year the kind is stocked; nil when sold all year.
    public let season: SeasonWindow?

    /// `offers` with rank weights n, n−1, ..., 1: the first size is the most common.
    public var weightedOffers: WeightedTable<PackageOffer> {
        offers.enumerated().map { (value: $0.element, weight: Double(offers.count - $0.offset)) }
    }

    /// Whether the kind is stocked in `month` (1...12): always when it has no season.
    public func isAvailable(inMonth month: Int) -> Bool {
        season?.months.contains(month) ?? true
    }
}

/// One size a kind is sold in, with its standard-brand price.
public struct PackageOffer: Sendable, Hashable {
    public let size: PackageSize
    /// Price of one unit of sale for a standard-tier brand, in centavos: the package, or one
    /// kilogram / litre when `size.isSoldByMeasure`. Before brand factor and price ending.
    public let basePriceCents: Int64
}

/// How a product is counted at the till: `attributes.unit`.
public enum SaleUnit: String, CaseIterable, Sendable {
    /// Per package or piece.
    case unit = "un"
    /// Weighed at the till or the counter, priced per kilogram.
    case kilogram = "kg"
    /// Dispensed by volume, priced per litre.
    case liter = "L"
}

/// The dimension a package's content is measured in.
public enum PackageMeasure: String, CaseIterable, Sendable {
    case grams = "g"
    case milliliters = "ml"
    case units = "un"
}

/// A package size parsed from its label, as written on Brazilian shelves.
///
/// Labels: `"500g"`, `"5kg"`, `"2,5kg"`, `"350ml"`, `"1L"`, `"1,5L"`, `"30un"`, a
/// multipack `"12x350ml"` / `"6x1L"`, a single piece `"un"`, or goods sold by measure:
/// `"kg"` (weighed, price per kilogram) and `"L"` (dispensed, price per litre).
/// Amounts are whole grams, millilitres or units: `"1,5g"` is rejected.
public struct PackageSize: Sendable, Hashable {
    /// The label as given, used verbatim in product names.
    public let label: String
    /// Items in a multipack (12 in "12x350ml"); 1 otherwise.
    public let packCount: Int
    /// Content of one item in `measure` units (350 in "12x350ml"; 1000 for "kg").
    public let amountPerItem: Int
    public let measure: PackageMeasure
    public let saleUnit: SaleUnit

    /// Total content, `packCount × amountPerItem` (4200 ml for "12x350ml"); per kilogram or
    /// litre for goods sold by measure.
    public var netAmount: Int { packCount * amountPerItem }
    /// Whether the price is per kilogram or litre rather than per package.
    public var isSoldByMeasure: Bool { saleUnit != .unit }

    /// Parses `label`; nil when it does not follow the grammar above.
    public init?(label: String) {
        self.label = label
        if label == "kg" || label == "L" {
            packCount = 1
            amountPerItem = 1_000
            measure = label == "kg" ? .grams : .milliliters
            saleUnit = label == "kg" ? .kilogram : .liter
            return
        }
        saleUnit = .unit
        var text = Substring(label)
        var count = 1
        if let x = text.firstIndex(of: "x") {
            guard let parsed = Self.wholeNumber(text[..<x]), parsed >= 2 else { return nil }
            count = parsed
            text = text[text.index(after: x)...]
        }
        packCount = count
        let units: [(suffix: String, measure: PackageMeasure, scale: Int)] = [
            ("kg", .grams, 1_000), ("ml", .milliliters, 1), ("un", .units, 1), ("g", .grams, 1),
            ("L", .milliliters, 1_000),
        ]
        guard let unit = units.first(where: { text.hasSuffix($0.suffix) }) else { return nil }
        measure = unit.measure
        let number = text.dropLast(unit.suffix.count)
        if number.isEmpty {
            guard unit.measure == .units, count == 1 else { return nil }
            amountPerItem = 1
            return
        }
        guard let amount = Self.decimal(number, scale: unit.scale), amount > 0 else { return nil }
        amountPerItem = amount
    }

    /// Digits only, without leading zeros, at most 6 of them.
    static func wholeNumber(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 6, text.first != "0" else { return nil }
        var value = 0
        for character in text {
            guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// "1,5" × 1000 → 1500; a comma is allowed only when the result stays whole.
    static func decimal(_ text: Substring, scale: Int) -> Int? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = wholeNumber(parts[0]) else { return nil }
        guard parts.count == 2 else { return whole * scale }
        var fraction = 0
        var divisor = 1
        for character in parts[1] {
            guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
            fraction = fraction * 10 + digit
            divisor *= 10
        }
        guard !parts[1].isEmpty, parts[1].last != "0", (fraction * scale) % divisor == 0 else { return nil }
        return whole * scale + fraction * scale / divisor
    }
}

/// A festive or climatic season that drives sales.
public enum SeasonalOccasion: String, CaseIterable, Sendable {
    case natal
    case pascoa
    case festaJunina = "festa-junina"
    case verao
    case inverno

    /// pt_BR name, e.g. "Festa Junina".
    public var displayName: String {
        switch self {
        case .natal: "Natal e Réveillon"
        case .pascoa: "Páscoa"
        case .festaJunina: "Festa Junina"
        case .verao: "Verão"
        case .inverno: "Inverno"
        }
    }
}

/// The months a seasonal kind is stocked, with the occasion that explains them.
///
/// Easter moves between 22 March and 25 April, so Easter goods cover March and April.
/// The inventory "seasonal" scenario stocks such kinds in these months and leaves them
/// empty (or on clearance) otherwise.
public struct SeasonWindow: Sendable, Hashable {
    public let occasion: SeasonalOccasion
    /// Months 1...12 in calendar order of the season (December before January for summer).
    public let months: [Int]
    /// The month of peak sales; one of `months`.
    public let peakMonth: Int

    public init(_ occasion: SeasonalOccasion, months: [Int], peak: Int) {
        precondition(!months.isEmpty && months.allSatisfy { (1...12).contains($0) }, "months are 1...12")
        precondition(months.contains(peak), "the peak month is in the season")
        self.occasion = occasion
        self.months = months
        self.peakMonth = peak
    }
}
