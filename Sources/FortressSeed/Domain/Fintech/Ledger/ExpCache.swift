/// `DeterministicMath.exp(-lambda)` remembered by `lambda`'s bits, for the ledger's Poisson
/// draws: every user-day draws three counts (income, purchases, transfers) whose lambdas
/// take only a few values per user (the purchase one varies with a handful of calendar
/// factors), and the exponential was most of `planDay`'s arithmetic.
///
/// Direct-mapped, 64 slots in memory allocated once per `LedgerScratch`, so lookups never
/// allocate; a value is a pure function of its key, so results do not depend on what was
/// cached before (or on which thread).
final class ExpCache {
    private static let slots = 64
    private let keys: UnsafeMutablePointer<UInt64>
    private let values: UnsafeMutablePointer<Double>

    init() {
        keys = .allocate(capacity: Self.slots)
        values = .allocate(capacity: Self.slots)
        // A NaN pattern: no finite lambda has these bits.
        keys.initialize(repeating: UInt64.max, count: Self.slots)
        values.initialize(repeating: 0, count: Self.slots)
    }

    deinit {
        keys.deallocate()
        values.deallocate()
    }

    /// `DeterministicMath.exp(-lambda)`.
    @inline(__always)
    func expMinus(_ lambda: Double) -> Double {
        let bits = lambda.bitPattern
        let slot = Int(truncatingIfNeeded: ((bits ^ (bits >> 32)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        if keys[slot] == bits { return values[slot] }
        let value = DeterministicMath.exp(-lambda)
        keys[slot] = bits
        values[slot] = value
        return value
    }
}
