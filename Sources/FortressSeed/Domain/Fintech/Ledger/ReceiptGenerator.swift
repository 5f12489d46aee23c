/// Rows of `receipts`: for the card purchases the ledger marks, a receipt with
/// the same amount, currency, user and tenant, OCR data whose line items add
/// up to the total, and `transaction_id` naming the purchase (which names it back).
struct ReceiptGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var sink = ReceiptRowSink(model: model, out: out)
        for t in model.tenants {
            sink.tenant = t
            sink.tenantID = model.tenantID(t)
            try TenantLedger(model: model, tenant: t).run(into: &sink)
        }
        out = sink.out
    }
}

struct ReceiptRowSink<W: RowWriting, S: ByteSink>: LedgerSink {
    let model: FinanceModel
    var out: RowStream<W, S>
    var tenant = 0
    var tenantID = UUIDValue(hi: 0, lo: 0)
    var json = JSONWriter(capacity: 1024)

    init(model: FinanceModel, out: RowStream<W, S>) {
        self.model = model
        self.out = out
    }

    mutating func emit(_ row: LedgerRow) throws {
        guard row.hasReceipt else { return }
        let id = model.receiptID(tenant: tenant, owner: row.owner, seq: row.seq)
        var g = model.keys.receipt.child(tenant).child(row.owner).generator(row.seq)
        let kind = MerchantCatalogData.kinds[row.merchantKind]
        let merchantName = model.merchants.name(row.merchant, kind: row.merchantKind)
        let createdAt = min(row.occurredAt + g.uniform(60_000_000...(6 * CivilCalendar.microsPerHour)), model.scenario.nowMicros)
        out.writer.uuid(id)
        out.writer.uuid(tenantID)
        out.writer.uuid(row.owner >= 0 ? model.userID(tenant: tenant, user: row.owner) : nil)
        out.writer.uuid(model.transactionID(tenant: tenant, owner: row.owner, seq: row.seq))
        out.writer.decimal(minorUnits: row.amountCents, scale: 2)
        out.writer.label(row.currency.sqlLabel)
        json.reset()
        json.beginObject()
        json.key("merchant_name"); json.string(merchantName)
        let registered = model.merchants.registeredAt(row.merchant)
        json.key("cnpj"); json.string(MerchantGenerator(directory: model.merchants).cnpj(row.merchant, alphanumeric: registered >= MerchantGenerator.alphanumericCNPJFrom))
        json.key("date"); json.date(days: CalendarProfile.localDay(row.occurredAt))
        json.key("items")
        json.beginArray()
        ReceiptItems.write(total: row.amountCents, kind: kind, into: &json, using: &g)
        json.endArray()
        json.key("total"); json.decimal(minorUnits: row.amountCents, scale: 2)
        json.key("currency"); json.string(row.currency.rawValue)
        json.key("ocr_confidence"); json.decimal(minorUnits: Int64(70 + g.uniform(below: 30)), scale: 2)
        json.endObject()
        out.writer.json(json.buffer)
        let (y, m, _) = CivilCalendar.civil(days: row.occurredAt.floorDiv(CivilCalendar.microsPerDay))
        out.writer.text("receipts/" + tenantID.description + "/" + String(y) + "/" + LedgerText.two(m) + "/" + id.description + ".jpg")
        out.writer.timestamp(micros: createdAt)
        try out.endRow()
    }
}

/// Line items of a receipt: 1–6 items whose totals add up exactly to the receipt total.
enum ReceiptItems {
    static func write<R: RandomNumberGenerator>(total: Int64, kind: MerchantKind, into json: inout JSONWriter, using g: inout R) {
        let names = items[kind.category] ?? ["PRODUTO", "ITEM DIVERSO", "SERVICO"]
        let count = Int(min(Int64(1 + g.uniform(below: 6)), max(1, total / 100)))
        var left = total
        for i in 0..<count {
            // Each item takes a random share of what is left; the last takes the rest.
            let amount = i == count - 1 ? left : max(1, left * Int64(20 + g.uniform(below: 50)) / 100)
            left -= amount
            let quantity = amount % 2 == 0 && amount >= 200 && g.bernoulli(0.3) ? 2 : 1
            json.beginObject()
            json.key("description"); json.string(names[g.uniform(below: names.count)])
            json.key("quantity"); json.int(quantity)
            json.key("unit_price"); json.decimal(minorUnits: amount / Int64(quantity), scale: 2)
            json.key("total"); json.decimal(minorUnits: amount, scale: 2)
            json.endObject()
        }
    }

    static let items: [String: [String]] = [
        "Supermercado": ["ARROZ TIPO 1 5KG", "FEIJAO CARIOCA 1KG", "LEITE UHT INTEGRAL 1L", "CAFE TORRADO 500G", "ACUCAR REFINADO 1KG", "OLEO DE SOJA 900ML", "BANANA PRATA KG", "PAO DE FORMA", "SABAO EM PO 1KG", "DETERGENTE 500ML"],
        "Restaurantes": ["PRATO EXECUTIVO", "REFRIGERANTE LATA", "SUCO NATURAL", "SOBREMESA", "AGUA MINERAL", "TAXA DE SERVICO"],
        "Lanchonetes": ["X-BURGUER", "PASTEL DE CARNE", "COXINHA", "CALDO DE CANA", "ACAI 500ML", "CAFE EXPRESSO"],
        "Padaria": ["PAO FRANCES KG", "PAO DE QUEIJO", "BOLO DE FUBA", "CAFE COM LEITE", "QUEIJO MUSSARELA KG", "PRESUNTO KG"],
        "Farmácia": ["DIPIRONA 500MG", "PROTETOR SOLAR FPS 50", "ESCOVA DENTAL", "CREME DENTAL 90G", "VITAMINA C", "SHAMPOO 350ML"],
        "Combustível": ["GASOLINA COMUM", "ETANOL", "DIESEL S10", "ADITIVO"],
        "Vestuário e calçados": ["CAMISETA", "CALCA JEANS", "TENIS", "MEIA", "BERMUDA", "VESTIDO"],
        "Eletrônicos e eletrodomésticos": ["CABO USB-C", "FONE DE OUVIDO", "CARREGADOR", "MOUSE SEM FIO", "LIQUIDIFICADOR"],
    ]
}
