/// Simulates one user's accounts (or one business's corporate accounts) over
/// the scenario's history, day by day, and emits every `transactions` row.
///
/// Money is exact: integer cents, a running posted balance per account.
/// Debits that the balance (or, for credit accounts, the limit) cannot cover
/// are emitted as `failed` and move nothing, so wallets, bank and savings
/// accounts never go below zero at any instant and credit accounts stay
/// within their limit. Transfers between accounts of the same user carry both
/// legs here; transfers to another user of the tenant also carry the other
/// user's credit leg. Those incoming credits are never relied on to pay
/// anything (a user spends only what their own accounts hold), which is what
/// keeps every account non-negative no matter in which order users are simulated.
///
/// Randomness per (user, day) comes from its own stream, so a change on one day
/// does not reshuffle the draws of later days.
struct UserLedger {
    struct Account {
        let id: UUIDValue
        let facts: Terms
        var balance: Int64 = 0
        /// Pending debits: authorized, not settled, not spendable.
        var hold: Int64 = 0
        /// Credit accounts: instalments still to come, already counted against the limit.
        var committed: Int64 = 0
        var isCredit: Bool { facts.kind == .credit }

        init(id: UUIDValue, facts: AccountFacts) {
            self.id = id
            self.facts = Terms(
                kind: facts.kind, currency: facts.currency, openedAt: facts.openedAt,
                creditLimitCents: facts.creditLimitCents, closingDay: facts.closingDay)
        }

        /// What a new debit may use: the balance, or for credit the unused limit.
        var available: Int64 {
            isCredit ? facts.creditLimitCents + balance - hold - committed : balance - hold
        }
    }

    /// What the simulation reads of an account's `AccountFacts`: all but its number, a
    /// `String` whose retain and release every copy of an `Account` paid (accounts are
    /// read, and copied, several times per row).
    struct Terms {
        let kind: AccountKind
        let currency: Currency
        let openedAt: Int64
        let creditLimitCents: Int64
        let closingDay: Int
    }

    /// The model, by reference (`model` reads it in place).
    let shared: FinanceModelBox
    var model: FinanceModel { _read { yield shared.value } }
    let roster: TenantRoster
    let tenant: Int
    /// User index, or `-1 - c` for corporate account c.
    let owner: Int
    var accounts: [Account]
    var profile: SpendingProfile
    /// No rows at or after this instant (churn, or "now").
    let end: Int64
    let start: Int64
    var seq = 0
    var future: [Planned]
    var today: [Planned]
    /// The user's carts by index (orders are paid from this ledger).
    var carts: [LedgerCart]
    /// The same carts whole, when the scratch keeps them (`LedgerScratch.keepsCartPlans`), else empty.
    var cartPlans: [CartPlan] = []
    /// Cart index → (seq, slot) of its posted payment, for refunds.
    var orderPayments: [Int: (seq: Int, slot: Int)]
    /// The fraud mark rows get while a planned fraud step (or a marked action) is applied.
    var mark = FraudMark.none
    /// A bust-out: the owner does nothing from this instant on.
    var silentFrom = Int64.max
    /// The scratch's `exp(-lambda)` memo, for the daily Poisson draws.
    let expCache: ExpCache
    /// The owner's day streams (`.generator(day)`) and bill-jitter streams, derived once.
    let dayKey: StreamKey
    let billKey: StreamKey
    /// The month being planned (`enterMonth`), and the day of month each bill is paid in it.
    var calendar = LedgerMonth()
    var billDue: [Int]
    /// `future[0..<futureSeen]`'s earliest time: `takeFuture` skips days before it.
    var futureSeen = 0
    var futureEarliest = Int64.max

    var primary: Int { 0 }
    var creditSlot: Int? { accounts.firstIndex { $0.facts.kind == .credit } }
    var savingsSlot: Int? { accounts.firstIndex { $0.facts.kind == .savings } }
    var isCorporate: Bool { owner < 0 }

    /// A user's ledger.
    init(model: FinanceModel, roster: TenantRoster, tenant t: Int, user u: Int, facts: UserFacts) {
        self.init(roster: roster, tenant: t, user: u, facts: facts, scratch: LedgerScratch(model: model))
    }

    /// A user's ledger with `scratch`'s model and buffers.
    init(roster: TenantRoster, tenant t: Int, user u: Int, facts: UserFacts, scratch: LedgerScratch) {
        self.init(
            roster: roster, tenant: t, user: u, accounts: facts.accounts, churnAt: facts.lifecycle.churnAt,
            cityName: facts.person.city.name, scratch: scratch)
    }

