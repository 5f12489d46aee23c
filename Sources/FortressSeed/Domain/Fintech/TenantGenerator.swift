/// Rows of `tenants`: businesses first, then individuals.
///
/// An individual tenant is named after its one customer (user 0), whom
/// `UserGenerator` draws from the same streams, so the two agree.
struct TenantGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var json = JSONWriter(capacity: 512)
        for t in model.tenants {
            let profile = model.tenantProfile(t)
            out.writer.uuid(model.tenantID(t))
            out.writer.text(profile.name)
            out.writer.text(profile.plan)
            json.reset()
            json.beginObject()
            json.key("kind"); json.string(profile.isBusiness ? "business" : "individual")
            json.key("locale"); json.string(profile.locale.bcp47)
            json.key("currency"); json.string(profile.currency.rawValue)
            json.key("time_zone"); json.string(profile.timeZone)
            json.key("features")
            json.beginObject()
            json.key("pix"); json.bool(true)
            json.key("supermarket"); json.bool(profile.supermarket)
            json.key("credit"); json.bool(profile.credit)
            json.key("receipts_ocr"); json.bool(profile.receiptsOCR)
            json.endObject()
            json.endObject()
            out.writer.json(json.buffer)
            out.writer.timestamp(micros: model.tenantCreatedAt(t))
            try out.endRow()
        }
    }
}

/// What a tenant row says about the tenant, derived from its index.
struct TenantProfile {
    let isBusiness: Bool
    let name: String
    let plan: String
    let locale: UserLocale
    let currency: Currency
    let timeZone: String
    let supermarket: Bool
    let credit: Bool
    let receiptsOCR: Bool
}

extension FinanceModel {
    /// The tenant's name, plan (correlated with size) and configuration.
    func tenantProfile(_ t: Int) -> TenantProfile {
        let traits = tenantTraits(t)
        let name: String
        let locale: UserLocale
        if let company = traits.company {
            name = company.text
            locale = .ptBR
        } else {
            let person = self.person(tenant: t, user: 0)
            name = person.fullName
            locale = person.locale
        }
        return TenantProfile(
            isBusiness: traits.company != nil, name: name, plan: traits.plan, locale: locale, currency: .BRL,
            timeZone: Self.tenantTimeZones[traits.timeZone], supermarket: traits.supermarket, credit: traits.credit,
            receiptsOCR: traits.receiptsOCR)
    }

    /// Time zones weighted roughly by population (most of Brazil is on Brasília time).
    static let tenantTimeZones = [
        "America/Sao_Paulo", "America/Sao_Paulo", "America/Sao_Paulo", "America/Sao_Paulo",
        "America/Sao_Paulo", "America/Sao_Paulo", "America/Manaus", "America/Recife",
        "America/Fortaleza", "America/Cuiaba",
    ]

    /// `tenantProfile(t)`'s draws without building its strings: the ledger asks every
    /// tenant for its features (supermarket) and a business for its name (salaries).
    func tenantTraits(_ t: Int) -> TenantTraits {
        var g = keys.tenant.generator(t)
        let users = userCount(tenant: t)
        let plan: String
        var company: CompanyNameParts?
        if isBusiness(t) {
            plan = users >= 500 ? "enterprise" : users >= 50 ? "business" : "starter"
            company = people.companyNameParts(using: &g)
        } else {
            plan = g.bernoulli(0.22) ? "premium" : "free"
        }
        let zone = g.uniform(below: Self.tenantTimeZones.count)
        let premium = plan != "free" && plan != "starter"
        return TenantTraits(
            company: company, plan: plan, timeZone: zone, supermarket: g.bernoulli(premium ? 0.9 : 0.7),
            credit: g.bernoulli(premium ? 0.9 : 0.4), receiptsOCR: g.bernoulli(premium ? 0.7 : 0.2))
    }
}

/// A tenant's plan and features as `tenantProfile` draws them; `company` is the business's name (nil for individuals).
struct TenantTraits {
    let company: CompanyNameParts?
    let plan: String
    /// Index into `FinanceModel.tenantTimeZones`.
    let timeZone: Int
    let supermarket: Bool
    let credit: Bool
    let receiptsOCR: Bool
}

extension UserLocale {
    /// The BCP 47 tag (`pt-BR`), as apps store a language preference.
    public var bcp47: String {
        switch self {
        case .ptBR: "pt-BR"
        case .enUS: "en-US"
        case .es: "es"
        }
    }
}
