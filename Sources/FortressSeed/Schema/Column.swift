/// One column of a table: name, type, nullability, default and CHECK.
public struct Column: Sendable, Equatable {
    public let name: String
    public let type: SQLType
    public let isNullable: Bool
    /// A SQL default expression (`now()`, `0`, `gen_random_uuid()`), or nil.
    public let defaultSQL: String?
    /// A column CHECK expression (`amount >= 0`), or nil.
    public let check: String?
    /// A one-line comment, emitted as `COMMENT ON COLUMN`.
    public let comment: String?

    public init(
        _ name: String, _ type: SQLType, null: Bool = false,
        default defaultSQL: String? = nil, check: String? = nil, comment: String? = nil
    ) {
        self.name = name
        self.type = type
        self.isNullable = null
        self.defaultSQL = defaultSQL
        self.check = check
        self.comment = comment
    }
}

extension Column {
    /// `id uuid PRIMARY KEY DEFAULT gen_random_uuid()`, the spec's key convention.
    public static let uuidID = Column("id", .uuid, default: "gen_random_uuid()")
    /// `created_at timestamptz NOT NULL DEFAULT now()`.
    public static let createdAt = Column("created_at", .timestamptz, default: "now()")
    /// `updated_at timestamptz NOT NULL DEFAULT now()`.
    public static let updatedAt = Column("updated_at", .timestamptz, default: "now()")
}
