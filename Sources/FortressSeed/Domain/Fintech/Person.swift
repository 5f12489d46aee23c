/// A generated person: the facts behind a `users` row and its `profile` jsonb.
struct Person {
    let locale: UserLocale
    let givenName: String
    /// The surname an email or a short display uses (the last one).
    let lastSurname: String
    let fullName: String
    let birthDays: Int64
    let cpf: String
    let street: String
    let streetNumber: Int
    let neighborhood: String
    let city: BrazilCity
    let cep: String

    /// `profile` as the app stores it: display name, birth date, CPF, address, language.
    func writeProfile(into json: inout JSONWriter) {
        json.beginObject()
        json.key("display_name"); json.string(givenName + " " + lastSurname)
        json.key("full_name"); json.string(fullName)
        json.key("birth_date"); json.date(days: birthDays)
        json.key("cpf"); json.string(cpf)
        json.key("address")
        writeAddress(into: &json)
        json.key("preferred_language"); json.string(locale.bcp47)
        json.endObject()
    }

    /// The postal address as a JSON object (also an order's `shipping_address`).
    func writeAddress(into json: inout JSONWriter) {
        json.beginObject()
        json.key("recipient"); json.string(givenName + " " + lastSurname)
        json.key("street"); json.string(street)
        json.key("number"); json.int(streetNumber)
        json.key("neighborhood"); json.string(neighborhood)
        json.key("city"); json.string(city.name)
        json.key("state"); json.string(city.uf)
        json.key("cep"); json.string(cep)
        json.key("country"); json.string("BR")
        json.endObject()
    }

    /// An address on a reserved domain built from the name; `number` disambiguates.
    func email(variant: Int, number: Int?, domain: String, mixedCase: Bool) -> String {
        var local = EmailDerivation.localPart(given: givenName, family: lastSurname, variant: variant, number: variant % 97 + 1)
        if let number { local += String(number) }
        if mixedCase { local = Self.capitalizeWords(local) }
        return EmailDerivation.address(localPart: local, domain: domain)
    }

    /// `maria.silva` → `Maria.Silva`: what people type when they capitalise their name.
    static func capitalizeWords(_ s: String) -> String {
        var out = ""
        var startOfWord = true
        for ch in s {
            out += startOfWord ? ch.uppercased() : String(ch)
            startOfWord = ch == "." || ch == "_"
        }
        return out
    }
}

/// How a user reaches the app: contact data, lifecycle times.
/// A person's names, birth date and city (`PersonFactory.sketch`): what the ledger reads.
struct PersonSketch {
    let locale: UserLocale
    let givenName: String
    let firstSurname: String
    /// A second surname, when drawn and different from the first.
    let secondSurname: String?
    let particle: String?
    let birthDays: Int64
    /// Index into `BrazilGeography.cities`.
    let city: Int

    /// The surname statements and emails use.
    var lastSurname: String { secondSurname ?? firstSurname }
}

struct UserAccess {
    let hasEmail: Bool
    let hasPhone: Bool
    let emailVariant: Int
    let emailDomain: String
    let mixedCaseEmail: Bool
    let isActive: Bool
    let createdAt: Int64
    let lastLoginAt: Int64?
}
