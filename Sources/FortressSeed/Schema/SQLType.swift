/// A PostgreSQL column type as the Fortress schema uses it.
///
/// The cases are the handful of types the spec needs; each knows its DDL
/// spelling and the `information_schema.columns.data_type` PostgreSQL reports
/// for it, so the compatibility check and the catalog test compare against
/// the same model that wrote the DDL.
public enum SQLType: Sendable, Equatable {
    case uuid
    case text
    case char(Int)
    case boolean
    case smallint
    case integer
    case bigint
    /// `bigserial`: a `bigint` with an owned sequence (`events_outbox.id`).
    case bigserial
    case numeric(precision: Int, scale: Int)
    case timestamptz
    case date
    case jsonb
    /// A `CREATE TYPE ... AS ENUM` type of the schema.
    case enumeration(EnumType)

    /// The type as written in `CREATE TABLE`.
    public var ddl: String {
        switch self {
        case .uuid: "uuid"
        case .text: "text"
        case .char(let n): "char(\(n))"
        case .boolean: "boolean"
        case .smallint: "smallint"
        case .integer: "integer"
        case .bigint: "bigint"
        case .bigserial: "bigserial"
        case .numeric(let p, let s): "numeric(\(p),\(s))"
        case .timestamptz: "timestamptz"
        case .date: "date"
        case .jsonb: "jsonb"
        case .enumeration(let e): e.name
        }
    }

    /// What `information_schema.columns.data_type` says for this type.
    public var informationSchemaType: String {
        switch self {
        case .uuid: "uuid"
        case .text: "text"
        case .char: "character"
        case .boolean: "boolean"
        case .smallint: "smallint"
        case .integer: "integer"
        case .bigint, .bigserial: "bigint"
        case .numeric: "numeric"
        case .timestamptz: "timestamp with time zone"
        case .date: "date"
        case .jsonb: "jsonb"
        case .enumeration: "USER-DEFINED"
        }
    }

    /// The enum type, when this is one.
    public var enumType: EnumType? {
        if case .enumeration(let e) = self { return e }
        return nil
    }
}
