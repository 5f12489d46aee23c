/// Receives the rows of the ledger simulation, in the order they are decided.
///
/// Three consumers share one simulation: the accounts pass (balances), the
/// transactions pass (rows) and the receipts pass. Generic, so each is specialized.
protocol LedgerSink {
    mutating func emit(_ row: LedgerRow) throws
}
