/// Rows of `merchants`: the global catalog with MCC, category and a CNPJ.
///
/// Merchants registered from July 2026 on get the alphanumeric CNPJ the
/// Receita Federal issues from then (IN RFB 2.229/2024); older ones a numeric one.
struct MerchantGenerator {
    let directory: MerchantDirectory

    /// 2026-07-01T00:00:00Z, when alphanumeric CNPJs start being issued.
    static let alphanumericCNPJFrom: Int64 = CivilCalendar.days(year: 2026, month: 7, day: 1) * CivilCalendar.microsPerDay

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var json = JSONWriter(capacity: 512)
        for m in 0..<directory.count {
            let k = directory.kindIndex(of: m)
            let kind = MerchantCatalogData.kinds[k]
            let registered = directory.registeredAt(m)
            let city = directory.city(m)
            out.writer.uuid(directory.id(m))
            out.writer.text(directory.name(m, kind: k))
            out.writer.text(kind.mcc.code)
            out.writer.text(kind.category)
            json.reset()
            json.beginObject()
            let alphanumeric = registered >= Self.alphanumericCNPJFrom
            json.key("cnpj"); json.string(cnpj(m, alphanumeric: alphanumeric))
            json.key("cnpj_format"); json.string(alphanumeric ? "alphanumeric" : "numeric")
            json.key("kind"); json.string(kind.key)
            json.key("city"); json.string(city.name)
            json.key("state"); json.string(city.uf)
            json.endObject()
            out.writer.json(json.buffer)
            out.writer.timestamp(micros: registered)
            try out.endRow()
        }
    }

    func cnpj(_ m: Int, alphanumeric: Bool) -> String {
        var g = directory.key.child("cnpj").generator(m)
        if alphanumeric {
            let base = BrazilDocuments.alphanumericCNPJBase12(rootSerial: g.uniform(below: 2_821_109_907_456), branchSerial: 1 + g.uniform(below: 40))
            return BrazilDocuments.formatAlphanumericCNPJ(BrazilDocuments.alphanumericCNPJ(base12: base))
        }
        let digits = BrazilDocuments.cnpjDigits(root: g.uniform(1_000_000...99_999_999), branch: 1 + g.uniform(below: 20))
        return BrazilDocuments.formatCNPJ(digits)
    }
}