    /// A user's ledger from what it reads of `UserFacts`: the accounts, the churn instant
    /// and the home city (carts), so the transactions pass can pass `ledgerFacts`'.
    init(roster: TenantRoster, tenant t: Int, user u: Int, accounts facts: [AccountFacts], churnAt: Int64?, cityName: String, scratch: LedgerScratch) {
        shared = scratch.shared
        let model = scratch.shared.value
        self.roster = roster
        expCache = scratch.expCache
        dayKey = model.keys.ledger.child(t).child(u)
        billKey = model.keys.bill.child(t).child(u)
        billDue = LedgerScratch.take(&scratch.billDue)
        tenant = t
        owner = u
        accounts = LedgerScratch.take(&scratch.accounts)
        for (k, f) in facts.enumerated() { accounts.append(Account(id: model.accountID(tenant: t, user: u, account: k), facts: f)) }
        let hasCredit = facts.contains { $0.kind == .credit }
        var bills = LedgerScratch.take(&scratch.bills)
        profile = model.spendingProfile(
            tenant: t, user: u, hasCredit: hasCredit, hasSavings: facts.contains { $0.kind == .savings }, bills: &bills, kinds: &scratch.billKinds)
        end = min(churnAt ?? Int64.max, model.scenario.nowMicros)
        start = model.scenario.historyStartMicros
        future = LedgerScratch.take(&scratch.future)
        today = LedgerScratch.take(&scratch.today)
        carts = LedgerScratch.take(&scratch.carts)
        orderPayments = scratch.orderPayments
        scratch.orderPayments = [:]
        orderPayments.removeAll(keepingCapacity: true)
        if roster.supermarket {
            let keep = scratch.keepsCartPlans
            model.retail.forEachCart(tenant: t, user: u, owner: CartOwner(openedAt: facts[0].openedAt, churnAt: churnAt, cityName: cityName, hasCredit: hasCredit), lines: &scratch.cartLines, products: scratch.productTerms
            ) { cart, lines in
                carts.append(LedgerCart(order: cart.order, totalCents: CartPlan.total(lines)))
                if keep {
                    cartPlans.append(CartPlan(
                        index: cart.index, createdAt: cart.createdAt, expiresAt: cart.expiresAt, location: cart.location, lines: lines, order: cart.order))
                }
                guard let order = cart.order, order.attemptsPayment(before: end) else { return }
                future.append(Planned(time: order.paymentAt, order: 0, action: .orderPayment(cart: cart.index)))
                if !order.cancelBeforePayment, let cancel = order.cancelAt, cancel < end {
                    future.append(Planned(time: cancel, order: 1, action: .orderRefund(cart: cart.index)))
                }
            }
        }
        planFraud()
    }

    /// A business's corporate ledger (all its corporate accounts).
    init(model: FinanceModel, roster: TenantRoster, corporateOf t: Int) {
        self.init(roster: roster, corporateOf: t, scratch: LedgerScratch(model: model))
    }

    /// A business's corporate ledger with `scratch`'s model and buffers.
    init(roster: TenantRoster, corporateOf t: Int, scratch: LedgerScratch) {
        shared = scratch.shared
        let model = scratch.shared.value
        self.roster = roster
        expCache = scratch.expCache
        dayKey = model.keys.ledger.child(t).child(-1)
        billKey = model.keys.bill.child(t).child(-1)
        billDue = LedgerScratch.take(&scratch.billDue)
        tenant = t
        owner = -1
        let created = model.tenantCreatedAt(t)
        accounts = LedgerScratch.take(&scratch.accounts)
        for c in 0..<model.corporateAccountCount(tenant: t) {
            let kind = model.corporateAccountKind(c)
            accounts.append(Account(
                id: model.corporateAccountID(tenant: t, account: c),
                facts: model.accountFacts(tenant: t, owner: -1 - c, account: c, kind: kind, openedAfter: created, openedBefore: model.scenario.nowMicros)))
        }
        var bills = LedgerScratch.take(&scratch.bills)
        profile = model.spendingProfile(tenant: t, user: -1, hasCredit: false, hasSavings: false, bills: &bills, kinds: &scratch.billKinds)
        end = model.scenario.nowMicros
        start = model.scenario.historyStartMicros
        future = LedgerScratch.take(&scratch.future)
        today = LedgerScratch.take(&scratch.today)
        carts = LedgerScratch.take(&scratch.carts)
        orderPayments = scratch.orderPayments
        scratch.orderPayments = [:]
        orderPayments.removeAll(keepingCapacity: true)
    }

    /// Gives the buffers back to `scratch` for the next user (the ledger is spent).
    mutating func recycle(into scratch: LedgerScratch) {
        swap(&scratch.accounts, &accounts)
        swap(&scratch.future, &future)
        swap(&scratch.today, &today)
        swap(&scratch.carts, &carts)
        swap(&scratch.orderPayments, &orderPayments)
        swap(&scratch.billDue, &billDue)
        swap(&scratch.bills, &profile.bills)
    }

