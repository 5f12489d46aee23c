import FortressSeed
import Testing

@Suite struct EmailDerivationTests {
    @Test("Accents fold to ASCII, case is lowered, other characters drop")
    func folding() {
        let cases: [(String, String)] = [
            ("Antônio", "antonio"), ("Conceição", "conceicao"), ("JOÃO", "joao"), ("Muñoz", "munoz"),
            ("Müller", "muller"), ("Ângela", "angela"), ("Ícaro", "icaro"), ("Ñandú", "nandu"),
            ("O'Brien", "obrien"), ("Smith-Jones", "smithjones"), ("Ana Paula", "anapaula"),
            ("Straße", "strasse"), ("Æsir", "aesir"), ("Œuvre", "oeuvre"), ("Łukasz", "lukasz"),
            ("Dvořák", "dvorak"), ("Þór", "thor"), ("São José 2", "saojose2"), ("日本", ""), ("", ""),
        ]
        for (input, expected) in cases {
            #expect(EmailDerivation.asciiFold(input) == expected, "\(input)")
        }
    }

    @Test("Decomposed (NFD) accents fold like composed ones")
    func decomposed() {
        #expect(EmailDerivation.asciiFold("Jose\u{301}") == "jose")
        #expect(EmailDerivation.asciiFold("Conceic\u{327}a\u{303}o") == "conceicao")
    }

    @Test("Every table name folds to non-empty lowercase ASCII, idempotently", arguments: NameLocale.allCases)
    func tableNamesFold(locale: NameLocale) {
        let table = locale.names
        for (name, _) in table.female + table.male + table.femaleCompounds + table.maleCompounds + table.surnames {
            let folded = EmailDerivation.asciiFold(name)
            #expect(!folded.isEmpty, "\(name)")
            #expect(folded.utf8.allSatisfy { (0x61...0x7A).contains($0) }, "\(name) → \(folded)")
            #expect(EmailDerivation.asciiFold(folded) == folded)
        }
    }

    @Test("Each pattern builds the documented local part")
    func patterns() {
        let expected: [EmailPattern: String] = [
            .firstDotLast: "anapaula.lima",
            .firstLast: "anapaulalima",
            .initialDotLast: "a.lima",
            .firstUnderscoreLast: "anapaula_lima",
            .firstDotLastNumber: "anapaula.lima87",
            .initialLast: "alima",
            .firstNumber: "anapaula87",
            .lastDotFirst: "lima.anapaula",
        ]
        for pattern in EmailPattern.allCases {
            let local = EmailDerivation.localPart(given: "Ana Paula", family: "Lima", pattern: pattern, number: 87)
            #expect(local == expected[pattern], "\(pattern)")
        }
        #expect(EmailDerivation.localPart(given: "João Pedro", family: "Conceição", pattern: .firstDotLastNumber,
                                          number: 7) == "joaopedro.conceicao7")
    }

    @Test("Integer variants select patterns modulo their count")
    func variants() {
        let count = EmailPattern.allCases.count
        for variant in -20...20 {
            let index = ((variant % count) + count) % count
            let byVariant = EmailDerivation.localPart(given: "Íris", family: "Araújo", variant: variant, number: 3)
            let byPattern = EmailDerivation.localPart(given: "Íris", family: "Araújo",
                                                      pattern: EmailPattern.allCases[index], number: 3)
            #expect(byVariant == byPattern)
        }
    }

    @Test("Empty names fall back instead of producing dots at the edges")
    func fallbacks() {
        #expect(EmailDerivation.localPart(given: "", family: "Lima", pattern: .firstDotLast) == "lima.lima")
        #expect(EmailDerivation.localPart(given: "Ana", family: "日本", pattern: .initialDotLast) == "a.ana")
        #expect(EmailDerivation.localPart(given: "", family: "", pattern: .firstNumber, number: 5) == "user5")
    }

    @Test("Local parts stay within 64 octets and keep their number")
    func lengthCap() {
        let long = String(repeating: "Maximiliano", count: 10)
        let local = EmailDerivation.localPart(given: long, family: long, pattern: .firstDotLastNumber, number: 1234)
        #expect(local.utf8.count == EmailDerivation.maxLocalPartLength)
        #expect(local.hasSuffix("1234"))
        let cut = EmailDerivation.localPart(given: String(repeating: "a", count: 63), family: "b",
                                            pattern: .firstDotLastNumber, number: 9)
        #expect(cut == String(repeating: "a", count: 63) + "9", "a trailing dot is trimmed")
    }

    @Test("Generated domains are reserved ones only")
    func domains() {
        #expect(EmailDerivation.domains.map(\.value)
            == ["example.com", "example.org", "example.net", "mail.example", "fortress.test"])
        for (domain, weight) in EmailDerivation.domains {
            #expect(weight > 0)
            #expect(EmailDerivation.isReservedDomain(domain))
            #expect(EmailDerivation.isReservedDomain(EmailDerivation.address(localPart: "ana.lima", domain: domain)))
        }
        #expect(EmailDerivation.patternWeights.map(\.value) == EmailPattern.allCases)
    }

    @Test("The reserved-domain check accepts RFC 2606 names and rejects look-alikes")
    func reservedDomainCheck() {
        let reserved = [
            "ana@example.com", "ana@EXAMPLE.ORG", "x@example.net", "x@sub.example.com", "x@mail.example",
            "x@fortress.test", "x@a.b.test", "x@foo.invalid", "x@localhost", "example.com", "a@b@example.com",
        ]
        let notReserved = [
            "ana@gmail.com", "ana@example.com.br", "ana@notexample.com", "ana@example.co", "@example.com",
            "ana@", "ana@example..com", "ana@example.com.", "ana@.example.com", "ana@exámple.test", "ana@com",
            "ana@test.com", "ana@example_1.test", "",
        ]
        for email in reserved {
            #expect(EmailDerivation.isReservedDomain(email), "\(email)")
        }
        for email in notReserved {
            #expect(!EmailDerivation.isReservedDomain(email), "\(email)")
        }
    }
}
