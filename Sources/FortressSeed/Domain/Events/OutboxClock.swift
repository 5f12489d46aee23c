/// Outbox ids that grow with `created_at`, derived without sorting the events of a dataset.
///
/// A real outbox fills in commit order, so `id` (bigserial) increases with
/// `created_at`. Sorting hundreds of millions of generated events to number
/// them would need memory proportional to the dataset; instead the id is a
/// function of the event's own `created_at` and of its *lane*.
///
/// ## Lanes
///
/// A lane is the unit that is generated, and sorted, as a whole: one user's
/// events (registration, accounts, every ledger row their simulation emits,
/// erasure), or a business's corporate accounts. Lanes are numbered densely:
/// business tenant `t` owns `userCount(t) + 1` consecutive lanes (corporate
/// first, then user 0, 1, ...), each individual tenant one lane after all
/// business lanes, and `extraLanes` (for the retail model) come last. Every
/// event of an aggregate lives in one lane, and a lane holds a few thousand
/// events at most, so sorting a lane costs O(lane) memory.
///
/// ## The id
///
/// With `R = 2^12` residues and `m = ceil(lanes / R)` time classes, lane `ℓ`
/// has residue `r = ℓ mod R` and class `c = ℓ / R`. An event whose mutation
/// happened at `τ` (µs since 2000-01-01) gets
///
/// - `created_at = x`, the smallest instant `≥ τ` with `x ≡ c (mod m)` that is
///   also `≥ previous x of the lane + m` (events of a lane are placed in time order);
/// - `id = x · R + r`.
///
/// **Unique.** `id` gives back `x = id / R` and `r = id mod R`; `x` gives
/// `c = x mod m`; `(c, r)` give the lane `ℓ = c · R + r` (as `c < m`). So two
/// events with one id are in one lane with one `x`; within a lane the `x` strictly
/// increase. Hence ids are unique. **Monotone.** `x₁ < x₂ ⇒ x₁·R + r₁ < x₁·R + R ≤ x₂·R ≤ id₂`:
/// ids strictly increase with `created_at`. (`OutboxClockTests` checks both over
/// every lane residue and class.)
///
/// The price is that `created_at` may trail the mutation by up to `m - 1` µs,
/// plus `m` µs per earlier event of the lane at the same instant (well under a
/// millisecond for a million users); payloads keep the exact `occurred_at`.
/// Ids fit in 63 bits until 2071.
struct OutboxClock: Sendable {
    static let residueBits: Int64 = 12
    static let residues: Int64 = 1 << residueBits
    /// 2000-01-01T00:00:00Z in µs since 1970.
    static let epochMicros: Int64 = 946_684_800_000_000
    /// The largest offset from the epoch an id can encode.
    static let maxOffset: Int64 = (Int64.max >> residueBits) - residues

    /// `laneBase[t]`: the first lane of business tenant `t`.
    private let laneBase: [Int]
    private let business: Int
    /// Lanes of business tenants (all of them).
    let businessLanes: Int
    /// Lanes the finance side uses; extra lanes start here.
    let financeLanes: Int
    let totalLanes: Int
    /// `m`: the number of time classes.
    let modulus: Int64

    /// Numbers the lanes of `finance`'s tenants, plus `extraLanes` for other sources.
    ///
    /// - Complexity: O(business tenants) time and memory (one `userCount` each).
    init(finance: FinanceModel, extraLanes: Int = 0) {
        business = finance.scenario.tenants.business
        var base: [Int] = []
        base.reserveCapacity(business)
        var next = 0
        for t in 0..<business {
            base.append(next)
            next += finance.userCount(tenant: t) + 1
        }
        laneBase = base
        businessLanes = next
        financeLanes = next + finance.scenario.tenants.individual
        totalLanes = financeLanes + extraLanes
        modulus = max(1, (Int64(totalLanes) + Self.residues - 1) / Self.residues)
    }

    /// The lane of `owner` (a user index, or -1 for the corporate accounts) of tenant `t`.
    func lane(tenant t: Int, owner: Int) -> Int {
        if t < business { return laneBase[t] + owner + 1 }
        precondition(owner == 0, "individual tenants have one user and no corporate accounts")
        return businessLanes + (t - business)
    }

    /// Lane `k` of the extra (non-finance) lanes.
    func extraLane(_ k: Int) -> Int {
        precondition(financeLanes + k < totalLanes, "extra lane out of range")
        return financeLanes + k
    }

    /// `created_at` for a mutation at `micros` in `lane`, after the lane's `previous` event (if any).
    func place(_ micros: Int64, lane: Int, after previous: Int64?) -> Int64 {
        let offset = micros - Self.epochMicros
        precondition(offset >= 0 && offset < Self.maxOffset, "event time outside 2000...2071")
        let c = Int64(lane) / Self.residues
        var x = offset + ((c - offset % modulus) % modulus + modulus) % modulus
        if let previous { x = max(x, previous - Self.epochMicros + modulus) }
        return Self.epochMicros + x
    }

    /// The outbox id of an event placed at `createdAt` (from `place`) in `lane`.
    func id(createdAt: Int64, lane: Int) -> Int64 {
        (createdAt - Self.epochMicros) * Self.residues + Int64(lane) % Self.residues
    }
}
