import FortressSeed
import Testing

@Suite struct GroceryCatalogTests {
    @Test("At least 15 kinds per department, grouped in department order", arguments: GroceryDepartment.allCases)
    func kindCounts(department: GroceryDepartment) {
        let kinds = GroceryCatalog.kinds(in: department)
        #expect(kinds.count >= 15, "\(department.rawValue) has \(kinds.count) kinds")
        #expect(kinds.allSatisfy { $0.department == department })
        #expect(GroceryCatalog.weightedKinds(in: department).map(\.value.name) == kinds.map(\.name))
    }

    @Test("The flat list is the departments' lists concatenated")
    func flatList() {
        let concatenated = GroceryDepartment.allCases.flatMap { GroceryCatalog.kinds(in: $0) }
        #expect(GroceryCatalog.kinds.map(\.name) == concatenated.map(\.name))
        #expect(GroceryCatalog.kinds.count >= 15 * GroceryDepartment.allCases.count)
    }

    @Test("Kind names are unique, trimmed and single-spaced; popularity positive")
    func kindNames() {
        var seen = Set<String>()
        for kind in GroceryCatalog.kinds {
            #expect(seen.insert(kind.name).inserted, "duplicate kind \(kind.name)")
            #expect(!kind.name.isEmpty && kind.name.first != " " && kind.name.last != " " && !kind.name.contains("  "))
            #expect(kind.popularity > 0 && kind.popularity.isFinite, "\(kind.name)")
            #expect(GroceryCatalog.kind(named: kind.name)?.department == kind.department)
            #expect(Set(kind.variants).count == kind.variants.count, "\(kind.name)")
            #expect(kind.variants.allSatisfy { !$0.isEmpty && $0.first != " " && $0.last != " " })
        }
        #expect(GroceryCatalog.kind(named: "Caviar Beluga") == nil)
    }

    @Test("NCM codes have 8 digits and format as NNNN.NN.NN")
    func ncmCodes() {
        for kind in GroceryCatalog.kinds {
            #expect((1_000_000...99_999_999).contains(kind.ncm), "\(kind.name): \(kind.ncm)")
            let text = Array(GroceryCodes.formatNCM(kind.ncm).utf8)
            #expect(text.count == 10)
            for (index, byte) in text.enumerated() {
                if index == 4 || index == 7 {
                    #expect(byte == UInt8(ascii: "."))
                } else {
                    #expect((UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), "\(kind.name)")
                }
            }
        }
    }

    @Test("Offers parse, have unique labels and positive base prices")
    func offers() {
        for kind in GroceryCatalog.kinds {
            #expect(!kind.offers.isEmpty, "\(kind.name)")
            #expect(Set(kind.offers.map(\.size.label)).count == kind.offers.count, "\(kind.name)")
            for offer in kind.offers {
                #expect(offer.basePriceCents > 0)
                #expect(PackageSize(label: offer.size.label) == offer.size)
            }
            let weights = kind.weightedOffers.map(\.weight)
            #expect(weights.allSatisfy { $0 > 0 } && weights == weights.sorted(by: >), "\(kind.name)")
        }
    }