    /// Runs the whole history, emitting rows into `sink`.
    mutating func run<S: LedgerSink>(into sink: inout S) throws {
        guard !accounts.isEmpty else { return }
        try openingBalances(into: &sink)
        let firstDay = CalendarProfile.localDay(max(start, accounts[primary].facts.openedAt))
        let lastDay = CalendarProfile.localDay(end - 1)
        guard firstDay <= lastDay else { return }
        for day in firstDay...lastDay {
            today.removeAll(keepingCapacity: true)
            var g = dayKey.generator(Int(day))
            if isCorporate { planCorporateDay(day, using: &g) } else { planDay(day, using: &g) }
            takeFuture(day)
            if today.count > 1 { today.sort { $0.time < $1.time || ($0.time == $1.time && $0.order < $1.order) } }
            for i in today.indices {
                let planned = today[i]
                guard planned.time >= start, planned.time < end, planned.time < silentFrom else { continue }
                mark = planned.mark
                try apply(planned, using: &g, into: &sink)
                mark = .none
            }
        }
    }

    /// Moves scheduled events (instalments, refunds, interest) of `day` into today's plan.
    ///
    /// Events are only appended to `future` (and only removed here), so the earliest time
    /// of what was already seen plus the new tail says whether any is due: most days none
    /// is, and the scan (a day computation per event) is skipped.
    private mutating func takeFuture(_ day: Int64) {
        while futureSeen < future.count {
            futureEarliest = min(futureEarliest, future[futureSeen].time)
            futureSeen += 1
        }
        guard CalendarProfile.localDay(futureEarliest) <= day else { return }
        defer {
            futureSeen = future.count
            futureEarliest = future.reduce(Int64.max) { min($0, $1.time) }
        }
        var i = 0
        while i < future.count {
            if CalendarProfile.localDay(future[i].time) <= day {
                today.append(future[i])
                future.swapAt(i, future.count - 1)
                future.removeLast()
            } else {
                i += 1
            }
        }
    }

    /// Accounts opened before the window start with the balance they had then (one `credit` row).
    private mutating func openingBalances<S: LedgerSink>(into sink: inout S) throws {
        var g = model.keys.ledger.child("opening").child(tenant).generator(owner)
        for slot in accounts.indices where accounts[slot].facts.openedAt < start && accounts[slot].facts.kind != .credit {
            let median: Double = isCorporate ? 5_000_000 : accounts[slot].facts.kind == .savings ? 800_000 : slot == 0 ? 250_000 : 60_000
            let amount = max(100, Int64(g.logNormal(mu: DeterministicMath.log(median), sigma: 0.9)))
            let at = start + 1_000_000
            guard at < end else { continue }
            var row = newRow(slot: slot, type: .credit, amount: amount, at: at, channel: .internal, purpose: .openingBalance)
            row.updatedAt = at
            accounts[slot].balance += amount
            try sink.emit(row)
        }
    }

    /// A row on one of this owner's accounts with the next sequence number.
    mutating func newRow(slot: Int, type: TxType, amount: Int64, at: Int64, channel: Channel, purpose: Purpose) -> LedgerRow {
        let s = seq
        seq += 1
        return LedgerRow(
            owner: owner, seq: s, referenceSeq: s, account: accounts[slot].id, type: type, amountCents: amount,
            currency: accounts[slot].facts.currency, occurredAt: at, updatedAt: at + 1_000 + Int64(s % 997) * 1_000,
            channel: channel, purpose: purpose, slot: slot, onCredit: accounts[slot].isCredit, fraud: mark)
    }

    /// The next sequence number, for a leg on another owner's account.
    mutating func nextSeq() -> Int {
        seq += 1
        return seq - 1
    }
}

/// Something planned for a time: applied in time order within its day.
struct Planned {
    var time: Int64
    /// Tie-breaker that keeps equal times in planning order.
    var order: Int
    var action: Action
    /// Ground truth for the rows the action emits (fraud steps and their follow-ups).
    var mark = FraudMark.none

    enum Action {
        case salary(amount: Int64, thirteenth: Bool)
        case income(amount: Int64)
        case bill(index: Int)
        case purchase(kind: Int, amount: Int64, onCredit: Bool, pix: Bool)
        case pix(to: Int, amount: Int64)
        case save(amount: Int64)
        case cardBill(slot: Int)
        case monthlyFee(slot: Int, amount: Int64)
        case yield(slot: Int)
        case interest(slot: Int, amount: Int64)
        case refund(slot: Int, amount: Int64, merchant: Int, kind: Int, purchaseSeq: Int)
        case instalment(slot: Int, amount: Int64, merchant: Int, kind: Int, number: Int, count: Int, purchaseSeq: Int)
        case topUp(slot: Int, amount: Int64)
        case foreignPurchase(slot: Int, kind: Int, amount: Int64)
        case revenue(amount: Int64)
        case supplier(kind: Int, amount: Int64)
        case orderPayment(cart: Int)
        case orderRefund(cart: Int)
        /// Step `step` of case `case` of the tenant's fraud plan (UserLedger+Fraud.swift).
        case fraud(case: Int, step: Int)
    }
}
