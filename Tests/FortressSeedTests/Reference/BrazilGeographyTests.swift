import FortressSeed
import Testing

@Suite struct BrazilGeographyTests {
    /// Anatel's 67 DDDs.
    static let realDDDs: Set<Int> = [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38,
        41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69,
        71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99,
    ]

    static func overlaps(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Bool {
        a.lowerBound <= b.upperBound && b.lowerBound <= a.upperBound
    }

    static func isAligned(_ range: ClosedRange<Int>) -> Bool {
        range.lowerBound % 1000 == 0 && range.upperBound % 1000 == 999 && range.lowerBound >= 1_000_000
            && range.upperBound <= 99_999_999
    }

    @Test("27 federative units with 2022-like populations")
    func states() {
        let states = BrazilGeography.states
        #expect(states.count == 27)
        #expect(Set(states.map(\.uf)).count == 27)
        #expect(Set(states.map(\.name)).count == 27)
        #expect(Set(states.map(\.region)) == Set(BrazilRegion.allCases))
        let total = states.reduce(0) { $0 + $1.population }
        #expect((200_000_000...206_000_000).contains(total))
        #expect(states.map(\.population) == states.map(\.population).sorted(by: >))
        #expect(BrazilGeography.state(uf: "SP")?.cpfFiscalRegion == 8)
        #expect(BrazilGeography.state(uf: "RS")?.cpfFiscalRegion == 0)
        #expect(BrazilGeography.state(uf: "XX") == nil)
        for state in states {
            #expect(state.uf.utf8.count == 2 && state.uf.utf8.allSatisfy { (0x41...0x5A).contains($0) })
            #expect((0...9).contains(state.cpfFiscalRegion))
            #expect(state.weight > 0)
        }
    }

    @Test("State CEP ranges are aligned and disjoint")
    func stateCEPRanges() {
        let ranges = BrazilGeography.states.flatMap(\.cepRanges)
        for range in ranges {
            #expect(Self.isAligned(range), "\(range)")
        }
        for i in ranges.indices {
            for j in ranges.indices where i < j {
                #expect(!Self.overlaps(ranges[i], ranges[j]), "\(ranges[i]) and \(ranges[j])")
            }
        }
        #expect(BrazilGeography.state(uf: "SP")?.cepRanges.first?.lowerBound == 1_000_000)
        #expect(BrazilGeography.state(uf: "RS")?.cepRanges.last?.upperBound == 99_999_999)
    }

    @Test("The DDD list is exactly Anatel's 67 codes, each in its state")
    func areaCodes() {
        let codes = BrazilGeography.areaCodes
        #expect(codes.count == 67)
        #expect(Set(codes.map(\.ddd)) == Self.realDDDs)
        #expect(codes.map(\.ddd) == codes.map(\.ddd).sorted())
        let ufs = Set(BrazilGeography.states.map(\.uf))
        #expect(Set(codes.map(\.uf)) == ufs)
        for code in codes {
            #expect(code.population > 0)
            #expect(BrazilGeography.isValidDDD(code.ddd))
        }
        for ddd in [0, 10, 20, 23, 25, 26, 29, 30, 36, 39, 40, 50, 52, 56, 60, 70, 72, 76, 78, 80, 90, 100] {
            #expect(!BrazilGeography.isValidDDD(ddd), "\(ddd)")
        }
        #expect(codes.first { $0.ddd == 11 }?.uf == "SP")
        #expect(codes.first { $0.ddd == 21 }?.uf == "RJ")
        #expect(codes.first { $0.ddd == 61 }?.uf == "DF")
    }

    @Test("Area populations add up to their state's", arguments: BrazilGeography.states)
    func areaPopulations(state: BrazilState) {
        let sum = BrazilGeography.areaCodes.filter { $0.uf == state.uf }.reduce(0) { $0 + $1.population }
        let error = Double(abs(sum - state.population)) / Double(state.population)
        #expect(error < 0.01, "\(state.uf): \(sum) vs \(state.population)")
    }

    @Test("Cities: at least 60, unique, each in a real state with a DDD of that state")
    func cities() {
        let cities = BrazilGeography.cities
        #expect(cities.count >= 60)
        #expect(Set(cities.map { $0.name + "/" + $0.uf }).count == cities.count)
        for city in cities {
            let state = BrazilGeography.state(uf: city.uf)
            #expect(state != nil, "\(city.name)")
            let area = BrazilGeography.areaCodes.first { $0.ddd == city.ddd }
            #expect(area?.uf == city.uf, "\(city.name): DDD \(city.ddd)")
            #expect(city.population > 0 && city.weight > 0)
        }
        #expect(Set(cities.map(\.ddd)) == Self.realDDDs, "every DDD has a city")
    }

    @Test("Every state has exactly its capital in the city table")
    func capitals() {
        for state in BrazilGeography.states {
            let capitals = BrazilGeography.cities.filter { $0.uf == state.uf && $0.isCapital }
            #expect(capitals.map(\.name) == [state.capital], "\(state.uf)")
        }
        for code in BrazilGeography.areaCodes {
            let main = BrazilGeography.cities.first { $0.name == code.mainCity && $0.uf == code.uf }
            #expect(main?.ddd == code.ddd, "\(code.ddd) \(code.mainCity)")
        }
    }

    @Test("City CEP ranges are aligned, inside their state and disjoint")
    func cityCEPRanges() {
        let cities = BrazilGeography.cities
        for city in cities {
            let stateRanges = BrazilGeography.state(uf: city.uf)?.cepRanges ?? []
            for range in city.cepRanges {
                #expect(Self.isAligned(range), "\(city.name) \(range)")
                #expect(stateRanges.contains { $0.contains(range.lowerBound) && $0.contains(range.upperBound) },
                        "\(city.name) \(range) outside \(city.uf)")
            }
        }
        let all = cities.flatMap { city in city.cepRanges.map { (city.name, $0) } }
        for i in all.indices {
            for j in all.indices where i < j {
                #expect(!Self.overlaps(all[i].1, all[j].1), "\(all[i].0) and \(all[j].0)")
            }
        }
        let saoPaulo = cities.first { $0.name == "São Paulo" }
        #expect(saoPaulo?.cepRanges.first == 1_000_000...5_999_999)
        #expect(cities.first { $0.name == "Rio de Janeiro" }?.cepRanges == [20_000_000...23_799_999])
    }