    @Test("Every shelf price, for every brand tier and ending, is in the department's range",
          arguments: GroceryDepartment.allCases)
    func pricesInRange(department: GroceryDepartment) {
        let range = department.price.range
        var tiers = Set(GroceryBrands.brands(in: department).map(\.tier))
        tiers.insert(.storeBrand)
        for kind in GroceryCatalog.kinds(in: department) {
            let kindTiers: [GroceryBrandTier?] = kind.isBranded ? tiers.map { $0 } : [nil]
            for offer in kind.offers {
                for tier in kindTiers {
                    for ending in PriceEnding.allCases {
                        let price = GroceryPricing.shelfPriceCents(
                            baseCents: offer.basePriceCents, tier: tier, ending: ending)
                        #expect(range.contains(price),
                                "\(kind.name) \(offer.size.label) \(String(describing: tier)): \(price) ∉ \(range)")
                    }
                }
            }
        }
    }

    @Test("Anchor prices match Brazilian supermarkets in 2025–26")
    func anchorPrices() throws {
        func base(_ kind: String, _ size: String) throws -> Int64 {
            let kind = try #require(GroceryCatalog.kind(named: kind))
            return try #require(kind.offers.first { $0.size.label == size }).basePriceCents
        }
        #expect((2_500...3_500).contains(try base("Arroz Tipo 1", "5kg")))
        #expect((500...700).contains(try base("Leite UHT Integral", "1L")))
        #expect((350...500).contains(try base("Cerveja Pilsen Lata", "350ml")))
        #expect((7_000...10_000).contains(try base("Picanha Bovina", "kg")))
        #expect((600...1_000).contains(try base("Feijão Carioca", "1kg")))
        #expect((1_200...2_500).contains(try base("Pão Francês", "kg")))
        #expect((10_000...20_000).contains(try base("Ração para Cães Adultos", "15kg")))
    }

    @Test("Shelf lives sit inside the department's envelope; cold chain implies perishable")
    func shelfLife() {
        for kind in GroceryCatalog.kinds {
            let envelope = kind.department.shelfLifeDays
            #expect(kind.shelfLifeDays.lowerBound >= 1)
            let life = kind.shelfLifeDays
            #expect(envelope.contains(life.lowerBound) && envelope.contains(life.upperBound),
                    "\(kind.name): \(life) outside \(envelope)")
            if kind.storage != .ambient { #expect(kind.isPerishable, "\(kind.name)") }
            if kind.isPerishable && kind.storage != .frozen {
                #expect(kind.shelfLifeDays.upperBound <= 365, "\(kind.name)")
            }
        }
        #expect(GroceryCatalog.kind(named: "Pão Francês")?.isPerishable == true)
        #expect(GroceryCatalog.kind(named: "Arroz Tipo 1")?.isPerishable == false)
        #expect(GroceryCatalog.kind(named: "Sorvete de Massa")?.storage == .frozen)
    }

    @Test("Product names join kind, variant, brand and size")
    func productNames() throws {
        let rice = try #require(GroceryCatalog.kind(named: "Arroz Tipo 1"))
        let brand = try #require(GroceryBrands.brand(named: "Bom Grão"))
        let fiveKilos = try #require(PackageSize(label: "5kg"))
        #expect(GroceryCatalog.productName(kind: rice, brand: brand, size: fiveKilos) == "Arroz Tipo 1 Bom Grão 5kg")
        let banana = try #require(GroceryCatalog.kind(named: "Banana Prata"))
        #expect(!banana.isBranded)
        #expect(GroceryCatalog.productName(kind: banana, brand: nil, size: banana.offers[0].size) == "Banana Prata kg")
        let yoghurt = try #require(GroceryCatalog.kind(named: "Iogurte Integral"))
        let valeVerde = try #require(GroceryBrands.brand(named: "Vale Verde"))
        #expect(GroceryCatalog.productName(kind: yoghurt, variant: "Morango", brand: valeVerde,
                                           size: yoghurt.offers[0].size) == "Iogurte Integral Morango Vale Verde 170g")
        #expect(GroceryCatalog.productName(kind: yoghurt, variant: "", brand: nil, size: yoghurt.offers[0].size)
                == "Iogurte Integral 170g")
    }

    @Test("Every composable product name is distinct")
    func distinctProductNames() {
        var seen = Set<String>()
        var total = 0
        for kind in GroceryCatalog.kinds {
            let brands: [GroceryBrand?] = kind.isBranded
                ? GroceryBrands.brands(for: kind) + [GroceryBrands.storeBrand] : [nil]
            let variants: [String?] = kind.variants.isEmpty ? [nil] : kind.variants
            for variant in variants {
                for brand in brands {
                    for offer in kind.offers {
                        let name = GroceryCatalog.productName(
                            kind: kind, variant: variant, brand: brand, size: offer.size)
                        if !seen.insert(name).inserted { Issue.record("duplicate product name \(name)") }
                        total += 1
                    }
                }
            }
        }
        #expect(seen.count == total)
        #expect(total >= 4_000)
    }
}
