/// The finance side of a dataset as pure functions of (scenario, seed, address).
///
/// Every fact about tenant `t`, user `u` of `t` or account `k` of a user is a
/// function of those indices: generators for different tables (and, later,
/// different threads and shards) agree on ids and times without sharing state.
/// Each fact draws from its own `StreamKey`, so adding a new attribute never
/// shifts the values of existing ones.
public struct FinanceModel: Sendable {
    public let scenario: Scenario
    let keys: Keys
    let localeTable: AliasTable
    let accountTypeTable: AliasTable
    let currencyTable: AliasTable
    let people: PersonFactory
    let merchants: MerchantDirectory
    let categories: CategoryDirectory
    let ledgerTables: LedgerTables
    let retail: RetailModel

    public init(scenario: Scenario, seed: UInt64) {
        self.scenario = scenario
        keys = Keys(StreamKey(seed: seed, stream: "finance"))
        localeTable = AliasTable(weights: scenario.users.locales.weights)
        accountTypeTable = AliasTable(weights: scenario.accounts.types.weights)
        currencyTable = AliasTable(weights: scenario.accounts.currencies.weights)
        let people = PersonFactory()
        self.people = people
        merchants = MerchantDirectory(count: scenario.merchants.count, skew: scenario.merchants.popularitySkew, seed: seed, nowMicros: scenario.nowMicros)
        categories = CategoryDirectory(seed: seed)
        ledgerTables = LedgerTables(ledgerKey: keys.ledger, people: people)
        retail = RetailModel(scenario: scenario, seed: seed)
    }

    /// Business tenants first (`0..<business`), then individual ones.
    public var tenantCount: Int { scenario.tenants.business + scenario.tenants.individual }

    /// The slice of tenants this model generates rows for (`--shard`); all by default.
    public var shard = Shard.whole

    /// A contiguous part of the shard's tenants (tenant numbers `lowerBound..<upperBound`,
    /// `lowerBound` one of the shard's), for generating one table on several threads.
    var tenantSlice: Range<Int>? = nil

    /// The tenants whose rows tenant-scoped generators write: this shard's (in a slice).
    public var tenants: StrideTo<Int> {
        guard let slice = tenantSlice else { return shard.tenants(of: tenantCount) }
        return stride(from: slice.lowerBound, to: min(slice.upperBound, tenantCount), by: shard.count)
    }

    /// Contiguous tenants (numbers `tenants`, for `tenantSlice`) and how many users they have.
    struct TenantSlice: Sendable {
        let tenants: Range<Int>
        let users: Int
    }

    /// This shard's tenants cut into contiguous slices of at least `users` users (a
    /// tenant is never cut), in order: their rows, concatenated, are the rows of `tenants`.
    func tenantSlices(users: Int) -> [TenantSlice] {
        var slices: [TenantSlice] = []
        var start: Int? = nil
        var sum = 0
        for t in tenants {
            if start == nil { start = t }
            sum += userCount(tenant: t)
            if sum >= users {
                slices.append(TenantSlice(tenants: start!..<(t + 1), users: sum))
                start = nil
                sum = 0
            }
        }
        if let start { slices.append(TenantSlice(tenants: start..<tenantCount, users: sum)) }
        return slices
    }

    public func isBusiness(_ t: Int) -> Bool { t < scenario.tenants.business }

    // MARK: Ids

    /// The streams of the finance model, derived once (hashing a name per row would cost).
    struct Keys: Sendable {
        let tenantID, tenantSize, tenantCreated, tenant: StreamKey
        let userID, person, access, phone, password: StreamKey
        let accountID, corporateAccountID, accountKinds, corporateCount, account: StreamKey
        let lifecycle, ledger, transactionID, receiptID, reference, receipt: StreamKey
        /// `ledger.child("bill")`: monthly bills' jitter, drawn every simulated day.
        let bill: StreamKey
        init(_ root: StreamKey) {
            tenantID = root.child("tenant.id"); tenantSize = root.child("tenant.size")
            tenantCreated = root.child("tenant.created"); tenant = root.child("tenant")
            userID = root.child("user.id"); person = root.child("user.person"); access = root.child("user.access")
            phone = root.child("user.phone"); password = root.child("user.password")
            accountID = root.child("account.id"); corporateAccountID = root.child("account.corporate.id")
            accountKinds = root.child("account.kinds"); corporateCount = root.child("account.corporate.count")
            account = root.child("account")
            lifecycle = root.child("user.lifecycle"); ledger = root.child("ledger")
            transactionID = root.child("transaction.id"); receiptID = root.child("receipt.id")
            reference = root.child("transaction.reference"); receipt = root.child("receipt")
            bill = ledger.child("bill")
        }
    }

