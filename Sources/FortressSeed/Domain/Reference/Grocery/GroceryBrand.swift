/// A brand's market position, which scales its prices.
public enum GroceryBrandTier: String, CaseIterable, Sendable {
    /// First-price brands: 15% under the standard price.
    case economy
    /// The market leaders' price level: the kinds' `basePriceCents`.
    case standard
    /// Premium and imported lines: 30% over.
    case premium
    /// The retailer's own label: 12% under.
    case storeBrand = "store-brand"

    /// Price multiplier in thousandths (850 is ×0.85); integer so prices stay exact.
    public var priceFactorPermille: Int64 {
        switch self {
        case .economy: 850
        case .standard: 1_000
        case .premium: 1_300
        case .storeBrand: 880
        }
    }
}

/// A fictional consumer-goods brand and the departments it sells in.
///
/// Every name is invented: no real trademark (Camil, Nestlé, Ypê, Skol, ...) appears, so
/// generated catalogs can be shown and shared freely.
public struct GroceryBrand: Sendable, Hashable {
    /// Unique across `GroceryBrands.all` and the store brand, e.g. "Bom Grão".
    public let name: String
    public let tier: GroceryBrandTier
    /// Departments whose branded kinds this brand may carry; never empty.
    public let departments: [GroceryDepartment]
    /// The only subcategories (of those departments) it carries, so a beer brand makes no
    /// whisky and a coffee roaster no ketchup; empty means every subcategory.
    public let subcategories: [String]
    /// Relative market share among the brands of a department.
    public let weight: Double

    public init(
        name: String, tier: GroceryBrandTier, departments: [GroceryDepartment], subcategories: [String] = [],
        weight: Double
    ) {
        self.name = name
        self.tier = tier
        self.departments = departments
        self.subcategories = subcategories
        self.weight = weight
    }

    /// Whether the brand can carry `kind`: a branded kind of one of its departments and, when
    /// the brand is specialised, of one of its subcategories.
    public func carries(_ kind: GroceryProductKind) -> Bool {
        kind.isBranded && departments.contains(kind.department)
            && (subcategories.isEmpty || subcategories.contains(kind.subcategory))
    }
}

/// The brand tables: national and regional brands per department, plus the store brand.
///
/// A branded product takes `storeBrand` with probability `department.storeBrandShare`,
/// otherwise a brand drawn by `weight` from `brands(for: kind)` (every branded kind has at
/// least two). Unbranded kinds (`isBranded == false`) take none.
public enum GroceryBrands {
    /// The retailer's own label, offered in every department.
    public static let storeBrand = GroceryBrand(
        name: "Fortress Essencial", tier: .storeBrand, departments: GroceryDepartment.allCases, weight: 1)

    /// Every brand except the store brand, grouped by main department, in a fixed order.
    public static let all: [GroceryBrand] = freshBrands + pantryBrands + drinkBrands + householdBrands

    /// Brands per department (without the store brand), indexed by `GroceryDepartment.ordinal`.
    static let byDepartment: [[GroceryBrand]] = GroceryDepartment.allCases.map { department in
        all.filter { $0.departments.contains(department) }
    }

    /// The brands selling in `department`, in `all` order, without the store brand. O(1).
    public static func brands(in department: GroceryDepartment) -> [GroceryBrand] {
        byDepartment[department.ordinal]
    }

    /// `brands(in:)` with their weights, for an alias table.
    public static func weightedBrands(in department: GroceryDepartment) -> WeightedTable<GroceryBrand> {
        brands(in: department).map { (value: $0, weight: $0.weight) }
    }

    /// Brands per kind (without the store brand), keyed by kind name; arrays in `all` order.
    static let byKind: [String: [GroceryBrand]] = {
        var table: [String: [GroceryBrand]] = [:]
        for kind in GroceryCatalog.kinds {
            table[kind.name] = brands(in: kind.department).filter { $0.carries(kind) }
        }
        return table
    }()

    /// The brands that carry `kind`, in `all` order, without the store brand; empty for an
    /// unbranded kind. O(1) expected (a lookup by kind name); cache per kind for a row loop.
    public static func brands(for kind: GroceryProductKind) -> [GroceryBrand] {
        kind.isBranded ? byKind[kind.name] ?? [] : []
    }

    /// `brands(for:)` with their weights, for an alias table.
    public static func weightedBrands(for kind: GroceryProductKind) -> WeightedTable<GroceryBrand> {
        brands(for: kind).map { (value: $0, weight: $0.weight) }
    }

    /// The brand called `name` (the store brand included), or nil. O(n).
    public static func brand(named name: String) -> GroceryBrand? {
        name == storeBrand.name ? storeBrand : all.first { $0.name == name }
    }

    static func brand(
        _ name: String, _ tier: GroceryBrandTier, _ departments: [GroceryDepartment], _ weight: Double,
        only subcategories: [String] = []
    ) -> GroceryBrand {
        GroceryBrand(name: name, tier: tier, departments: departments, subcategories: subcategories, weight: weight)
    }
}
