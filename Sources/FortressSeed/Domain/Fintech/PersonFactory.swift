/// Draws people, companies and contact details from the embedded reference tables.
///
/// All tables are turned into alias tables once, at construction; drawing a
/// person costs a few O(1) samples and the string joins of the name itself.
struct PersonFactory: Sendable {
    struct LocaleTables: Sendable {
        let names: NameTable
        let female, male, femaleCompounds, maleCompounds, surnames: AliasTable
    }

    let locales: [LocaleTables]
    let cities: AliasTable
    let areaCodes: AliasTable
    let streetTypes: AliasTable
    let streetNames: AliasTable
    let neighborhoods: AliasTable
    let emailPatterns: AliasTable
    let emailDomains: AliasTable

    init() {
        locales = UserLocale.allCases.map { locale in
            let names = NameLocale(rawValue: locale.rawValue)!.names
            return LocaleTables(
                names: names, female: Self.alias(names.female), male: Self.alias(names.male),
                femaleCompounds: Self.alias(names.femaleCompounds), maleCompounds: Self.alias(names.maleCompounds),
                surnames: Self.alias(names.surnames))
        }
        cities = AliasTable(weights: BrazilGeography.cities.map(\.weight))
        areaCodes = AliasTable(weights: BrazilGeography.areaCodes.map(\.weight))
        streetTypes = Self.alias(BrazilGeography.streetTypes)
        streetNames = Self.alias(BrazilGeography.streetNames)
        neighborhoods = Self.alias(BrazilGeography.neighborhoods)
        emailPatterns = AliasTable(weights: EmailDerivation.patternWeights.map(\.weight))
        emailDomains = Self.alias(EmailDerivation.domains)
    }

    static func alias<V>(_ table: WeightedTable<V>) -> AliasTable { AliasTable(weights: table.map(\.weight)) }

    /// A person of `locale`: name, birth date (adult), CPF, Brazilian address.
    func person<R: RandomNumberGenerator>(locale: UserLocale, nowDays: Int64, using g: inout R) -> Person {
        let names = locales[UserLocale.allCases.firstIndex(of: locale)!].names
        let sketch = self.sketch(locale: locale, nowDays: nowDays, using: &g)
        let given = sketch.givenName
        var surnames = [sketch.firstSurname]
        if let second = sketch.secondSurname { surnames.append(second) }
        let particle = sketch.particle
        let birthDays = sketch.birthDays
        let city = BrazilGeography.cities[sketch.city]
        let fiscal = BrazilGeography.state(uf: city.uf)?.cpfFiscalRegion ?? 8
        let cpfBase = BrazilDocuments.cpfBase9(serial: g.uniform(below: BrazilDocuments.cpfRegionalSerialCount), fiscalRegion: fiscal)
        let street = BrazilGeography.streetTypes[streetTypes.sample(using: &g)].value + " "
            + BrazilGeography.streetNames[streetNames.sample(using: &g)].value
        let cep = BrazilGeography.cep(at: g.uniform(below: BrazilGeography.cepCount(in: city.cepRanges)), in: city.cepRanges)
        return Person(
            locale: locale, givenName: given, lastSurname: surnames[surnames.count - 1],
            fullName: names.fullName(given: given, surnames: surnames, particle: particle), birthDays: birthDays,
            cpf: BrazilDocuments.formatCPF(BrazilDocuments.cpfDigits(base9: cpfBase)),
            street: street, streetNumber: 1 + Int(g.logNormal(mu: 5.0, sigma: 1.0).clamped(to: 0...9_998)),
            neighborhood: BrazilGeography.neighborhoods[neighborhoods.sample(using: &g)].value,
            city: city, cep: BrazilGeography.formatCEP(cep))
    }