    @Test("CEPs format as NNNNN-NNN")
    func formatCEP() {
        #expect(BrazilGeography.formatCEP(1_310_100) == "01310-100")
        #expect(BrazilGeography.formatCEP(0) == "00000-000")
        #expect(BrazilGeography.formatCEP(99_999_999) == "99999-999")
        #expect(BrazilGeography.formatCEP(20_040_020) == "20040-020")
    }

    @Test("CEP offsets map one-to-one onto street CEPs of the ranges")
    func cepOffsets() {
        let ranges = [12_345_000...12_346_999, 20_000_000...20_000_999]
        let count = BrazilGeography.cepCount(in: ranges)
        #expect(count == 3 * 900)
        var seen = Set<Int>()
        for offset in 0..<count {
            let cep = BrazilGeography.cep(at: offset, in: ranges)
            #expect(cep % 1000 < 900)
            #expect(ranges.contains { $0.contains(cep) })
            seen.insert(cep)
        }
        #expect(seen.count == count)
        let saoPaulo = BrazilGeography.cities[0]
        let total = BrazilGeography.cepCount(in: saoPaulo.cepRanges)
        #expect(BrazilGeography.cep(at: 0, in: saoPaulo.cepRanges) == 1_000_000)
        #expect(BrazilGeography.cep(at: 900, in: saoPaulo.cepRanges) == 1_001_000)
        #expect(BrazilGeography.cep(at: total - 1, in: saoPaulo.cepRanges) == 8_499_899)
    }

    @Test("E.164 mobile numbers: +55, DDD, 9, eight digits", arguments: BrazilGeography.areaCodes.map(\.ddd))
    func e164(ddd: Int) {
        for subscriber in [0, 1, 87_654_321, 99_999_999] {
            let phone = Array(BrazilGeography.formatE164Mobile(ddd: ddd, subscriber: subscriber).utf8)
            #expect(phone.count == 14)
            #expect(phone[0] == UInt8(ascii: "+"))
            #expect(phone.dropFirst().allSatisfy { (0x30...0x39).contains($0) })
            #expect(Array(phone[1...2]) == Array("55".utf8))
            #expect(Int(String(decoding: phone[3...4], as: UTF8.self)) == ddd)
            #expect(phone[5] == UInt8(ascii: "9"))
            #expect(Int(String(decoding: phone[6...], as: UTF8.self)) == subscriber)
        }
    }

    @Test("Phone examples")
    func phoneExamples() {
        #expect(BrazilGeography.formatE164Mobile(ddd: 11, subscriber: 87_654_321) == "+5511987654321")
        #expect(BrazilGeography.formatE164Mobile(ddd: 85, subscriber: 1_234) == "+5585900001234")
        #expect(BrazilGeography.formatNationalMobile(ddd: 11, subscriber: 87_654_321) == "(11) 98765-4321")
        #expect(BrazilGeography.formatNationalMobile(ddd: 92, subscriber: 0) == "(92) 90000-0000")
        #expect(BrazilGeography.typicalMobileSubscribers.lowerBound == 60_000_000)
    }

    @Test("Street and neighbourhood tables are well formed")
    func streets() {
        let tables = [BrazilGeography.streetTypes, BrazilGeography.streetNames, BrazilGeography.neighborhoods]
        for table in tables {
            #expect(!table.isEmpty)
            #expect(Set(table.map(\.value)).count == table.count)
            #expect(table.allSatisfy { $0.weight > 0 && !$0.value.isEmpty })
        }
        let types = Set(BrazilGeography.streetTypes.map(\.value))
        #expect(types.isSuperset(of: ["Rua", "Avenida", "Travessa", "Alameda"]))
        #expect(BrazilGeography.streetTypes[0].value == "Rua")
        let names = Set(BrazilGeography.streetNames.map(\.value))
        #expect(names.isSuperset(of: ["das Flores", "Sete de Setembro", "XV de Novembro", "Tiradentes"]))
        #expect(BrazilGeography.streetNames.count >= 60)
    }
}
