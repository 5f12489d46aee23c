/// What to generate: volumes, mixes and the fixed "now" of a synthetic Fortress database.
///
/// A scenario is read from YAML (`scenarios/*.yaml`, or any path) and, with a
/// seed, determines every byte of output. It never reads the wall clock: "now"
/// is written in the file, so the same file gives the same data next year.
///
/// ```yaml
/// name: dev
/// description: Small local database with known logins.
/// now: 2026-11-01T00:00:00Z
/// history_months: 12
/// tenants: {business: 2, individual: 6, business_users: {min: 15, max: 60}}
/// ```
///
/// Every key, its type, default and range is documented in scenarios/README.md.
public struct Scenario: Sendable, Equatable {
    public var name: String
    public var description: String
    /// The scenario's "now", microseconds since 1970-01-01 UTC.
    public var nowMicros: Int64
    /// Months of history before "now" (whole UTC months; the first is partial).
    public var historyMonths: Int
    public var tenants: Tenants
    public var users: Users
    public var accounts: Accounts
    public var ledger: Ledger
    public var churn: Churn
    public var merchants: Merchants
    public var retail: Retail
    /// How far the outbox publisher has got (README "Events"); defaults when the key is absent.
    public var events = Events()
    /// Injected fraud patterns and their ground truth (Scenario+Fraud.swift); defaults when the key is absent.
    public var fraud = Fraud()

    public struct Tenants: Sendable, Equatable {
        /// Business tenants: many users and corporate accounts.
        public var business: Int
        /// Individual tenants: one customer each.
        public var individual: Int
        /// Users per business tenant; sizes are heavy-tailed within the range.
        public var businessUsers: ClosedRange<Int>
        /// Corporate accounts (user_id NULL) per business tenant.
        public var corporateAccounts: ClosedRange<Int>
    }

    public struct Users: Sendable, Equatable {
        public var locales: Mix<UserLocale>
        public var nullEmailShare: Double
        public var nullPhoneShare: Double
        public var password: PasswordPolicy
    }

    public struct Accounts: Sendable, Equatable {
        public var perUser: ClosedRange<Int>
        public var types: Mix<AccountKind>
        public var currencies: Mix<Currency>
    }

    /// How account histories are generated (rates are per active user and month).
    public struct Ledger: Sendable, Equatable {
        /// Share of users paid a monthly salary (the rest have irregular income).
        public var salaryShare: Double
        /// Mean card and PIX purchases per user per month (before day-of-week/season effects).
        public var purchasesPerMonth: Double
        /// Mean PIX transfers to other people per user per month.
        public var transfersPerMonth: Double
        /// Recurring monthly bills per user.
        public var billsPerUser: ClosedRange<Int>
        /// Share of credit-card purchases above R$ 200 paid in instalments.
        public var installmentShare: Double
        /// Share of posted card purchases later refunded by a counter-transaction.
        public var refundShare: Double
        /// Share of card authorizations voided before settlement (status `reversed`).
        public var voidShare: Double
        /// Share of attempts declined for reasons other than funds (fraud rules, network).
        public var declineShare: Double
        /// Transactions within this many days before "now" may still be `pending`.
        public var pendingDays: Int
        /// PIX limit per transfer between 20h and 6h for individuals, in cents.
        public var pixNightLimitCents: Int64
        /// Share of posted card purchases that have a receipt (OCR) row.
        public var receiptShare: Double
    }

    /// Users who stop all activity (spec §13 "user churn") and erasure requests (§8, §11).
    public struct Churn: Sendable, Equatable {
        /// Probability per month that an active user churns (constant hazard).
        public var monthlyHazard: Double
        /// Days after churn before the account is flagged `is_active = false`.
        public var graceDays: Int
        /// Share of churned users who asked for erasure and were anonymized.
        public var erasureShare: Double
    }

    /// The global merchant catalog.
    public struct Merchants: Sendable, Equatable {
        public var count: Int
        /// Zipf exponent of merchant popularity within a kind (1 ≈ a few take most purchases).
        public var popularitySkew: Double
    }

