/// How one column's values are laid out in binary COPY: the server's `*recv` input form.
///
/// Binary input is typed: an `integer` column needs exactly 4 bytes, a
/// `bigint` 8, so the writer must know each column's type, where the text
/// formats need not. Derived once per table from its `SQLType`s.
public enum BinaryFieldType: Sendable, Equatable {
    case uuid
    /// `text`, `char(n)` and enum labels: UTF-8 bytes (`textrecv`, `bpcharrecv`, `enum_recv`).
    case text
    case bool
    case int2
    case int4
    case int8
    case numeric
    case timestamptz
    case date
    /// A version byte `1`, then the JSON text (`jsonb_recv`).
    case jsonb

    /// The binary form of a schema type.
    public init(_ type: SQLType) {
        switch type {
        case .uuid: self = .uuid
        case .text, .char, .enumeration: self = .text
        case .boolean: self = .bool
        case .smallint: self = .int2
        case .integer: self = .int4
        case .bigint, .bigserial: self = .int8
        case .numeric: self = .numeric
        case .timestamptz: self = .timestamptz
        case .date: self = .date
        case .jsonb: self = .jsonb
        }
    }
}
