/// What a statement shows for a ledger row: description, category and metadata.
///
/// Descriptions read like Brazilian statement lines ("COMPRA CARTAO DEB -
/// PADARIA PAO QUENTE", "PIX RECEBIDO - MARIA SOUZA"); the category follows
/// the same rule the tenant's `categories.rules` state (MCC and merchant name).
struct LedgerText {
    let model: FinanceModel
    let roster: TenantRoster
    private(set) var owner = Int.min
    private var ownerCity = ""
    private var employer = ""

    init(model: FinanceModel, roster: TenantRoster) {
        self.model = model
        self.roster = roster
    }

    /// Caches what depends only on the row's owner (city, employer).
    mutating func select(owner o: Int) {
        guard o != owner else { return }
        owner = o
        let t = roster.tenant
        if o >= 0 {
            ownerCity = model.person(tenant: t, user: o).city.name
            var g = model.keys.ledger.child("employer").child(t).generator(o)
            employer = StatementText.fold(model.isBusiness(t) ? model.tenantProfile(t).name : model.people.companyName(using: &g))
        } else {
            ownerCity = "São Paulo"
            employer = ""
        }
    }

    func description(_ row: LedgerRow) -> String {
        let merchant = row.merchant >= 0 ? model.merchants.statementName(row.merchant, kind: row.merchantKind) : ""
        switch row.purpose {
        case .openingBalance: return "SALDO ANTERIOR"
        case .salary: return (row.channel == .ted ? "TED RECEBIDA - SALARIO " : "PIX RECEBIDO - SALARIO ") + employer
        case .thirteenthSalary: return (row.channel == .ted ? "TED RECEBIDA - 13 SALARIO " : "PIX RECEBIDO - 13 SALARIO ") + employer
        case .income, .revenue: return "PIX RECEBIDO - " + externalName(row)
        case .topUp: return "CAMBIO - COMPRA DE " + row.currency.rawValue
        case .purchase, .bill, .supplier:
            var s: String
            switch row.channel {
            case .pix: s = "PIX ENVIADO - "
            case .boleto: s = "PAGTO BOLETO - "
            default: s = row.onCredit ? "COMPRA CARTAO CRED - " : "COMPRA CARTAO DEB - "
            }
            s += merchant
            if row.installmentCount > 1 { s += " PARC " + Self.two(row.installment) + "/" + Self.two(row.installmentCount) }
            return s
        case .refund: return "ESTORNO - " + merchant
        case .orderPayment: return (row.channel == .pix ? "PIX ENVIADO - " : row.onCredit ? "COMPRA CARTAO CRED - " : "COMPRA CARTAO DEB - ") + "FORTRESS MARKET"
        case .orderRefund: return "ESTORNO - FORTRESS MARKET"
        case .pixOut: return "PIX ENVIADO - " + (row.otherUser >= 0 ? roster.members[row.otherUser].statementName : externalName(row))
        case .pixIn: return "PIX RECEBIDO - " + roster.members[row.otherUser].statementName
        case .tedOut: return "TED ENVIADA - " + externalName(row)
        case .ownTransferOut: return "TRANSF ENTRE CONTAS - POUPANCA"
        case .ownTransferIn: return "TRANSF ENTRE CONTAS - CONTA PRINCIPAL"
        case .cardBillOut: return "PAGAMENTO FATURA CARTAO"
        case .cardBillIn: return "PAGAMENTO RECEBIDO - OBRIGADO"
        case .fee: return "TARIFA PACOTE DE SERVICOS"
        case .transferFee: return "TARIFA TED"
        case .interest: return "JUROS ROTATIVO"
        case .yield: return "RENDIMENTO POUPANCA"
        }
    }

    /// Someone outside the tenant, named consistently for the business transaction.
    private func externalName(_ row: LedgerRow) -> String {
        var g = model.keys.ledger.child("external").child(roster.tenant).child(row.owner).generator(row.referenceSeq)
        let names = model.people.locales[0]
        let given = names.names.female[names.female.sample(using: &g)].value
        let male = names.names.male[names.male.sample(using: &g)].value
        let surname = names.names.surnames[names.surnames.sample(using: &g)].value
        return StatementText.fold((g.bernoulli(0.5) ? given : male) + " " + surname)
    }

