/// The fraud and money-laundering typologies fortress-seed injects into ledgers
/// (README, "Fraud patterns").
///
/// The raw value is the scenario key under `fraud.patterns` and the
/// `fraud_labels.pattern` label. Order is fixed: it addresses each pattern's
/// planning stream and its settings, so new patterns go at the end.
public enum FraudPattern: String, CaseIterable, Sendable, Hashable {
    case cardTesting = "card_testing"
    case accountTakeover = "account_takeover"
    case velocityBurst = "velocity_burst"
    case structuring
    case fanOut = "fan_out"
    case fanIn = "fan_in"
    case cycle
    case scatterGather = "scatter_gather"
    case gatherScatter = "gather_scatter"
    case bipartite
    case stack
    case muleAccount = "mule_account"
    case bustOut = "bust_out"
    case refundAbuse = "refund_abuse"
    case merchantCollusion = "merchant_collusion"

    /// Position in `allCases`.
    var ordinal: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// AMLSim's transfer-graph typologies: money moved between accounts of one tenant.
    var isGraph: Bool {
        switch self {
        case .fanOut, .fanIn, .cycle, .scatterGather, .gatherScatter, .bipartite, .stack: true
        default: false
        }
    }

    /// Users of the tenant a case needs at least (graph cases: at least 3 accounts; rings: 2).
    var minimumMembers: Int {
        if isGraph { return 3 }
        return self == .merchantCollusion ? 2 : 1
    }
}

/// What an account's owner is in a fraud case (`fraud_labels.role`).
public enum FraudRole: String, CaseIterable, Sendable, Hashable {
    /// Commits the fraud or originates the laundered money.
    case fraudster
    /// Receives and forwards or cashes out money that is not theirs.
    case mule
    /// Whose account or card is abused.
    case victim
    /// Part of a ring or the final beneficiary of laundered money.
    case accomplice
}

/// The fraud facts a ledger row carries: which case of the tenant's plan emitted it, and as whom.
///
/// Kept out of every production column by default; `fraud_labels` (and, when
/// `fraud.mark_metadata` is on, `metadata.fraud`) are written from it.
struct FraudMark: Equatable {
    /// Index into the tenant's `TenantFraudPlan.cases`, or -1: not fraud.
    var caseIndex: Int32 = -1
    var role: FraudRole = .fraudster
    /// A city (index into `BrazilGeography.cities`) the row claims instead of the owner's: an account takeover's login city.
    var city: Int32 = -1

    static let none = FraudMark()

    var isFraud: Bool { caseIndex >= 0 }

    init() {}

    init(case index: Int, role: FraudRole, city: Int = -1) {
        caseIndex = Int32(index)
        self.role = role
        self.city = Int32(city)
    }
}
