import FortressSeed
import Testing

@Suite struct GroceryBrandTests {
    /// Real brands and chains that must never appear (lowercased substrings).
    static let realTrademarks = [
        "tio joão", "camil", "nestlé", "nestle", "omo", "ypê", "ype", "skol", "pedigree", "sadia", "perdigão",
        "seara", "friboi", "qualy", "piracanjuba", "italac", "parmalat", "itambé", "danone", "vigor", "batavo",
        "brahma", "antarctica", "heineken", "itaipava", "coca-cola", "fanta", "guaraná jesus", "colgate",
        "dove", "nivea", "pampers", "huggies", "whiskas", "golden", "premier", "bauducco", "visconti", "wickbold",
        "pullman", "três corações", "pilão", "melitta", "santa clara", "kicaldo", "urbano", "prato fino",
        "dona benta", "renata", "adria", "barilla", "liza", "soya", "elma chips", "lacta", "garoto", "arcor",
        "fini", "bombril", "assolan", "veja", "pinho sol", "qboa", "neve", "personal", "scott", "johnson",
        "granado", "tramontina", "qualitá", "great value", "carrefour", "assaí", "atacadão", "pão de açúcar",
    ]

    @Test("At least 120 brands, unique trimmed names, positive weights")
    func table() {
        let all = GroceryBrands.all
        #expect(all.count >= 120)
        let names = all.map(\.name) + [GroceryBrands.storeBrand.name]
        #expect(Set(names).count == names.count)
        for brand in all {
            #expect(!brand.name.isEmpty && brand.name.first != " " && brand.name.last != " "
                    && !brand.name.contains("  "), "\(brand.name)")
            #expect(brand.weight > 0 && brand.weight.isFinite, "\(brand.name)")
            #expect(!brand.departments.isEmpty && Set(brand.departments).count == brand.departments.count)
            #expect(brand.tier != .storeBrand, "\(brand.name) is not the store brand")
            #expect(GroceryBrands.brand(named: brand.name) == brand)
        }
        #expect(GroceryBrands.brand(named: GroceryBrands.storeBrand.name) == GroceryBrands.storeBrand)
        #expect(GroceryBrands.brand(named: "Marca Inexistente") == nil)
    }

    @Test("The store brand covers every department")
    func storeBrand() {
        let store = GroceryBrands.storeBrand
        #expect(store.tier == .storeBrand)
        #expect(store.departments == GroceryDepartment.allCases)
    }

    @Test("Every department with branded kinds has at least 3 brands", arguments: GroceryDepartment.allCases)
    func coverage(department: GroceryDepartment) {
        let brands = GroceryBrands.brands(in: department)
        if GroceryCatalog.kinds(in: department).contains(where: \.isBranded) {
            #expect(brands.count >= 3, "\(department.rawValue) has \(brands.count) brands")
        }
        #expect(brands.allSatisfy { $0.departments.contains(department) })
        #expect(GroceryBrands.weightedBrands(in: department).map(\.value) == brands)
        #expect(GroceryBrands.all.filter { $0.departments.contains(department) } == brands)
    }

    @Test("Specialised brands name real subcategories of their departments")
    func specialisations() {
        for brand in GroceryBrands.all {
            #expect(Set(brand.subcategories).count == brand.subcategories.count, "\(brand.name)")
            for name in brand.subcategories {
                #expect(brand.departments.contains { $0.subcategories.contains(name) },
                        "\(brand.name): \(name) is no subcategory of \(brand.departments.map(\.rawValue))")
            }
            #expect(GroceryCatalog.kinds.contains(where: brand.carries), "\(brand.name) carries no kind")
        }
        #expect(GroceryBrands.storeBrand.subcategories.isEmpty)
    }

    @Test("Every branded kind has at least two brands besides the store brand; unbranded none")
    func brandsPerKind() {
        for kind in GroceryCatalog.kinds {
            let brands = GroceryBrands.brands(for: kind)
            if kind.isBranded {
                #expect(brands.count >= 2, "\(kind.name) has \(brands.count) brands")
                #expect(GroceryBrands.storeBrand.carries(kind))
            } else {
                #expect(brands.isEmpty && !GroceryBrands.storeBrand.carries(kind), "\(kind.name)")
            }
            #expect(brands == GroceryBrands.all.filter { $0.carries(kind) }, "\(kind.name)")
            #expect(GroceryBrands.weightedBrands(for: kind).map(\.value) == brands)
        }
    }

    @Test("Brand names are fictional: no real trademark appears")
    func fictional() {
        for brand in GroceryBrands.all + [GroceryBrands.storeBrand] {
            let words = brand.name.lowercased().split(separator: " ").map(String.init)
            let name = brand.name.lowercased()
            for mark in Self.realTrademarks {
                let hit = mark.contains(" ") ? name.contains(mark) : words.contains(mark)
                #expect(!hit, "\(brand.name) contains the real trademark \(mark)")
            }
        }
    }

    @Test("Tier price factors")
    func tiers() {
        #expect(GroceryBrandTier.standard.priceFactorPermille == 1_000)
        #expect(GroceryBrandTier.economy.priceFactorPermille < 1_000)
        #expect(GroceryBrandTier.storeBrand.priceFactorPermille < 1_000)
        #expect(GroceryBrandTier.premium.priceFactorPermille > 1_000)
        #expect(GroceryBrandTier.storeBrand.rawValue == "store-brand")
    }
}
