/// Applying planned events: checks funds and limits, updates balances, emits rows.
extension UserLedger {
    mutating func apply<R: RandomNumberGenerator, S: LedgerSink>(_ p: Planned, using g: inout R, into sink: inout S) throws {
        let l = model.scenario.ledger
        switch p.action {
        case .salary(let amount, let thirteenth):
            try credit(primary, amount, at: p.time, channel: g.bernoulli(0.7) ? .ted : .pix, purpose: thirteenth ? .thirteenthSalary : .salary, into: &sink)
        case .income(let amount):
            try credit(primary, amount, at: p.time, channel: .pix, purpose: .income, into: &sink)
        case .revenue(let amount):
            try credit(primary, amount, at: p.time, channel: .pix, purpose: .revenue, into: &sink)
        case .topUp(let slot, let amount):
            try credit(slot, amount, at: p.time, channel: .ted, purpose: .topUp, into: &sink)
        case .bill(let index):
            let bill = profile.bills[index]
            let slot = bill.onCredit ? (creditSlot ?? primary) : primary
            try debit(slot, bill.amountCents, at: p.time, channel: slot == primary ? .boleto : .card, purpose: .bill,
                      merchant: bill.merchant, kind: bill.kind, using: &g, into: &sink)
        case .supplier(let kind, let amount):
            guard let m = model.merchants.pick(kind: kind, at: p.time, using: &g) else { return }
            try debit(primary, min(amount, max(accounts[primary].available / 4, 100)), at: p.time, channel: .boleto, purpose: .supplier,
                      merchant: m, kind: kind, using: &g, into: &sink)
        case .purchase(let kind, let amount, let onCredit, let pix):
            guard let m = model.merchants.pick(kind: kind, at: p.time, using: &g) else { return }
            let slot = onCredit ? (creditSlot ?? primary) : primary
            // People mostly know what they can afford: only some try and get declined.
            if amount > accounts[slot].available && !g.bernoulli(Self.unaffordableAttempt) { return }
            var count = 1
            if onCredit && amount >= 20_000 && g.bernoulli(l.installmentShare) {
                count = min(12, 2 + g.uniform(below: 5) * 2, Int(amount / 5_000))
            }
            try debit(slot, amount, at: p.time, channel: pix ? .pix : .card, purpose: .purchase, merchant: m, kind: kind,
                      instalments: count, using: &g, into: &sink)
        case .foreignPurchase(let slot, let kind, let amount):
            guard let m = model.merchants.pick(kind: kind, at: p.time, using: &g) else { return }
            try debit(slot, amount, at: p.time, channel: .card, purpose: .purchase, merchant: m, kind: kind, using: &g, into: &sink)
        case .instalment(let slot, let amount, let merchant, let kind, let number, let count, let purchaseSeq):
            accounts[slot].committed -= amount
            accounts[slot].balance -= amount
            var row = newRow(slot: slot, type: .debit, amount: amount, at: p.time, channel: .card, purpose: .purchase)
            row.merchant = merchant; row.merchantKind = kind; row.installment = number; row.installmentCount = count
            row.referenceSeq = purchaseSeq
            try sink.emit(row)
        case .refund(let slot, let amount, let merchant, let kind, let purchaseSeq):
            accounts[slot].balance += amount
            var row = newRow(slot: slot, type: .credit, amount: amount, at: p.time, channel: .card, purpose: .refund)
            row.merchant = merchant; row.merchantKind = kind; row.reverses = purchaseSeq
            try sink.emit(row)
        case .orderPayment(let c):
            guard let order = carts[c].order else { return }
            // The customer's preferred instrument, switching at the gateway when it lacks funds:
            // the credit card when it has room, else PIX from the primary account.
            let total = carts[c].totalCents
            let credit = creditSlot.flatMap { accounts[$0].facts.openedAt <= p.time && accounts[$0].available >= total ? $0 : nil }
            var slot = primary
            if let credit, order.onCredit || accounts[primary].available < total { slot = credit }
            try debit(slot, total, at: p.time, channel: slot == primary ? .pix : .card, purpose: .orderPayment,
                      order: c, settleNow: true, using: &g, into: &sink)
        case .fraud(let c, let step):
            try applyFraud(case: c, step: step, at: p.time, into: &sink)
        case .orderRefund(let c):
            guard let paid = orderPayments[c] else { return }
            let amount = carts[c].totalCents
            accounts[paid.slot].balance += amount
            var row = newRow(slot: paid.slot, type: .credit, amount: amount, at: p.time, channel: accounts[paid.slot].isCredit ? .card : .pix, purpose: .orderRefund)
            row.reverses = paid.seq
            row.order = c
            try sink.emit(row)
        case .pix(let to, let amount):
            if amount > accounts[primary].available && !g.bernoulli(Self.unaffordableAttempt) { return }
            try transferOut(to: to, amount: amount, at: p.time, using: &g, into: &sink)
        case .save(let amount):
            guard let savings = savingsSlot, accounts[savings].facts.openedAt <= p.time else { return }
            try ownTransfer(from: primary, to: savings, amount: min(amount, accounts[primary].available), at: p.time, out: .ownTransferOut, in: .ownTransferIn, into: &sink)
        case .cardBill(let slot):
            let owed = -accounts[slot].balance
            guard owed > 0 else { return }
            let pay = min(owed, accounts[primary].available)
            try ownTransfer(from: primary, to: slot, amount: pay, at: p.time, out: .cardBillOut, in: .cardBillIn, into: &sink)
            if pay < owed {
                // Revolving credit: about 12% a month on what was not paid, charged next month.
                let interest = (owed - max(pay, 0)) * 12 / 100
                future.append(Planned(time: p.time + 30 * CivilCalendar.microsPerDay, order: 0, action: .interest(slot: slot, amount: interest)))
            }
        case .interest(let slot, let amount):
            let charge = min(amount, accounts[slot].available)
            guard charge > 0 else { return }
            accounts[slot].balance -= charge
            try sink.emit(newRow(slot: slot, type: .fee, amount: charge, at: p.time, channel: .internal, purpose: .interest))
        case .monthlyFee(let slot, let amount):
            try debit(slot, amount, at: p.time, channel: .internal, purpose: .fee, type: .fee, using: &g, into: &sink)
        case .yield(let slot):
            // Poupança: about 0,55% a month on the balance.
            let y = accounts[slot].balance * 55 / 10_000
            if y > 0 { try credit(slot, y, at: p.time, channel: .internal, purpose: .yield, into: &sink) }
        }
    }

