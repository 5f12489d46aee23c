/// The kinds of place that hold inventory: the `location_kind` enum's values.
public enum GroceryLocationKind: String, CaseIterable, Sendable {
    /// A supermarket customers walk into.
    case store
    /// A distribution centre ("CD") that replenishes stores.
    case warehouse
    /// A closed micro-fulfilment store serving quick-commerce orders.
    case darkStore = "dark_store"
}

/// A place a location can be in: a neighbourhood (stores, dark stores) or a logistics
/// town (warehouses), with the city and state its address uses.
public struct GroceryLocationSite: Sendable, Hashable {
    /// The name part the location takes, e.g. "Pinheiros" or "Guarulhos"; unique per table.
    public let label: String
    /// The address city; always a city in `BrazilGeography.cities`, so its CEP ranges apply.
    public let city: String
    /// The state's two-letter code.
    public let uf: String
    /// Relative share of locations placed here.
    public let weight: Double
}

/// Names for the fictional Fortress supermarket chain's stores, warehouses and dark stores.
///
/// Sites are real neighbourhoods and logistics towns of large Brazilian cities; the chain and
/// its banners are invented (no real retailer appears). Names are deterministic functions
/// of (kind, index):
///
/// - store: `banner + " " + site`, "Fortress Market Pinheiros", "Fortress Express Savassi";
/// - warehouse: `"CD " + site`, "CD Guarulhos";
/// - dark store: `"Dark Store " + site`, "Dark Store Moema".
///
/// Past the last combination a round number is appended ("Fortress Market Pinheiros 2"),
/// so `name(kind:at:)` never repeats for any index. Indices walk the sites first, so the first
/// locations spread over the table in order (São Paulo first: the chain's home market).
public enum GroceryLocations {
    /// The chain's name.
    public static let chainName = "Fortress Market"

    /// Store banners (formats), most common first: neighbourhood supermarket, convenience
    /// format, cash-and-carry.
    public static let storeBanners: WeightedTable<String> = [
        (value: "Fortress Market", weight: 6), (value: "Fortress Express", weight: 3),
        (value: "Fortress Atacarejo", weight: 1),
    ]

    /// Prefix of warehouse names: "CD" (centro de distribuição).
    public static let warehousePrefix = "CD"
    /// Prefix of dark-store names.
    public static let darkStorePrefix = "Dark Store"

    /// The sites of `kind`: neighbourhoods for stores and dark stores, logistics towns for
    /// warehouses.
    public static func sites(for kind: GroceryLocationKind) -> [GroceryLocationSite] {
        kind == .warehouse ? logisticsSites : neighborhoodSites
    }

    /// Number of names `name(kind:at:)` gives before it starts appending round numbers.
    public static func baseNameCount(for kind: GroceryLocationKind) -> Int {
        kind == .store ? neighborhoodSites.count * storeBanners.count : sites(for: kind).count
    }

    /// The site of the `index`-th location of `kind` (index ≥ 0): sites cycle in table order.
    public static func site(kind: GroceryLocationKind, at index: Int) -> GroceryLocationSite {
        precondition(index >= 0, "location index is non-negative")
        let sites = sites(for: kind)
        return sites[index % sites.count]
    }

    /// The name of the `index`-th location of `kind` (index ≥ 0); injective in `index`.
    ///
    /// Index i takes site `i mod n`; for stores, banner `(i / n) mod b`; the round
    /// `i / (n·b)` (`i / n` for the other kinds) adds " 2", " 3", ... from the second round.
    /// (site, banner, round) is a bijection of i, labels are unique and end in no digit,
    /// so names are unique.
    public static func name(kind: GroceryLocationKind, at index: Int) -> String {
        let site = site(kind: kind, at: index)
        let count = sites(for: kind).count
        var name: String
        var round: Int
        switch kind {
        case .store:
            name = storeBanners[(index / count) % storeBanners.count].value + " " + site.label
            round = index / (count * storeBanners.count)
        case .warehouse:
            name = warehousePrefix + " " + site.label
            round = index / count
        case .darkStore:
            name = darkStorePrefix + " " + site.label
            round = index / count
        }
        if round > 0 { name += " " + String(round + 1) }
        return name
    }

    static func site(_ label: String, _ city: String, _ uf: String, _ weight: Double) -> GroceryLocationSite {
        GroceryLocationSite(label: label, city: city, uf: uf, weight: weight)
    }
}
