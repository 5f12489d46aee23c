/// What a statement shows for a ledger row: description, category and metadata.
///
/// The transactions table writes them as bytes (`writeDescription`, `writeMetadata`)
/// into reused buffers; the `String` forms (`description`, `device`) are built from the
/// same code, so every table prints the same text.
///
/// A class: it holds a whole `FinanceModel` (a large struct of tables), and row sinks
/// read it several times per row through an optional; as a struct every such read
/// copied the model and retained each of its tables.
///
/// Descriptions read like Brazilian statement lines ("COMPRA CARTAO DEB -
/// PADARIA PAO QUENTE", "PIX RECEBIDO - MARIA SOUZA"); the category follows
/// the same rule the tenant's `categories.rules` state (MCC and merchant name).
final class LedgerText {
    // (Unchecked exclusivity: read for every row, never accessed reentrantly, and a
    // checked class property costs a runtime call per access.)
    let model: FinanceModel
    @exclusivity(unchecked) private(set) var roster: TenantRoster
    @exclusivity(unchecked) private(set) var owner = Int.min
    @exclusivity(unchecked) private(set) var ownerCity = ""
    /// The owner's employer as statements print it (folded), rewritten per owner in place.
    @exclusivity(unchecked) private var employer = ByteBuffer(capacity: 64)

    init(model: FinanceModel, roster: TenantRoster) {
        self.model = model
        self.roster = roster
    }

    /// Starts over with another tenant's roster (a sink keeps one text for a whole run).
    func reset(roster: TenantRoster) {
        self.roster = roster
        owner = Int.min
    }

    /// Caches what depends only on the row's owner (city, employer), without allocating:
    /// the city from the person's first draws, the employer's name folded as it is written.
    func select(owner o: Int) {
        guard o != owner else { return }
        owner = o
        let t = roster.tenant
        employer.removeAll()
        if o >= 0 {
            ownerCity = BrazilGeography.cities[model.personSketch(tenant: t, user: o).city].name
            if model.isBusiness(t) {
                model.tenantTraits(t).company?.appendFolded(to: &employer)
            } else {
                var g = model.keys.ledger.child("employer").child(t).generator(o)
                model.people.companyNameParts(using: &g).appendFolded(to: &employer)
            }
        } else {
            ownerCity = "São Paulo"
        }
    }

    /// The statement line of `row`, e.g. "COMPRA CARTAO DEB - PADARIA PAO QUENTE PARC 02/10".
    func description(_ row: LedgerRow) -> String {
        var b = ByteBuffer(capacity: 96)
        writeDescription(row, into: &b)
        return String(decoding: b.bytes, as: UTF8.self)
    }

    /// Appends `description(row)`'s UTF-8 to `b`: the transactions table writes it this
    /// way, byte by byte into a reused buffer, without a `String` per row.
    func writeDescription(_ row: LedgerRow, into b: inout ByteBuffer) {
        switch row.purpose {
        case .openingBalance: b.append("SALDO ANTERIOR")
        case .salary:
            b.append(row.channel == .ted ? "TED RECEBIDA - SALARIO " as StaticString : "PIX RECEBIDO - SALARIO ")
            b.append(employer)
        case .thirteenthSalary:
            b.append(row.channel == .ted ? "TED RECEBIDA - 13 SALARIO " as StaticString : "PIX RECEBIDO - 13 SALARIO ")
            b.append(employer)
        case .income, .revenue:
            b.append("PIX RECEBIDO - ")
            writeExternalName(row, into: &b)
        case .topUp:
            b.append("CAMBIO - COMPRA DE ")
            b.append(utf8: row.currency.rawValue)
        case .purchase, .bill, .supplier:
            switch row.channel {
            case .pix: b.append("PIX ENVIADO - ")
            case .boleto: b.append("PAGTO BOLETO - ")
            default: b.append(row.onCredit ? "COMPRA CARTAO CRED - " as StaticString : "COMPRA CARTAO DEB - ")
            }
            writeMerchant(row, into: &b)
            if row.installmentCount > 1 {
                b.append(" PARC ")
                Self.writeTwo(row.installment, into: &b)
                b.append(UInt8(ascii: "/"))
                Self.writeTwo(row.installmentCount, into: &b)
            }
        case .refund:
            b.append("ESTORNO - ")
            writeMerchant(row, into: &b)
        case .orderPayment:
            b.append(row.channel == .pix ? "PIX ENVIADO - " as StaticString : row.onCredit ? "COMPRA CARTAO CRED - " : "COMPRA CARTAO DEB - ")
            b.append("FORTRESS MARKET")
        case .orderRefund: b.append("ESTORNO - FORTRESS MARKET")
        case .pixOut:
            b.append("PIX ENVIADO - ")
            if row.otherUser >= 0 { roster.members[row.otherUser].appendStatementName(to: &b) } else { writeExternalName(row, into: &b) }
        case .pixIn:
            b.append("PIX RECEBIDO - ")
            roster.members[row.otherUser].appendStatementName(to: &b)
        case .tedOut:
            b.append("TED ENVIADA - ")
            writeExternalName(row, into: &b)
        case .ownTransferOut: b.append("TRANSF ENTRE CONTAS - POUPANCA")
        case .ownTransferIn: b.append("TRANSF ENTRE CONTAS - CONTA PRINCIPAL")
        case .cardBillOut: b.append("PAGAMENTO FATURA CARTAO")
        case .cardBillIn: b.append("PAGAMENTO RECEBIDO - OBRIGADO")
        case .fee: b.append("TARIFA PACOTE DE SERVICOS")
        case .transferFee: b.append("TARIFA TED")
        case .interest: b.append("JUROS ROTATIVO")
        case .yield: b.append("RENDIMENTO POUPANCA")
        }
    }

