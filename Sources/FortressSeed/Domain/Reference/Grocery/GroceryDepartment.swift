/// A supermarket department ("seção"), the top level of the global product taxonomy.
///
/// Raw values are pt_BR slugs (ASCII, lowercase, hyphenated) fit for `categories.slug`
/// or a CLI flag; `displayName` is what a shopper reads. Each department carries the
/// defaults its product kinds inherit (storage, perishability, shelf life) and the
/// envelopes they must stay within (price range, NCM headings, subcategories); a test
/// checks every kind in `GroceryCatalog` against them.
///
/// The global catalog resolves the spec's gap that `products.category_id` points at
/// per-tenant `categories` while products have no tenant: departments and their
/// `subcategories` become the `tenant_id IS NULL` rows (see README, decision 4).
public enum GroceryDepartment: String, CaseIterable, Sendable {
    case hortifruti
    case padaria
    case acougue
    case peixaria
    case friosLaticinios = "frios-laticinios"
    case mercearia
    case docesSnacks = "doces-snacks"
    case bebidas
    case bebidasAlcoolicas = "bebidas-alcoolicas"
    case congelados
    case limpeza
    case higieneBeleza = "higiene-beleza"
    case bebe
    case pet
    case utilidades

    /// Position in `allCases` (0...14), for per-department arrays and alias tables.
    public var ordinal: Int {
        switch self {
        case .hortifruti: 0
        case .padaria: 1
        case .acougue: 2
        case .peixaria: 3
        case .friosLaticinios: 4
        case .mercearia: 5
        case .docesSnacks: 6
        case .bebidas: 7
        case .bebidasAlcoolicas: 8
        case .congelados: 9
        case .limpeza: 10
        case .higieneBeleza: 11
        case .bebe: 12
        case .pet: 13
        case .utilidades: 14
        }
    }

    /// The department's fixed figures; every property below reads from it.
    public var profile: GroceryDepartmentProfile { Self.profiles[ordinal] }

    /// One profile per department, in `allCases` order, built once.
    static let profiles: [GroceryDepartmentProfile] = allCases.map(\.makeProfile)