    /// A v4-shaped UUID from a stream.
    static func uuid(_ g: RandomStream) -> UUIDValue {
        var g = g
        return UUIDValue(randomBits: g.next(), g.next())
    }

    public func tenantID(_ t: Int) -> UUIDValue { Self.uuid(keys.tenantID.generator(t)) }
    public func userID(tenant t: Int, user u: Int) -> UUIDValue { Self.uuid(keys.userID.child(t).generator(u)) }
    /// Account `k` (0-based) of user `u` of tenant `t`.
    public func accountID(tenant t: Int, user u: Int, account k: Int) -> UUIDValue {
        Self.uuid(keys.accountID.child(t).child(u).generator(k))
    }
    /// Row `seq` of owner `o`'s ledger (user index, or -1 for the corporate accounts) in tenant `t`.
    public func transactionID(tenant t: Int, owner o: Int, seq: Int) -> UUIDValue {
        Self.uuid(keys.transactionID.child(t).child(o).generator(seq))
    }
    /// The receipt of row `seq` of owner `o`'s ledger in tenant `t`.
    public func receiptID(tenant t: Int, owner o: Int, seq: Int) -> UUIDValue {
        Self.uuid(keys.receiptID.child(t).child(o).generator(seq))
    }
    /// The kind of corporate account `c`: bank, wallet, bank, ...
    public func corporateAccountKind(_ c: Int) -> AccountKind { c % 2 == 0 ? .bank : .wallet }
    /// Corporate account `c` of business tenant `t`.
    public func corporateAccountID(tenant t: Int, account c: Int) -> UUIDValue {
        Self.uuid(keys.corporateAccountID.child(t).generator(c))
    }

    // MARK: Tenants

    /// Users of tenant `t`: one for individuals; a truncated Pareto (α ≈ 1.16,
    /// the 80/20 rule) over the scenario's range for businesses, so a few
    /// tenants hold most users.
    public func userCount(tenant t: Int) -> Int {
        guard isBusiness(t) else { return 1 }
        let range = scenario.tenants.businessUsers
        var g = keys.tenantSize.generator(t)
        return Self.truncatedPareto(range, alpha: 1.16, using: &g)
    }

    /// When tenant `t` signed up: 1 month to 6 years before "now".
    public func tenantCreatedAt(_ t: Int) -> Int64 {
        var g = keys.tenantCreated.generator(t)
        let day = CivilCalendar.microsPerDay
        return scenario.nowMicros - g.uniform((30 * day)...(6 * 365 * day))
    }

    /// Sample from a Pareto(α) truncated to `range` by inversion (deterministic math only).
    static func truncatedPareto<R: RandomNumberGenerator>(_ range: ClosedRange<Int>, alpha: Double, using g: inout R) -> Int {
        let lo = Double(range.lowerBound), hi = Double(range.upperBound) + 1
        let u = g.unitDouble()
        let tail = DeterministicMath.pow(lo / hi, alpha)
        let x = lo / DeterministicMath.pow(1 - u * (1 - tail), 1 / alpha)
        return min(range.upperBound, max(range.lowerBound, Int(x)))
    }

    // MARK: Accounts

    /// Accounts user `u` of tenant `t` holds (distinct types, at most 4).
    public func accountKinds(tenant t: Int, user u: Int) -> [AccountKind] {
        var kinds: [AccountKind] = []
        accountKinds(tenant: t, user: u, into: &kinds)
        return kinds
    }

    /// `accountKinds(tenant:user:)` into a caller's reused array (emptied first).
    func accountKinds(tenant t: Int, user u: Int, into kinds: inout [AccountKind]) {
        kinds.removeAll(keepingCapacity: true)
        var g = keys.accountKinds.child(t).generator(u)
        let n = g.uniform(scenario.accounts.perUser)
        var attempts = 0
        while kinds.count < n && attempts < 64 {
            let k = Mix<AccountKind>.label(at: accountTypeTable.sample(using: &g))
            if !kinds.contains(k) { kinds.append(k) }
            attempts += 1
        }
        // Every user has a primary account (a wallet or bank account) first: salaries land there.
        if let primary = kinds.firstIndex(where: { $0 == .wallet || $0 == .bank }) {
            kinds.swapAt(0, primary)
        } else {
            kinds.insert(.wallet, at: 0)
            if kinds.count > scenario.accounts.perUser.upperBound { kinds.removeLast() }
        }
    }

    /// Corporate accounts (user_id NULL) of business tenant `t`.
    public func corporateAccountCount(tenant t: Int) -> Int {
        guard isBusiness(t) else { return 0 }
        var g = keys.corporateCount.generator(t)
        return g.uniform(scenario.tenants.corporateAccounts)
    }
}
