import FortressSeed
import Testing

@Suite struct GrocerySeasonTests {
    @Test("At least 8 seasonal kinds; months in 1...12, unique, peak inside")
    func windows() throws {
        let seasonal = GroceryCatalog.seasonalKinds
        #expect(seasonal.count >= 8)
        for kind in seasonal {
            let season = try #require(kind.season)
            #expect(!season.months.isEmpty && season.months.count < 12, "\(kind.name)")
            #expect(season.months.allSatisfy { (1...12).contains($0) }, "\(kind.name)")
            #expect(Set(season.months).count == season.months.count, "\(kind.name)")
            #expect(season.months.contains(season.peakMonth), "\(kind.name)")
            #expect(GroceryCatalog.kinds.contains { $0.name == kind.name })
        }
        let occasions = Set(seasonal.compactMap { $0.season?.occasion })
        #expect(occasions == Set(SeasonalOccasion.allCases))
        #expect(SeasonalOccasion.festaJunina.rawValue == "festa-junina")
        #expect(SeasonalOccasion.allCases.allSatisfy { !$0.displayName.isEmpty })
    }

    @Test("Seasons match the Brazilian calendar")
    func calendar() throws {
        func months(_ name: String) throws -> [Int] {
            try #require(GroceryCatalog.kind(named: name)?.season).months
        }
        #expect(try months("Panetone de Frutas") == [11, 12])
        #expect(try months("Chocottone") == [11, 12])
        #expect(try months("Ovo de Páscoa ao Leite") == [3, 4])
        #expect(try months("Peru Temperado") == [12])
        #expect(try months("Ave Natalina Temperada") == [12])
        #expect(try months("Canjica Branca") == [6, 7])
        #expect(try months("Paçoca de Amendoim") == [6, 7])
        #expect(try months("Sorvete de Massa") == [12, 1, 2])
    }

    @Test("Availability by month", arguments: 1...12)
    func availability(month: Int) {
        let inSeason = GroceryCatalog.seasonalKinds(inMonth: month)
        for kind in GroceryCatalog.seasonalKinds {
            #expect(inSeason.contains { $0.name == kind.name } == kind.isAvailable(inMonth: month))
        }
        for kind in GroceryCatalog.kinds where kind.season == nil {
            #expect(kind.isAvailable(inMonth: month))
        }
        let names = Set(inSeason.map(\.name))
        #expect(names.contains("Panetone de Frutas") == (month == 11 || month == 12))
        #expect(names.contains("Ovo de Páscoa ao Leite") == (month == 3 || month == 4))
    }
}