    private var makeProfile: GroceryDepartmentProfile {
        switch self {
        case .hortifruti: GroceryDepartmentProfile(
            displayName: "Hortifrúti", skuCode: "HRT", weight: 6, storeBrandShare: 0.04,
            price: PriceSpread(minCents: 249, medianCents: 899, maxCents: 3_999),
            isPerishable: true, storage: .ambient, shelfLifeDays: 3...45,
            ncmHeadings: [0407, 0701, 0702, 0703, 0705, 0706, 0709, 0714, 0802, 0803, 0804, 0805, 0806, 0807, 0808,
                          0810],
            subcategories: ["Frutas", "Legumes e Tubérculos", "Verduras e Temperos", "Ovos"])
        case .padaria: GroceryDepartmentProfile(
            displayName: "Padaria", skuCode: "PAD", weight: 4, storeBrandShare: 0.10,
            price: PriceSpread(minCents: 399, medianCents: 899, maxCents: 6_999),
            isPerishable: true, storage: .ambient, shelfLifeDays: 1...240,
            ncmHeadings: [1905],
            subcategories: ["Pães Frescos", "Pães Industrializados", "Bolos e Tortas", "Salgados", "Confeitaria",
                            "Datas Festivas"])
        case .acougue: GroceryDepartmentProfile(
            displayName: "Açougue", skuCode: "ACO", weight: 4, storeBrandShare: 0.05,
            price: PriceSpread(minCents: 899, medianCents: 2_999, maxCents: 14_999),
            isPerishable: true, storage: .chilled, shelfLifeDays: 1...365,
            ncmHeadings: [0201, 0203, 0207, 0210, 1601],
            subcategories: ["Carne Bovina", "Aves", "Carne Suína", "Linguiças e Embutidos", "Datas Festivas"])
        case .peixaria: GroceryDepartmentProfile(
            displayName: "Peixaria", skuCode: "PEI", weight: 2, storeBrandShare: 0.05,
            price: PriceSpread(minCents: 1_499, medianCents: 4_599, maxCents: 19_999),
            isPerishable: true, storage: .chilled, shelfLifeDays: 2...365,
            ncmHeadings: [0302, 0304, 0305, 0306, 0307],
            subcategories: ["Peixes Frescos", "Peixes Congelados", "Frutos do Mar", "Bacalhau"])
        case .friosLaticinios: GroceryDepartmentProfile(
            displayName: "Frios e Laticínios", skuCode: "FRI", weight: 8, storeBrandShare: 0.08,
            price: PriceSpread(minCents: 199, medianCents: 1_199, maxCents: 14_999),
            isPerishable: true, storage: .chilled, shelfLifeDays: 10...180,
            ncmHeadings: [0401, 0403, 0405, 0406, 1517, 1601, 1602],
            subcategories: ["Leites e Cremes", "Iogurtes e Sobremesas", "Queijos", "Manteigas e Margarinas",
                            "Frios e Embutidos", "Datas Festivas"])
        case .mercearia: GroceryDepartmentProfile(
            displayName: "Mercearia", skuCode: "MER", weight: 18, storeBrandShare: 0.12,
            price: PriceSpread(minCents: 99, medianCents: 799, maxCents: 6_999),
            isPerishable: false, storage: .ambient, shelfLifeDays: 120...730,
            ncmHeadings: [0402, 0713, 0901, 1005, 1006, 1101, 1102, 1104, 1106, 1507, 1509, 1604, 1701, 1806,
                          1902, 1904, 2002, 2005, 2101, 2103, 2104, 2106, 2209, 2501],
            subcategories: ["Arroz e Feijão", "Massas", "Óleos e Azeites", "Açúcar e Adoçantes", "Café e Matinais",
                            "Farinhas e Grãos", "Molhos e Temperos", "Enlatados e Conservas", "Festa Junina"])
        case .docesSnacks: GroceryDepartmentProfile(
            displayName: "Biscoitos, Doces e Snacks", skuCode: "DOC", weight: 8, storeBrandShare: 0.06,
            price: PriceSpread(minCents: 99, medianCents: 749, maxCents: 14_999),
            isPerishable: false, storage: .ambient, shelfLifeDays: 90...540,
            ncmHeadings: [1005, 1704, 1806, 1901, 1904, 1905, 2005, 2007, 2008, 2106],
            subcategories: ["Biscoitos", "Chocolates", "Balas e Gomas", "Salgadinhos", "Sobremesas", "Páscoa",
                            "Festa Junina"])
        case .bebidas: GroceryDepartmentProfile(
            displayName: "Bebidas", skuCode: "BEB", weight: 7, storeBrandShare: 0.06,
            price: PriceSpread(minCents: 49, medianCents: 799, maxCents: 4_999),
            isPerishable: false, storage: .ambient, shelfLifeDays: 30...730,
            ncmHeadings: [0902, 0903, 2009, 2106, 2201, 2202],
            subcategories: ["Águas", "Refrigerantes", "Sucos e Néctares", "Energéticos e Isotônicos", "Chás"])
        case .bebidasAlcoolicas: GroceryDepartmentProfile(
            displayName: "Bebidas Alcoólicas", skuCode: "ALC", weight: 6, storeBrandShare: 0.02,
            price: PriceSpread(minCents: 199, medianCents: 2_499, maxCents: 24_999),
            isPerishable: false, storage: .ambient, shelfLifeDays: 7...3_650,
            ncmHeadings: [2202, 2203, 2204, 2205, 2206, 2208],
            subcategories: ["Cervejas", "Vinhos e Espumantes", "Destilados", "Drinks Prontos", "Datas Festivas"])
        case .congelados: GroceryDepartmentProfile(
            displayName: "Congelados", skuCode: "CON", weight: 5, storeBrandShare: 0.07,
            price: PriceSpread(minCents: 499, medianCents: 1_999, maxCents: 7_999),
            isPerishable: true, storage: .frozen, shelfLifeDays: 180...540,
            ncmHeadings: [0710, 0811, 1602, 1902, 1905, 2004, 2008, 2105],
            subcategories: ["Pratos Prontos", "Pizzas e Massas", "Empanados e Hambúrgueres", "Salgados Congelados",
                            "Vegetais e Frutas", "Sorvetes"])
        case .limpeza: GroceryDepartmentProfile(
            displayName: "Limpeza", skuCode: "LIM", weight: 9, storeBrandShare: 0.10,
            price: PriceSpread(minCents: 199, medianCents: 1_099, maxCents: 11_999),
            isPerishable: false, storage: .ambient, shelfLifeDays: 180...1_095,
            ncmHeadings: [2207, 2828, 3401, 3402, 3405, 3808, 3809, 3921, 3923, 4015, 6307, 7323],
            subcategories: ["Roupas", "Cozinha", "Banheiro e Casa", "Desinfetantes e Sanitários",
                            "Acessórios de Limpeza"])
        case .higieneBeleza: GroceryDepartmentProfile(
            displayName: "Higiene e Beleza", skuCode: "HIG", weight: 11, storeBrandShare: 0.06,
            price: PriceSpread(minCents: 199, medianCents: 1_299, maxCents: 11_999),
            isPerishable: false, storage: .ambient, shelfLifeDays: 730...1_095,
            ncmHeadings: [3304, 3305, 3306, 3307, 3401, 4818, 5601, 8212, 9603, 9619],
            subcategories: ["Cabelos", "Higiene Bucal", "Banho", "Desodorantes", "Papel Higiênico e Lenços",
                            "Cuidados com a Pele", "Higiene Íntima", "Barbear"])
        case .bebe: GroceryDepartmentProfile(
            displayName: "Bebê", skuCode: "BBE", weight: 3, storeBrandShare: 0.04,
            price: PriceSpread(minCents: 299, medianCents: 3_499, maxCents: 14_999),
            isPerishable: false, storage: .ambient, shelfLifeDays: 365...1_095,
            ncmHeadings: [1901, 2007, 2104, 3303, 3304, 3305, 3306, 3401, 3924, 4014, 9603, 9619],
            subcategories: ["Fraldas", "Lenços e Higiene", "Alimentação Infantil", "Acessórios"])
        case .pet: GroceryDepartmentProfile(
            displayName: "Pet Shop", skuCode: "PET", weight: 4, storeBrandShare: 0.05,
            price: PriceSpread(minCents: 199, medianCents: 2_499, maxCents: 29_999),
            isPerishable: false, storage: .ambient, shelfLifeDays: 180...1_095,
            ncmHeadings: [2309, 2508, 3307, 3808, 3924, 3926, 4201, 4818],
            subcategories: ["Cães", "Gatos", "Outros Pets", "Higiene e Acessórios"])
        case .utilidades: GroceryDepartmentProfile(
            displayName: "Utilidades Domésticas", skuCode: "UTI", weight: 5, storeBrandShare: 0.08,
            price: PriceSpread(minCents: 199, medianCents: 999, maxCents: 4_999),
            isPerishable: false, storage: .ambient, shelfLifeDays: 1_095...3_650,
            ncmHeadings: [3406, 3605, 3920, 3923, 3924, 4402, 4421, 4818, 4823, 6302, 7607, 7615, 8506, 8539,
                          9603, 9613],
            subcategories: ["Descartáveis", "Cozinha", "Churrasco", "Pilhas e Iluminação", "Organização e Limpeza"])
        }
    }

