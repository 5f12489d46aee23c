/// How much fraud a dataset holds: cases and transactions per pattern, and the
/// fraud share of all transactions and of their amount (`generate`/`load` print it).
///
/// Computed by replaying the ledger (no output needed), so it is the same
/// whether or not labels are written. Amounts are summed in cents over every
/// row (any status and currency), the way a fraud team's "share of volume" is.
public struct FraudSummary: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public let pattern: FraudPattern
        public internal(set) var cases: Int
        public internal(set) var transactions: Int
        public internal(set) var amountCents: Int64
    }

    /// One line per pattern, in `FraudPattern.allCases` order (zeros included).
    public private(set) var lines: [Line]
    public private(set) var transactions = 0
    public private(set) var amountCents: Int64 = 0

    public var fraudTransactions: Int { lines.reduce(0) { $0 + $1.transactions } }
    public var fraudAmountCents: Int64 { lines.reduce(0) { $0 + $1.amountCents } }
    public var cases: Int { lines.reduce(0) { $0 + $1.cases } }
    /// Fraud rows / all rows (0 when there are none).
    public var transactionShare: Double { transactions == 0 ? 0 : Double(fraudTransactions) / Double(transactions) }
    public var amountShare: Double { amountCents == 0 ? 0 : Double(fraudAmountCents) / Double(amountCents) }

    /// Replays every tenant's ledger of `dataset`.
    ///
    /// - Complexity: one ledger simulation of the whole dataset; memory O(cases of one tenant).
    public init(dataset: Dataset) throws {
        let model = dataset.finance
        lines = FraudPattern.allCases.map { Line(pattern: $0, cases: 0, transactions: 0, amountCents: 0) }
        var sink = Counter()
        for t in model.tenants {
            let ledger = TenantLedger(model: model, tenant: t)
            sink.seen = Array(repeating: false, count: ledger.roster.fraud.cases.count)
            sink.plan = ledger.roster.fraud
            try ledger.run(into: &sink)
        }
        lines = sink.lines.isEmpty ? lines : sink.lines
        transactions = sink.rows
        amountCents = sink.amount
    }

    private struct Counter: LedgerSink {
        var lines = FraudPattern.allCases.map { Line(pattern: $0, cases: 0, transactions: 0, amountCents: 0) }
        var rows = 0
        var amount: Int64 = 0
        var seen: [Bool] = []
        var plan = TenantFraudPlan.empty

        mutating func emit(_ row: LedgerRow) throws {
            rows += 1
            amount += row.amountCents
            guard row.fraud.isFraud else { return }
            let ci = Int(row.fraud.caseIndex)
            let p = plan.cases[ci].pattern.ordinal
            lines[p].transactions += 1
            lines[p].amountCents += row.amountCents
            if !seen[ci] {
                seen[ci] = true
                lines[p].cases += 1
            }
        }
    }

    /// The summary as the CLI prints it, e.g.
    ///
    /// ```
    /// Fraud: 12 cases, 301 of 58210 transactions (0.52%), 0.87% of the amount
    ///   card_testing             2 cases      37 transactions
    /// ```
    public var report: String {
        var s = "Fraud: \(cases) cases, \(fraudTransactions) of \(transactions) transactions (\(Self.percent(transactionShare))), "
        s += Self.percent(amountShare) + " of the amount"
        for l in lines where l.cases > 0 {
            s += "\n  " + l.pattern.rawValue.padded(22) + String(l.cases).leftPadded(5) + " cases " + String(l.transactions).leftPadded(7) + " transactions"
        }
        return s
    }

    /// `0.52%`: two decimals, rounded half up, without Foundation.
    static func percent(_ share: Double) -> String {
        let basis = Int((share * 10_000).rounded())
        let cents = basis % 100
        return String(basis / 100) + "." + (cents < 10 ? "0" : "") + String(cents) + "%"
    }
}

extension String {
    fileprivate func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    fileprivate func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