    /// Share of unaffordable purchases and transfers that are attempted anyway (and fail).
    static let unaffordableAttempt = 0.1

    /// Money in from outside the tenant: always posted.
    mutating func credit<S: LedgerSink>(_ slot: Int, _ amount: Int64, at: Int64, channel: Channel, purpose: Purpose, into sink: inout S) throws {
        guard accounts[slot].facts.openedAt <= at, amount > 0 else { return }
        accounts[slot].balance += amount
        try sink.emit(newRow(slot: slot, type: .credit, amount: amount, at: at, channel: channel, purpose: purpose))
    }

    /// A payment out of `slot`: declined, voided, pending or posted, with instalments and refunds scheduled.
    mutating func debit<R: RandomNumberGenerator, S: LedgerSink>(
        _ slot: Int, _ amount: Int64, at: Int64, channel: Channel, purpose: Purpose, type: TxType = .debit,
        merchant: Int = -1, kind: Int = -1, instalments: Int = 1, order: Int = -1, settleNow: Bool = false,
        using g: inout R, into sink: inout S
    ) throws {
        guard accounts[slot].facts.openedAt <= at, amount > 0 else { return }
        let l = model.scenario.ledger
        let day = CivilCalendar.microsPerDay
        let now = model.scenario.nowMicros
        var row = newRow(slot: slot, type: type, amount: amount, at: at, channel: channel, purpose: purpose)
        row.merchant = merchant
        row.merchantKind = kind
        row.order = order
        let firstParcel = instalments > 1 ? amount / Int64(instalments) + amount % Int64(instalments) : amount
        if instalments > 1 { row.amountCents = firstParcel; row.installment = 1; row.installmentCount = instalments }
        if amount > accounts[slot].available {
            row.status = .failed
            row.failure = accounts[slot].isCredit ? .creditLimit : .insufficientFunds
        } else if (channel == .card || channel == .pix) && g.bernoulli(l.declineShare) {
            row.status = .failed
            row.failure = .declined
        } else if !settleNow && channel == .card && g.bernoulli(l.voidShare) {
            row.status = .reversed
            row.updatedAt = min(at + g.uniform(CivilCalendar.microsPerHour...(2 * day)), now)
        } else if !settleNow && (channel == .card || channel == .boleto) && at >= now - Int64(l.pendingDays) * day && g.bernoulli(0.6) {
            row.status = .pending
            row.updatedAt = at
            accounts[slot].hold += firstParcel
        } else {
            accounts[slot].balance -= firstParcel
            if channel == .card { row.updatedAt = min(at + g.uniform((6 * CivilCalendar.microsPerHour)...(36 * CivilCalendar.microsPerHour)), now) }
            if instalments > 1 {
                let each = amount / Int64(instalments)
                accounts[slot].committed += each * Int64(instalments - 1)
                for n in 2...instalments {
                    future.append(Planned(
                        time: at + Int64(n - 1) * 30 * day, order: n,
                        action: .instalment(slot: slot, amount: each, merchant: merchant, kind: kind, number: n, count: instalments, purchaseSeq: row.seq)))
                }
            }
            if order >= 0 { orderPayments[order] = (row.seq, slot) }
            if channel == .card && purpose == .purchase { row.hasReceipt = g.bernoulli(l.receiptShare) }
            if channel == .card && purpose == .purchase && instalments == 1 && g.bernoulli(l.refundShare) {
                future.append(Planned(
                    time: at + g.uniform((2 * day)...(20 * day)), order: 0,
                    action: .refund(slot: slot, amount: amount, merchant: merchant, kind: kind, purchaseSeq: row.seq)))
            }
        }
        try sink.emit(row)
    }