    /// The first draws of `person(locale:nowDays:using:)`: names, birth date and city, which
    /// is all the ledger needs of a person (statement names, home city). Nothing here
    /// allocates (names are the tables' own strings); `person` continues from the same
    /// generator with the CPF and address.
    func sketch<R: RandomNumberGenerator>(locale: UserLocale, nowDays: Int64, using g: inout R) -> PersonSketch {
        let tables = locales[UserLocale.allCases.firstIndex(of: locale)!]
        let names = tables.names
        let female = g.bernoulli(0.51)
        let given: String
        if g.bernoulli(names.compoundGivenNameShare) {
            given = female ? names.femaleCompounds[tables.femaleCompounds.sample(using: &g)].value
                : names.maleCompounds[tables.maleCompounds.sample(using: &g)].value
        } else {
            given = female ? names.female[tables.female.sample(using: &g)].value : names.male[tables.male.sample(using: &g)].value
        }
        let first = names.surnames[tables.surnames.sample(using: &g)].value
        var second: String?
        if g.bernoulli(names.secondSurnameShare) {
            let s = names.surnames[tables.surnames.sample(using: &g)].value
            if s != first { second = s }
        }
        let particle = g.bernoulli(names.particleShare) ? names.particle(for: second ?? first) : nil
        // Adults: ages 18–90 around a working-age mean, as a bank's customer base.
        let age = g.normal(mean: 39, sd: 13).clamped(to: 18...90)
        let birthDays = nowDays - Int64(age * 365.2425) - Int64(g.uniform(below: 365))
        return PersonSketch(
            locale: locale, givenName: given, firstSurname: first, secondSurname: second, particle: particle,
            birthDays: birthDays, city: cities.sample(using: &g))
    }

    /// A Brazilian company name: "Oliveira Alimentos Ltda", "Costa & Lima Engenharia S.A.".
    func companyName<R: RandomNumberGenerator>(using g: inout R) -> String {
        companyNameParts(using: &g).text
    }

    /// `companyName(using:)`'s draws, kept as the table strings they picked (no `String` built).
    func companyNameParts<R: RandomNumberGenerator>(using g: inout R) -> CompanyNameParts {
        let names = locales[0].names
        let a = names.surnames[locales[0].surnames.sample(using: &g)].value
        let sector = Self.sectors[g.uniform(below: Self.sectors.count)]
        let suffix = Self.legalSuffixes[g.uniform(below: Self.legalSuffixes.count)]
        switch g.uniform(below: 4) {
        case 0:
            let b = names.surnames[locales[0].surnames.sample(using: &g)].value
            return CompanyNameParts(lead: a, partner: b, sector: sector, suffix: suffix)
        case 1: return CompanyNameParts(lead: Self.brandWords[g.uniform(below: Self.brandWords.count)], partner: nil, sector: sector, suffix: suffix)
        default: return CompanyNameParts(lead: a, partner: nil, sector: sector, suffix: suffix)
        }
    }

    /// `+55` mobile number: the home city's DDD most of the time.
    func phone<R: RandomNumberGenerator>(homeDDD: Int, using g: inout R) -> String {
        let ddd = g.bernoulli(0.85) ? homeDDD : BrazilGeography.areaCodes[areaCodes.sample(using: &g)].ddd
        return BrazilGeography.formatE164Mobile(ddd: ddd, subscriber: g.uniform(BrazilGeography.typicalMobileSubscribers))
    }

    static let sectors = [
        "Alimentos", "Tecnologia", "Comércio", "Logística", "Engenharia", "Distribuidora", "Serviços", "Construtora",
        "Consultoria", "Transportes", "Agropecuária", "Farmacêutica", "Varejo", "Têxtil", "Educação", "Saúde",
    ]
    static let legalSuffixes = ["Ltda", "Ltda", "Ltda", "S.A.", "ME", "Ltda - EPP"]
    static let brandWords = [
        "Nova Era", "Horizonte", "Aurora", "Boa Vista", "Primavera", "Atlântico", "Cerrado", "Pantanal", "Serra Azul",
        "Ipê", "Jequitibá", "Litoral", "Planalto", "Rio Claro", "Sol Nascente", "Três Rios",
    ]
}

/// A company name as drawn: "LEAD & PARTNER SECTOR SUFFIX" or "LEAD SECTOR SUFFIX", each
/// part a string of the reference tables.
struct CompanyNameParts {
    let lead: String
    let partner: String?
    let sector: String
    let suffix: String

    /// "Costa & Lima Engenharia S.A.", "Aurora Tecnologia Ltda".
    var text: String {
        if let partner { return "\(lead) & \(partner) \(sector) \(suffix)" }
        return "\(lead) \(sector) \(suffix)"
    }

    /// `StatementText.fold(text)`'s bytes, appended without building either string.
    func appendFolded(to b: inout ByteBuffer) {
        StatementText.appendFolded(lead, to: &b)
        if let partner {
            b.append(" & ")
            StatementText.appendFolded(partner, to: &b)
        }
        b.append(UInt8(ascii: " "))
        StatementText.appendFolded(sector, to: &b)
        b.append(UInt8(ascii: " "))
        StatementText.appendFolded(suffix, to: &b)
    }
}
