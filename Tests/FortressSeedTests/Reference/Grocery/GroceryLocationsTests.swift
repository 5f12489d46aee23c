import FortressSeed
import Testing

@Suite struct GroceryLocationsTests {
    @Test("Kinds match the location_kind enum")
    func kinds() {
        #expect(GroceryLocationKind.allCases.map(\.rawValue) == ["store", "warehouse", "dark_store"])
    }

    @Test("Sites are unique, end in no digit, and lie in known cities", arguments: GroceryLocationKind.allCases)
    func sites(kind: GroceryLocationKind) {
        let sites = GroceryLocations.sites(for: kind)
        #expect(sites.count >= 15)
        #expect(Set(sites.map(\.label)).count == sites.count)
        for site in sites {
            #expect(site.weight > 0 && site.weight.isFinite)
            #expect(!site.label.isEmpty && site.label.first != " " && site.label.last != " ")
            #expect(site.label.last.map { !$0.isNumber } ?? false, "\(site.label)")
            #expect(BrazilGeography.cities.contains { $0.name == site.city && $0.uf == site.uf },
                    "\(site.label): \(site.city)/\(site.uf) is not in BrazilGeography.cities")
        }
    }

    @Test("Names follow the templates")
    func templates() {
        #expect(GroceryLocations.name(kind: .store, at: 0) == "Fortress Market Paulista")
        #expect(GroceryLocations.name(kind: .store, at: 1) == "Fortress Market Pinheiros")
        #expect(GroceryLocations.name(kind: .warehouse, at: 0) == "CD Guarulhos")
        #expect(GroceryLocations.name(kind: .darkStore, at: 1) == "Dark Store Pinheiros")
        let stores = GroceryLocations.sites(for: .store).count
        #expect(GroceryLocations.name(kind: .store, at: stores) == "Fortress Express Paulista")
        let warehouses = GroceryLocations.sites(for: .warehouse).count
        #expect(GroceryLocations.name(kind: .warehouse, at: warehouses) == "CD Guarulhos 2")
        #expect(GroceryLocations.baseNameCount(for: .store) == stores * GroceryLocations.storeBanners.count)
        #expect(GroceryLocations.site(kind: .warehouse, at: warehouses + 1).city == "Jundiaí")
    }

    @Test("Names are injective in the index and distinct across kinds")
    func injective() {
        var seen = Set<String>()
        for kind in GroceryLocationKind.allCases {
            let count = GroceryLocations.baseNameCount(for: kind) * 3 + 7
            for index in 0..<count {
                let name = GroceryLocations.name(kind: kind, at: index)
                #expect(seen.insert(name).inserted, "\(name) repeats")
            }
        }
    }

    @Test("The chain is fictional")
    func fictional() {
        let realChains = ["Carrefour", "Pão de Açúcar", "Assaí", "Atacadão", "Extra", "Walmart", "Zaffari", "Sendas",
                          "Mateus", "Savegnago", "Guanabara", "Dia", "Oba", "St Marche", "Hirota", "Daki"]
        let names = GroceryLocations.storeBanners.map(\.value)
            + [GroceryLocations.chainName, GroceryLocations.warehousePrefix, GroceryLocations.darkStorePrefix]
        for name in names {
            let words = name.split(separator: " ").map(String.init)
            for chain in realChains {
                #expect(!(chain.contains(" ") ? name.contains(chain) : words.contains(chain)), "\(name)")
            }
        }
    }
}