    /// Between two accounts of this owner: both legs, or a failed attempt.
    mutating func ownTransfer<S: LedgerSink>(from: Int, to: Int, amount: Int64, at: Int64, out: Purpose, in inPurpose: Purpose, into sink: inout S) throws {
        guard amount > 0, accounts[from].facts.openedAt <= at, accounts[to].facts.openedAt <= at else { return }
        var leg = newRow(slot: from, type: .transfer, amount: amount, at: at, channel: .internal, purpose: out)
        leg.counterparty = accounts[to].id
        accounts[from].balance -= amount
        accounts[to].balance += amount
        try sink.emit(leg)
        var credit = newRow(slot: to, type: .credit, amount: amount, at: at, channel: .internal, purpose: inPurpose)
        credit.counterparty = accounts[from].id
        credit.referenceSeq = leg.seq
        try sink.emit(credit)
    }

    /// A PIX (or, above R$ 5.000 to another bank, a TED with its fee) to another person.
    mutating func transferOut<R: RandomNumberGenerator, S: LedgerSink>(to: Int, amount requested: Int64, at: Int64, using g: inout R, into sink: inout S) throws {
        guard accounts[primary].facts.openedAt <= at else { return }
        let l = model.scenario.ledger
        var amount = requested
        // PIX night limit for individuals (BCB Res. 142/2021): 20h–6h local.
        let hour = CalendarProfile.localHour(at)
        if !isCorporate && (hour >= 20 || hour < 6) { amount = min(amount, l.pixNightLimitCents) }
        var recipient = to
        if to >= 0 {
            let m = roster.members[to]
            if !(m.primaryOpenedAt < at && at < m.activeUntil) { recipient = -1 }
        }
        let ted = recipient < 0 && amount > 500_000
        var leg = newRow(slot: primary, type: .transfer, amount: amount, at: at, channel: ted ? .ted : .pix, purpose: ted ? .tedOut : .pixOut)
        leg.otherUser = recipient
        if recipient >= 0 { leg.counterparty = roster.members[recipient].primaryAccount }
        let fee: Int64 = ted ? 890 : 0
        if amount + fee > accounts[primary].available {
            leg.status = .failed
            leg.failure = .insufficientFunds
            try sink.emit(leg)
            return
        }
        accounts[primary].balance -= amount
        try sink.emit(leg)
        if recipient >= 0 {
            var credit = leg
            credit.seq = nextSeq()
            credit.referenceSeq = leg.seq
            credit.account = roster.members[recipient].primaryAccount
            credit.counterparty = accounts[primary].id
            credit.type = .credit
            credit.purpose = .pixIn
            credit.otherUser = owner
            credit.slot = -1
            credit.onCredit = false
            try sink.emit(credit)
        }
        if fee > 0 {
            accounts[primary].balance -= fee
            try sink.emit(newRow(slot: primary, type: .fee, amount: fee, at: at + 1_000_000, channel: .internal, purpose: .transferFee))
        }
    }
}
