/// Sampling tables the ledger uses, built once per dataset.
///
/// A class, so that copies of the `FinanceModel` holding it (one per user ledger and
/// per row text) retain one reference instead of each of its arrays.
final class LedgerTables: Sendable {
    /// Kinds people buy from day to day (not monthly bills), as indices into `MerchantCatalogData.kinds`.
    let purchaseKinds: [Int]
    let purchaseAlias: AliasTable
    /// Kinds paid monthly (rent, utilities, telecom, streaming, gym, school, insurance).
    let recurringKinds: [Int]
    let recurringAlias: AliasTable
    /// Travel kinds, for purchases on foreign-currency accounts.
    let travelKinds: [Int]
    /// Log-normal parameters per kind fitted to its 10th–90th percentile purchase.
    let amountMu: [Double]
    let amountSigma: [Double]
    let hours: AliasTable
    /// The stream of names of people outside a tenant (statement lines of PIX and TED).
    let externalKey: StreamKey
    /// Those names' pools (the first locale's), folded to statement form once.
    let externalNames: ExternalNames

    /// Given names and surnames as a statement prints them ("JOAO", "CONCEICAO").
    struct ExternalNames: Sendable {
        let female: [String]
        let male: [String]
        let surnames: [String]
    }

    init(ledgerKey: StreamKey, people: PersonFactory) {
        let kinds = MerchantCatalogData.kinds
        purchaseKinds = kinds.indices.filter { !kinds[$0].isRecurring }
        purchaseAlias = AliasTable(weights: purchaseKinds.map { kinds[$0].weight })
        recurringKinds = kinds.indices.filter { kinds[$0].isRecurring }
        recurringAlias = AliasTable(weights: recurringKinds.map { kinds[$0].weight })
        travelKinds = kinds.indices.filter { ["Hospedagem", "Passagens aéreas", "Aluguel de carros", "Restaurantes"].contains(kinds[$0].category) }
        // p10 = e^(mu - 1.2816 sigma), p90 = e^(mu + 1.2816 sigma).
        amountMu = kinds.map { (DeterministicMath.log(Double($0.typicalAmountCents.lowerBound)) + DeterministicMath.log(Double($0.typicalAmountCents.upperBound))) / 2 }
        amountSigma = kinds.map { (DeterministicMath.log(Double($0.typicalAmountCents.upperBound)) - DeterministicMath.log(Double($0.typicalAmountCents.lowerBound))) / (2 * 1.2816) }
        hours = AliasTable(weights: CalendarProfile.hourWeights)
        externalKey = ledgerKey.child("external")
        let names = people.locales[0].names
        externalNames = ExternalNames(
            female: names.female.map { StatementText.fold($0.value) },
            male: names.male.map { StatementText.fold($0.value) },
            surnames: names.surnames.map { StatementText.fold($0.value) })
    }

    /// A purchase amount at kind `k`, in cents (at least R$ 1,00).
    func amount<R: RandomNumberGenerator>(kind k: Int, using g: inout R) -> Int64 {
        max(100, Int64(g.logNormal(mu: amountMu[k], sigma: amountSigma[k])))
    }

    /// A local time of day (microseconds after local midnight) following the hour profile.
    func timeOfDay<R: RandomNumberGenerator>(using g: inout R) -> Int64 {
        Int64(hours.sample(using: &g)) * CivilCalendar.microsPerHour + g.uniform(0...(CivilCalendar.microsPerHour - 1))
    }
}
