/// One `transactions` row as the ledger simulation decides it: the economic
/// facts (account, direction, amount, time, status) and what the statement
/// text and metadata are made from. Strings are built only when a row is written.
struct LedgerRow {
    /// The user (or `-1`: the corporate accounts) whose simulation emitted the row; with `seq` it addresses the row's id.
    var owner: Int
    /// Position in the owning user's stream: the row id comes from it.
    var seq: Int = 0
    /// Seq of the business transaction whose reference this row carries (the two legs of a transfer share one).
    var referenceSeq: Int = 0
    var account: UUIDValue
    var counterparty: UUIDValue? = nil
    var type: TxType
    var status: TxStatus = .posted
    var amountCents: Int64
    var currency: Currency = .BRL
    var occurredAt: Int64
    var updatedAt: Int64
    var channel: Channel
    var purpose: Purpose
    var merchant: Int = -1
    var merchantKind: Int = -1
    var installment: Int = 0
    var installmentCount: Int = 0
    var hasReceipt = false
    /// For a refund: the seq of the purchase it reverses.
    var reverses: Int = -1
    var failure: Failure = .none
    /// For transfers between people of the tenant: the other user's index.
    var otherUser: Int = -1
    /// The slot of the user's account this row is on (-1 for a leg on another user's account).
    var slot: Int = -1
    /// The row is on a credit-card account.
    var onCredit = false
    /// For an order payment or refund: the owner's cart index.
    var order: Int = -1
    /// Ground truth: the fraud case (and role) that produced the row, if any.
    var fraud = FraudMark.none
}

/// The `tx_type` enum: only `credit` adds to a balance (README, Decisions 2).
enum TxType: UInt8 {
    case debit, credit, transfer, fee

    var label: StaticString {
        switch self {
        case .debit: "debit"
        case .credit: "credit"
        case .transfer: "transfer"
        case .fee: "fee"
        }
    }

    /// The sign this row has in spec §14's balance query.
    var sign: Int64 { self == .credit ? 1 : -1 }
}

/// The `tx_status` enum.
enum TxStatus: UInt8 {
    /// Authorized, not settled yet (only close to "now").
    case pending
    /// Settled: counts in the balance.
    case posted
    /// Declined (insufficient funds, limit, issuer rules): moved no money.
    case failed
    /// An authorization voided before it settled: moved no money.
    case reversed

    var label: StaticString {
        switch self {
        case .pending: "pending"
        case .posted: "posted"
        case .failed: "failed"
        case .reversed: "reversed"
        }
    }
}

/// How the money moved.
enum Channel: UInt8 {
    case card, pix, boleto, ted, `internal`

    var label: String { staticLabel.description }

    var staticLabel: StaticString {
        switch self {
        case .card: "card"
        case .pix: "pix"
        case .boleto: "boleto"
        case .ted: "ted"
        case .internal: "internal"
        }
    }
}

/// Why a row exists: drives its description, category and reference shape.
enum Purpose: UInt8 {
    case openingBalance, salary, thirteenthSalary, income, purchase, bill, pixOut, pixIn, tedOut
    case ownTransferOut, ownTransferIn, cardBillOut, cardBillIn, fee, transferFee, interest, yield, refund
    case revenue, supplier, topUp, orderPayment, orderRefund
}

/// Why a row failed.
enum Failure: UInt8 {
    case none, insufficientFunds, creditLimit, declined

    var label: String { staticLabel.description }

    var staticLabel: StaticString {
        switch self {
        case .none: ""
        case .insufficientFunds: "insufficient_funds"
        case .creditLimit: "credit_limit_exceeded"
        case .declined: "declined_by_issuer"
        }
    }
}