    /// The merchant's statement name (nothing for a row without a merchant).
    private func writeMerchant(_ row: LedgerRow, into b: inout ByteBuffer) {
        if row.merchant >= 0 { b.append(utf8: model.merchants.statementName(row.merchant, kind: row.merchantKind)) }
    }

    /// Someone outside the tenant, named consistently for the business transaction.
    ///
    /// Draws exactly as the name was first defined (female given, male given, surname,
    /// then which given name), from the statement-folded name pools of `LedgerTables`.
    private func writeExternalName(_ row: LedgerRow, into b: inout ByteBuffer) {
        var g = model.ledgerTables.externalKey.child(roster.tenant).child(row.owner).generator(row.referenceSeq)
        let names = model.people.locales[0]
        let given = names.female.sample(using: &g)
        let male = names.male.sample(using: &g)
        let surname = names.surnames.sample(using: &g)
        let pool = model.ledgerTables.externalNames
        b.append(utf8: g.bernoulli(0.5) ? pool.female[given] : pool.male[male])
        b.append(UInt8(ascii: " "))
        b.append(utf8: pool.surnames[surname])
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

    /// The `metadata` document of `row`. `scratch` is a reusable buffer for composed strings.
    func writeMetadata(_ row: LedgerRow, into json: inout JSONWriter, scratch: inout ByteBuffer) {
        json.beginObject()
        json.key("channel"); json.string(row.channel.staticLabel)
        if row.merchant >= 0 {
            json.key("mcc"); Self.writeMCC(MerchantCatalogData.kinds[row.merchantKind].mcc, into: &json)
            json.key("merchant_id"); json.uuid(model.merchants.id(row.merchant))
            scratch.removeAll()
            model.merchants.writeName(row.merchant, kind: row.merchantKind, into: &scratch)
            json.key("merchant"); scratch.withUnsafeBytes { json.string(utf8: $0) }
            json.key("city"); json.string(model.merchants.cityName(row.merchant))
        } else if row.order >= 0 {
            json.key("mcc"); json.string("5411")
            json.key("merchant"); json.string(GroceryLocations.chainName)
            json.key("order_id"); json.uuid(model.retail.orderID(tenant: roster.tenant, user: row.owner, cart: row.order))
            json.key("city"); json.string(ownerCity)
        } else {
            // An account takeover's rows claim the fraudster's login city.
            json.key("city"); json.string(row.fraud.city >= 0 ? BrazilGeography.cities[Int(row.fraud.city)].name : ownerCity)
        }
        json.key("device"); json.string(Self.deviceLabel(row))
        if row.installmentCount > 1 {
            json.key("installment")
            json.beginObject()
            json.key("number"); json.int(row.installment)
            json.key("count"); json.int(row.installmentCount)
            json.endObject()
        }
        if row.failure != .none { json.key("failure_reason"); json.string(row.failure.staticLabel) }
        if row.reverses >= 0 {
            json.key("reverses"); json.uuid(model.transactionID(tenant: roster.tenant, owner: row.owner, seq: row.reverses))
        }
        if row.fraud.isFraud && model.scenario.fraud.markMetadata { writeFraudMark(row, into: &json) }
        json.endObject()
    }

    /// The `metadata` document of `row`, for callers without a scratch buffer.
    func writeMetadata(_ row: LedgerRow, into json: inout JSONWriter) {
        var scratch = ByteBuffer(capacity: 64)
        writeMetadata(row, into: &json, scratch: &scratch)
    }

    /// An MCC as its 4-digit JSON string, e.g. "0742" (what `MerchantCategoryCode.code` spells).
    private static func writeMCC(_ mcc: MerchantCategoryCode, into json: inout JSONWriter) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { digits in
            var rest = mcc.rawValue
            for i in stride(from: 3, through: 0, by: -1) {
                digits[i] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            json.string(utf8: UnsafeRawBufferPointer(digits))
        }
    }

    static func device(_ row: LedgerRow) -> String { deviceLabel(row).description }

    /// The device a row was made from: card rows at a terminal or the web, transfers from the app.
    static func deviceLabel(_ row: LedgerRow) -> StaticString {
        switch row.channel {
        case .card: return row.seq % 5 == 0 ? "web" : "pos"
        case .pix, .ted, .boleto:
            switch row.seq % 4 {
            case 0, 1: return "android"
            case 2: return "ios"
            default: return "web"
            }
        case .internal: return "system"
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }

    /// `two(n)`'s bytes: at least two digits.
    static func writeTwo(_ n: Int, into b: inout ByteBuffer) {
        if n < 10 { b.append(UInt8(ascii: "0")) }
        b.appendInt(n)
    }

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