    /// The outbox publisher's state at "now": delays, failures, an optional backlog.
    public struct Events: Sendable, Equatable {
        /// Median delay between an event's `created_at` and its `sent_at` (log-normal), in milliseconds.
        public var publishDelayMillis: Double = 150
        /// Events created less than this many seconds before "now" are still `pending`.
        public var pendingLagSeconds: Double = 5
        /// Share of older events the publisher gave up on (`failed`, `attempts` > 0, no `sent_at`).
        public var failedShare: Double = 0.0005
        /// Attempts a failed event made before the publisher gave up (1...this).
        public var maxAttempts: Int = 8
        /// A publisher outage: every event of the last this-many hours is `pending` (0: none).
        public var backlogHours: Double = 0

        public init() {}
    }

    /// The supermarket: catalog, locations, inventory states, carts and orders.
    public struct Retail: Sendable, Equatable {
        /// Products in the global catalog.
        public var products: Int
        /// Zipf exponent of product popularity (best sellers).
        public var popularitySkew: Double
        public var stores: Int
        public var warehouses: Int
        public var darkStores: Int
        /// Share of the catalog each kind of location stocks.
        public var storeCoverage: Double
        public var darkStoreCoverage: Double
        /// Named inventory scenarios (seasonal products are always `seasonal`).
        public var inventoryMix: Mix<InventoryState>
        /// Carts per user per month, for users of tenants with the supermarket feature.
        public var cartsPerMonth: Double
        /// Share of carts with items that are checked out.
        public var conversion: Double
        /// Share of carts left without items (they expire empty).
        public var emptyCartShare: Double
        public var itemsPerCart: ClosedRange<Int>
        /// Share of orders cancelled (before or after payment).
        public var cancelShare: Double
        /// Hours a cart stays active without checkout.
        public var cartLifetimeHours: Int
        /// Products a store or dark store can carry at most, the most popular first
        /// (a shelf does not grow with the catalog; `Assortment`). Not scaled.
        public var assortment: Int = 20_000
    }

    /// The first month that holds history (month index `year * 12 + month - 1`).
    public var partitionSpan: MonthSpan {
        let nowDays = nowMicros.floorDiv(86_400_000_000)
        let (y, m, _) = CivilCalendar.civil(days: nowDays)
        let last = Int(y) * 12 + m - 1
        let first = last - historyMonths
        return MonthSpan(firstYear: first / 12, firstMonth: first % 12 + 1, lastYear: last / 12, lastMonth: last % 12 + 1)
    }

    /// The start of the history window, microseconds since 1970 (UTC).
    public var historyStartMicros: Int64 {
        let first = partitionSpan.first
        return CivilCalendar.days(year: Int64(first / 12), month: first % 12 + 1, day: 1) * 86_400_000_000
    }
}

/// Locales for generated people: names, language, email style.
public enum UserLocale: String, CaseIterable, Sendable, Hashable {
    case ptBR = "pt_BR", enUS = "en_US", es
}

/// Account types (the `account_type` enum).
public enum AccountKind: String, CaseIterable, Sendable, Hashable {
    case wallet, bank, credit, savings
}

/// ISO 4217 currencies the generator writes.
public enum Currency: String, CaseIterable, Sendable, Hashable {
    case BRL, USD, EUR
}

/// The named inventory scenarios QA tests against (README, "Inventory states").
public enum InventoryState: String, CaseIterable, Sendable, Hashable {
    case healthy, low, stockout, overstock
    case highReservation = "high_reservation"
    case stale
}

/// How `users.password_hash` is filled.
public enum PasswordPolicy: String, CaseIterable, Sendable, Hashable {
    /// Every user shares one real hash of the documented dev password.
    case dev
    /// Every user gets a distinct hash that no password matches.
    case unusable
}

extension Int64 {
    /// Division rounding toward negative infinity (for instants before 1970).
    func floorDiv(_ d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
