/// The pt_BR supermarket catalog template: product kinds per department.
///
/// Fixed data in a fixed order (order is part of the contract, as for every
/// `WeightedTable`: change it only with a generator version bump). Prices are
/// standard-brand shelf prices in Brazilian supermarkets in 2025–2026, in centavos.
///
/// A generator builds a product by independent draws, each from its own stream:
///
/// 1. department by `GroceryDepartment.weighted`;
/// 2. kind by `popularity` among `kinds(in:)`, and a variant uniformly when it has any;
/// 3. brand: none when `!kind.isBranded`; else the store brand with probability
///    `department.storeBrandShare`, otherwise by weight among `GroceryBrands.brands(for: kind)`;
/// 4. size from `kind.weightedOffers`, price ending from `GroceryPricing.endingWeights`;
/// 5. name `productName(kind:variant:brand:size:)`, price
///    `GroceryPricing.shelfPriceCents(baseCents:tier:ending:)`, `tax_code`
///    `GroceryCodes.formatNCM(kind.ncm)`, SKU `GroceryCodes.sku(department:index:)` and
///    barcode `GroceryCodes.ean13(serial:)` from the row index.
///
/// ```swift
/// if let rice = GroceryCatalog.kind(named: "Arroz Tipo 1"), let brand = GroceryBrands.brand(named: "Bom Grão") {
///     // rice.department == .mercearia, rice.offers[0].size.label == "5kg"
///     GroceryCatalog.productName(kind: rice, brand: brand, size: rice.offers[0].size)  // "Arroz Tipo 1 Bom Grão 5kg"
/// }
/// ```
///
/// The composable names (kinds × variants × brands × sizes, about 4,300) are all distinct
/// (a test checks it); a larger catalog repeats names, while SKUs
/// (`GroceryCodes.sku(department:index:)`) and barcodes (`GroceryCodes.ean13(serial:)`) never repeat.
public enum GroceryCatalog {
    /// Every kind, grouped by department in `GroceryDepartment.allCases` order.
    public static let kinds: [GroceryProductKind] = byDepartment.flatMap { $0 }

    /// Kinds per department, indexed by `GroceryDepartment.ordinal`.
    static let byDepartment: [[GroceryProductKind]] = GroceryDepartment.allCases.map { department in
        switch department {
        case .hortifruti: hortifrutiKinds
        case .padaria: padariaKinds
        case .acougue: acougueKinds
        case .peixaria: peixariaKinds
        case .friosLaticinios: friosLaticiniosKinds
        case .mercearia: merceariaKinds
        case .docesSnacks: docesSnacksKinds
        case .bebidas: bebidasKinds
        case .bebidasAlcoolicas: bebidasAlcoolicasKinds
        case .congelados: congeladosKinds
        case .limpeza: limpezaKinds
        case .higieneBeleza: higieneBelezaKinds
        case .bebe: bebeKinds
        case .pet: petKinds
        case .utilidades: utilidadesKinds
        }
    }

    /// The kinds of `department`, in catalog order. O(1).
    public static func kinds(in department: GroceryDepartment) -> [GroceryProductKind] {
        byDepartment[department.ordinal]
    }

    /// The kinds of `department` weighted by `popularity`, for an alias table.
    public static func weightedKinds(in department: GroceryDepartment) -> WeightedTable<GroceryProductKind> {
        kinds(in: department).map { (value: $0, weight: $0.popularity) }
    }

    /// The kind called `name`, or nil. O(n): look up once, not per row.
    public static func kind(named name: String) -> GroceryProductKind? {
        kinds.first { $0.name == name }
    }

    /// Kinds sold only part of the year (panetone, ovos de Páscoa, canjica, ...), in
    /// catalog order; each is also in `kinds`.
    public static let seasonalKinds: [GroceryProductKind] = kinds.filter { $0.season != nil }

    /// Seasonal kinds stocked in `month` (1...12).
    public static func seasonalKinds(inMonth month: Int) -> [GroceryProductKind] {
        precondition((1...12).contains(month), "month is 1...12")
        return seasonalKinds.filter { $0.isAvailable(inMonth: month) }
    }

    /// "Arroz Tipo 1 Bom Grão 5kg": kind, brand (if any) and size label, space-separated.
    public static func productName(kind: GroceryProductKind, brand: GroceryBrand?, size: PackageSize) -> String {
        productName(kind: kind, variant: nil, brand: brand, size: size)
    }

    /// "Iogurte Integral Morango Vale Verde 170g": kind, variant, brand, size label; nil or
    /// empty parts are left out. Products sold by measure end in "kg" ("Banana Prata kg").
    public static func productName(
        kind: GroceryProductKind, variant: String?, brand: GroceryBrand?, size: PackageSize
    ) -> String {
        var name = kind.name
        if let variant, !variant.isEmpty { name += " " + variant }
        if let brand { name += " " + brand.name }
        name += " " + size.label
        return name
    }

    // MARK: Building the tables

    /// A kind before its department fills the defaults.
    struct Draft {
        let name: String
        let subcategory: String
        let ncm: Int
        let popularity: Double
        let offers: [(label: String, cents: Int64)]
        let isBranded: Bool
        let shelfLifeDays: ClosedRange<Int>
        let storage: StorageTemperature?
        let isPerishable: Bool?
        let variants: [String]
        let season: SeasonWindow?
    }

    static func item(
        _ name: String, _ subcategory: String, ncm: Int, pop: Double, _ offers: [(label: String, cents: Int64)],
        branded: Bool = true, life: ClosedRange<Int>, storage: StorageTemperature? = nil,
        perishable: Bool? = nil, variants: [String] = [], season: SeasonWindow? = nil
    ) -> Draft {
        Draft(
            name: name, subcategory: subcategory, ncm: ncm, popularity: pop, offers: offers, isBranded: branded,
            shelfLifeDays: life, storage: storage, isPerishable: perishable, variants: variants, season: season)
    }

    /// Completes `drafts` with `department`'s defaults; a bad size label is a data bug.
    static func department(_ department: GroceryDepartment, _ drafts: [Draft]) -> [GroceryProductKind] {
        drafts.map { draft in
            let storage = draft.storage ?? department.storage
            let offers = draft.offers.map { offer in
                guard let size = PackageSize(label: offer.label) else {
                    preconditionFailure("\(draft.name): bad package label \"\(offer.label)\"")
                }
                return PackageOffer(size: size, basePriceCents: offer.cents)
            }
            return GroceryProductKind(
                name: draft.name, department: department, subcategory: draft.subcategory, ncm: draft.ncm,
                offers: offers, popularity: draft.popularity, isBranded: draft.isBranded,
                isPerishable: draft.isPerishable ?? (department.isPerishable || storage != .ambient),
                storage: storage, shelfLifeDays: draft.shelfLifeDays,
                variants: draft.variants, season: draft.season)
        }
    }

    static let natal = SeasonWindow(.natal, months: [11, 12], peak: 12)
    static let ceia = SeasonWindow(.natal, months: [12], peak: 12)
    static let pascoa = SeasonWindow(.pascoa, months: [3, 4], peak: 4)
    static let junina = SeasonWindow(.festaJunina, months: [6, 7], peak: 6)
    static let verao = SeasonWindow(.verao, months: [12, 1, 2], peak: 1)
    static let inverno = SeasonWindow(.inverno, months: [5, 6, 7, 8], peak: 7)
}
