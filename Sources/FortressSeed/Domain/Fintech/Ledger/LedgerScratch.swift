/// Buffers a ledger simulation reuses from one user to the next, so replaying a user
/// allocates nothing once they have grown to the largest user's size.
///
/// `UserLedger` takes them at `init` (emptied, capacity kept) and gives them back in
/// `recycle(into:)`; a caller that never recycles just allocates as before. A class,
/// so a `TenantLedger` and the row sinks can share one without threading `inout`
/// through every generator; one per generating thread (it is not `Sendable`), so the
/// output cannot depend on how work is split.
final class LedgerScratch {
    /// The model the ledgers simulate, held by reference: `UserLedger` is mutated in
    /// place all along a user's history, and with the model (1.7 KB of tables and keys)
    /// stored inline, calls from its mutating methods copied the whole ledger.
    let shared: FinanceModelBox
    var accounts: [UserLedger.Account] = []
    var future: [Planned] = []
    var today: [Planned] = []
    var carts: [LedgerCart] = []
    var cartLines: [CartPlan.Line] = []
    var billDue: [Int] = []
    var bills: [SpendingProfile.Bill] = []
    var billKinds: [Int] = []
    /// The current user's account kinds and facts (`FinanceModel.ledgerFacts`).
    var kinds: [AccountKind] = []
    var accountFacts: [AccountFacts] = []
    /// The members of the tenant being simulated (`TenantRoster`), refilled per tenant.
    let roster = TenantRoster.Storage()
    var orderPayments: [Int: (seq: Int, slot: Int)] = [:]
    let expCache = ExpCache()
    let productTerms = ProductTermsCache()
    /// Whether ledgers also keep each cart whole (`UserLedger.cartPlans`, lines and all):
    /// the outbox, audit and sales census read them after the run; the other tables don't.
    let keepsCartPlans: Bool

    init(model: FinanceModel, keepingCartPlans: Bool = false) {
        shared = FinanceModelBox(model)
        keepsCartPlans = keepingCartPlans
    }

    /// Moves `array` out of the scratch, empty with its capacity.
    @inline(__always)
    static func take<T>(_ array: inout [T]) -> [T] {
        var out: [T] = []
        swap(&out, &array)
        out.removeAll(keepingCapacity: true)
        return out
    }
}

/// What the ledger keeps of a cart: its order (if any) and what the order charges.
struct LedgerCart {
    let order: OrderPlan?
    let totalCents: Int64
}

/// A `FinanceModel` behind a reference (see `LedgerScratch.shared`).
final class FinanceModelBox {
    let value: FinanceModel

    init(_ value: FinanceModel) {
        self.value = value
    }
}
