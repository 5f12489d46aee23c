import FortressSeed
import Testing

@Suite struct NameTablesTests {
    static let minimumCounts: [NameLocale: (female: Int, male: Int, surnames: Int)] = [
        .ptBR: (100, 100, 150),
        .enUS: (60, 60, 100),
        .es: (60, 60, 100),
    ]

    @Test("Locale raw values are the POSIX-style codes")
    func localeRawValues() {
        #expect(NameLocale.allCases.map(\.rawValue) == ["pt_BR", "en_US", "es"])
        #expect(NameTables.all.map(\.locale) == NameLocale.allCases)
        for locale in NameLocale.allCases {
            #expect(locale.names.locale == locale)
        }
    }

    @Test("Tables are large enough", arguments: NameLocale.allCases)
    func tableSizes(locale: NameLocale) throws {
        let table = locale.names
        let minimum = try #require(Self.minimumCounts[locale])
        #expect(table.female.count >= minimum.female)
        #expect(table.male.count >= minimum.male)
        #expect(table.surnames.count >= minimum.surnames)
        #expect(!table.femaleCompounds.isEmpty)
        #expect(!table.maleCompounds.isEmpty)
    }

    @Test("Weights are positive and names are non-empty, trimmed and unique", arguments: NameLocale.allCases)
    func wellFormed(locale: NameLocale) {
        let table = locale.names
        let lists = [table.female, table.male, table.femaleCompounds, table.maleCompounds, table.surnames]
        for list in lists {
            var seen = Set<String>()
            for (name, weight) in list {
                #expect(weight > 0 && weight.isFinite, "\(name)")
                #expect(!name.isEmpty)
                #expect(name.first != " " && name.last != " " && !name.contains("  "), "\(name)")
                #expect(seen.insert(name).inserted, "duplicate \(name) in \(locale)")
            }
        }
    }

    @Test("Weights decrease overall: the head outweighs the tail", arguments: NameLocale.allCases)
    func weightsDecrease(locale: NameLocale) {
        let table = locale.names
        for list in [table.female, table.male, table.surnames] {
            let weights = list.map(\.weight)
            #expect(weights[0] == weights.max())
            let quarter = weights.count / 4
            let head = weights.prefix(quarter).reduce(0, +)
            let tail = weights.suffix(quarter).reduce(0, +)
            #expect(head > 2 * tail)
        }
    }

    @Test("Compound given names have at least two words; single names have one", arguments: NameLocale.allCases)
    func compoundShapes(locale: NameLocale) {
        let table = locale.names
        for (name, _) in table.femaleCompounds + table.maleCompounds {
            #expect(name.split(separator: " ").count >= 2, "\(name)")
        }
        for (name, _) in table.female + table.male {
            #expect(!name.contains(" "), "\(name)")
        }
    }

    @Test("Shares are probabilities", arguments: NameLocale.allCases)
    func shares(locale: NameLocale) {
        let table = locale.names
        for share in [table.compoundGivenNameShare, table.secondSurnameShare, table.particleShare] {
            #expect((0...1).contains(share))
        }
        #expect(table.compoundGivenNameShare > 0)
    }

    @Test("Brazilian names keep their accents and IBGE order")
    func brazilianAccents() {
        let table = NameTables.ptBR
        let female = Set(table.female.map(\.value))
        let male = Set(table.male.map(\.value))
        let surnames = Set(table.surnames.map(\.value))
        #expect(table.female[0].value == "Maria" && table.female[1].value == "Ana")
        #expect(table.male[0].value == "José" && table.male[1].value == "João")
        #expect(table.surnames.prefix(4).map(\.value) == ["Silva", "Santos", "Oliveira", "Souza"])
        #expect(male.isSuperset(of: ["Antônio", "Sebastião", "Márcio", "Vinícius", "Júlio"]))
        #expect(female.isSuperset(of: ["Antônia", "Patrícia", "Letícia", "Conceição", "Sônia", "Ângela"]))
        #expect(surnames.isSuperset(of: ["Gonçalves", "Araújo", "Conceição", "Guimarães", "Magalhães", "Müller"]))
        #expect(table.maleCompounds.contains { $0.value == "João Pedro" })
        #expect(table.femaleCompounds.contains { $0.value == "Ana Paula" })
    }

    @Test("Spanish names keep their accents and tildes")
    func spanishAccents() {
        let table = NameTables.es
        #expect(table.female[0].value == "María")
        #expect(table.surnames[0].value == "García")
        let surnames = Set(table.surnames.map(\.value))
        #expect(surnames.isSuperset(of: ["Muñoz", "Núñez", "Ibáñez", "Pérez", "Domínguez"]))
        #expect(table.secondSurnameShare > 0.8)
    }

    @Test("US names follow census order")
    func usOrder() {
        let table = NameTables.enUS
        #expect(table.surnames.prefix(3).map(\.value) == ["Smith", "Johnson", "Williams"])
        #expect(table.male[0].value == "James")
        #expect(table.female[0].value == "Mary")
        #expect(table.surnameSeparator == "-")
    }

    @Test("Particles belong to known surnames")
    func particles() {
        let table = NameTables.ptBR
        let surnames = Set(table.surnames.map(\.value))
        for (surname, particle) in table.surnameParticles {
            #expect(surnames.contains(surname), "\(surname)")
            #expect(["da", "de", "do", "das", "dos"].contains(particle))
        }
        #expect(table.particle(for: "Silva") == "da")
        #expect(table.particle(for: "Santos") == "dos")
        #expect(table.particle(for: "Ferreira") == nil)
        #expect(NameTables.enUS.particle(for: "Smith") == nil)
    }

    @Test("Full names join the locale's way")
    func fullNames() {
        #expect(NameTables.ptBR.fullName(given: "Maria José", surnames: ["Souza", "Silva"], particle: "da")
            == "Maria José Souza da Silva")
        #expect(NameTables.ptBR.fullName(given: "Ana Paula", surnames: ["Souza", "Lima"]) == "Ana Paula Souza Lima")
        #expect(NameTables.ptBR.fullName(given: "José", surnames: ["Santos"], particle: "dos") == "José dos Santos")
        #expect(NameTables.es.fullName(given: "Juan Carlos", surnames: ["García", "López"])
            == "Juan Carlos García López")
        #expect(NameTables.enUS.fullName(given: "John", surnames: ["Smith", "Jones"]) == "John Smith-Jones")
        #expect(NameTables.enUS.fullName(given: "John", surnames: ["Smith"]) == "John Smith")
        #expect(NameTables.enUS.fullName(given: "John", surnames: []) == "John")
    }
}
