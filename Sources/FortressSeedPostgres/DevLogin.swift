/// A documented login of a loaded dev database: one per tenant.
///
/// The first user with an email of each tenant (by creation time, then id),
/// so `fortress-seed dev` can print who to log in as; every such user's
/// password is `FinanceModel.devPassword` when the scenario says `password: dev`.
public struct DevLogin: Sendable, Equatable {
    public let tenant: String
    public let email: String

    /// One login per tenant, ordered by tenant name.
    public static func list(on db: Connection) throws(PostgresError) -> [DevLogin] {
        try db.query(
            """
            SELECT tenant, email FROM (
              SELECT DISTINCT ON (t.id) t.name AS tenant, u.email
              FROM tenants t JOIN users u ON u.tenant_id = t.id
              WHERE u.email IS NOT NULL AND u.is_active
              ORDER BY t.id, u.created_at, u.id) first
            ORDER BY tenant, email
            """
        ).compactMap { r in r[0].flatMap { t in r[1].map { DevLogin(tenant: t, email: $0) } } }
    }
}
