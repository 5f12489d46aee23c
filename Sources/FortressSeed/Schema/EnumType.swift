/// A `CREATE TYPE name AS ENUM (...)` type: the spec's stricter option (§6).
public struct EnumType: Sendable, Equatable {
    /// The type's SQL name, e.g. `tx_status`.
    public let name: String
    /// The labels in declaration order (PostgreSQL sorts enum values by it).
    public let values: [String]

    public init(_ name: String, _ values: [String]) {
        self.name = name
        self.values = values
    }
}
