/// A deterministic slice of a dataset: shard `index` of `count` (`--shard i/N`).
///
/// Shards are made of whole tenants (tenant `t` belongs to shard `t mod N`),
/// so every foreign key from a tenant's rows stays inside its shard or points
/// at shard 0's. Global tables (merchants, products, locations, inventory,
/// the calendar, the catalog dimensions and daily sales) and tenant-less rows
/// (the catalog taxonomy, restock events) are written by shard 0 only, and
/// reference no tenant's rows. The N shards' rows, put together, are exactly
/// the rows of the unsharded run. Shard 0 loads on its own; the others need it
/// first (their carts reference its products): `load --shard` waits for it.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public static let whole = Shard(index: 0, count: 1)

    public init(index: Int, count: Int) {
        precondition(count >= 1 && index >= 0 && index < count, "shard index must be in 0..<count")
        self.index = index
        self.count = count
    }

    /// Parses `i/N` (0-based `i`).
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 0, i < n else { return nil }
        self.init(index: i, count: n)
    }

    /// Whether this shard writes the global tables.
    public var writesGlobalTables: Bool { index == 0 }

    /// The tenants of this shard among `tenantCount`.
    public func tenants(of tenantCount: Int) -> StrideTo<Int> {
        stride(from: index, to: tenantCount, by: count)
    }

    public var description: String { "\(index)/\(count)" }
}