    /// pt_BR name as shelves and receipts show it, e.g. "Açougue".
    public var displayName: String { profile.displayName }
    /// Three uppercase letters that start this department's SKUs, e.g. "MER".
    public var skuCode: String { profile.skuCode }
    /// Relative share of the catalog's SKUs in this department.
    public var weight: Double { profile.weight }
    /// Price range of one unit of sale (package, or kg/L for weighed goods), in centavos.
    public var price: PriceSpread { profile.price }
    /// Whether the department's kinds are perishable unless they say otherwise.
    public var isPerishable: Bool { profile.isPerishable }
    /// Where the department's kinds are kept unless they say otherwise.
    public var storage: StorageTemperature { profile.storage }
    /// Envelope of the shelf lives of the department's kinds, in days.
    public var shelfLifeDays: ClosedRange<Int> { profile.shelfLifeDays }
    /// NCM headings (first four digits, e.g. 1006 for rice) the department's kinds use.
    public var ncmHeadings: [Int] { profile.ncmHeadings }
    /// Subcategory names in display order; unique within the department.
    public var subcategories: [String] { profile.subcategories }
    /// Share (0...1) of branded SKUs that carry the store brand, `GroceryBrands.storeBrand`.
    public var storeBrandShare: Double { profile.storeBrandShare }

    /// The department whose `skuCode` is `code`, or nil.
    public init?(skuCode code: String) {
        guard let match = Self.allCases.first(where: { $0.skuCode == code }) else { return nil }
        self = match
    }

    /// Departments with their `weight`, in `allCases` order: the catalog mix.
    public static var weighted: WeightedTable<GroceryDepartment> {
        allCases.map { (value: $0, weight: $0.weight) }
    }
}

/// The fixed figures of one `GroceryDepartment`.
public struct GroceryDepartmentProfile: Sendable {
    public let displayName: String
    public let skuCode: String
    public let weight: Double
    public let storeBrandShare: Double
    public let price: PriceSpread
    public let isPerishable: Bool
    public let storage: StorageTemperature
    public let shelfLifeDays: ClosedRange<Int>
    public let ncmHeadings: [Int]
    public let subcategories: [String]
}

/// Where a product is kept in store and in transit; `attributes.storage`.
public enum StorageTemperature: String, CaseIterable, Sendable {
    /// Shelf, room temperature.
    case ambient
    /// Refrigerated, 0–8 °C.
    case chilled
    /// Frozen, −18 °C or colder.
    case frozen
}

/// A price distribution by three points, in centavos.
///
/// `minCents...maxCents` bounds every standard-brand and brand-adjusted price of the
/// department's kinds (a test checks it). To draw a free-standing price log-normally, take
/// `mu = ln(median)` and `sigma = ln(max / min) / 4.65` (min and max ≈ the 1st and 99th
/// percentiles, ±2.326 σ), then clamp to the range. Logarithms are left to the caller
/// (`DeterministicMath.log`): this module does no floating-point math.
public struct PriceSpread: Sendable, Hashable {
    public let minCents: Int64
    public let medianCents: Int64
    public let maxCents: Int64

    public init(minCents: Int64, medianCents: Int64, maxCents: Int64) {
        precondition(0 < minCents && minCents <= medianCents && medianCents <= maxCents, "min ≤ median ≤ max")
        self.minCents = minCents
        self.medianCents = medianCents
        self.maxCents = maxCents
    }

    /// `minCents...maxCents`.
    public var range: ClosedRange<Int64> { minCents...maxCents }
}