    func categoryPath(_ row: LedgerRow) -> CategoryPath? {
        switch row.purpose {
        case .purchase, .bill, .supplier: return row.merchantKind >= 0 ? model.merchants.categoryPath[row.merchantKind] : nil
        case .salary, .thirteenthSalary: return Self.salary
        case .income, .revenue, .pixIn: return Self.pixIn
        case .yield: return Self.yields
        case .refund: return Self.refunds
        case .topUp: return Self.otherIncome
        case .pixOut: return Self.pixOut
        case .tedOut: return Self.ted
        case .ownTransferOut, .ownTransferIn: return Self.ownAccounts
        case .cardBillOut, .cardBillIn: return Self.cardBill
        case .fee, .transferFee: return Self.fees
        case .interest: return Self.interest
        case .orderPayment: return Self.supermarket
        case .orderRefund: return Self.refunds
        case .openingBalance: return nil
        }
    }

    func writeMetadata(_ row: LedgerRow, into json: inout JSONWriter) {
        json.beginObject()
        json.key("channel"); json.string(row.channel.label)
        if row.merchant >= 0 {
            let kind = MerchantCatalogData.kinds[row.merchantKind]
            json.key("mcc"); json.string(kind.mcc.code)
            json.key("merchant_id"); json.uuid(model.merchants.id(row.merchant))
            json.key("merchant"); json.string(model.merchants.name(row.merchant, kind: row.merchantKind))
            json.key("city"); json.string(model.merchants.city(row.merchant).name)
        } else if row.order >= 0 {
            json.key("mcc"); json.string("5411")
            json.key("merchant"); json.string(GroceryLocations.chainName)
            json.key("order_id"); json.uuid(model.retail.orderID(tenant: roster.tenant, user: row.owner, cart: row.order))
            json.key("city"); json.string(ownerCity)
        } else {
            // An account takeover's rows claim the fraudster's login city.
            json.key("city"); json.string(row.fraud.city >= 0 ? BrazilGeography.cities[Int(row.fraud.city)].name : ownerCity)
        }
        json.key("device"); json.string(Self.device(row))
        if row.installmentCount > 1 {
            json.key("installment")
            json.beginObject()
            json.key("number"); json.int(row.installment)
            json.key("count"); json.int(row.installmentCount)
            json.endObject()
        }
        if row.failure != .none { json.key("failure_reason"); json.string(row.failure.label) }
        if row.reverses >= 0 {
            json.key("reverses"); json.uuid(model.transactionID(tenant: roster.tenant, owner: row.owner, seq: row.reverses))
        }
        if row.fraud.isFraud && model.scenario.fraud.markMetadata { writeFraudMark(row, into: &json) }
        json.endObject()
    }

    static func device(_ row: LedgerRow) -> String {
        switch row.channel {
        case .card: row.seq % 5 == 0 ? "web" : "pos"
        case .pix, .ted, .boleto: ["android", "android", "ios", "web"][row.seq % 4]
        case .internal: "system"
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }

    static let salary = CategoryDirectory.path(named: "Salário")
    static let supermarket = CategoryDirectory.path(named: "Supermercado")
    static let pixIn = CategoryDirectory.path(named: "Pix recebido")
    static let yields = CategoryDirectory.path(named: "Rendimentos")
    static let refunds = CategoryDirectory.path(named: "Reembolsos e estornos")
    static let otherIncome = CategoryDirectory.path(named: "Outras receitas")
    static let pixOut = CategoryDirectory.path(named: "Pix enviado")
    static let ted = CategoryDirectory.path(named: "TED")
    static let ownAccounts = CategoryDirectory.path(named: "Entre contas próprias")
    static let cardBill = CategoryDirectory.path(named: "Pagamento de fatura")
    static let fees = CategoryDirectory.path(named: "Tarifas bancárias")
    static let interest = CategoryDirectory.path(named: "Juros e encargos")
}
