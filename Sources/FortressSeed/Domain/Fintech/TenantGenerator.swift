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
        var g = keys.tenant.generator(t)
        let users = userCount(tenant: t)
        let business = isBusiness(t)
        let plan: String
        let name: String
        let locale: UserLocale
        if business {
            plan = users >= 500 ? "enterprise" : users >= 50 ? "business" : "starter"
            name = people.companyName(using: &g)
            locale = .ptBR
        } else {
            plan = g.bernoulli(0.22) ? "premium" : "free"
            let person = self.person(tenant: t, user: 0)
            name = person.fullName
            locale = person.locale
        }
        // Time zones weighted roughly by population (most of Brazil is on Brasília time).
        let zones = ["America/Sao_Paulo", "America/Sao_Paulo", "America/Sao_Paulo", "America/Sao_Paulo",
                     "America/Sao_Paulo", "America/Sao_Paulo", "America/Manaus", "America/Recife",
                     "America/Fortaleza", "America/Cuiaba"]
        let zone = zones[g.uniform(below: zones.count)]
        let premium = plan != "free" && plan != "starter"
        return TenantProfile(
            isBusiness: business, name: name, plan: plan, locale: locale, currency: .BRL, timeZone: zone,
            supermarket: g.bernoulli(premium ? 0.9 : 0.7), credit: g.bernoulli(premium ? 0.9 : 0.4),
            receiptsOCR: g.bernoulli(premium ? 0.7 : 0.2))
    }
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
