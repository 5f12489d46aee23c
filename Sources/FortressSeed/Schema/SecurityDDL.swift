/// Roles, grants and the masked support view of spec §11, as idempotent DDL.
///
/// - `app_read`: SELECT on every table.
/// - `app_write`: what the application needs; on insert-only tables
///   (`WritePolicy.insertOnly`) only INSERT and UPDATE of the listed columns,
///   so the ledger and the audit trail cannot be edited or deleted.
/// - `admin`: everything.
/// - `support_read`: only `support_users_masked`, which hides emails, phones
///   and the profile except the display name.
public enum SecurityDDL {
    public static let roles = ["app_read", "app_write", "admin", "support_read"]
    public static let supportView = "support_users_masked"

    public static func script() -> String {
        var s = "-- Roles and grants (spec §11): least privilege.\n"
        for r in roles {
            s += "DO $$ BEGIN CREATE ROLE \(r) NOLOGIN; "
            s += "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;\n"
        }
        s += "GRANT USAGE ON SCHEMA public TO \(roles.joined(separator: ", "));\n"
        for t in FortressSchema.tables {
            s += "GRANT SELECT ON \(t.name) TO app_read;\n"
            switch t.writePolicy {
            case .mutable:
                s += "GRANT SELECT, INSERT, UPDATE, DELETE ON \(t.name) TO app_write;\n"
            case .insertOnly(let updatable):
                s += "GRANT SELECT, INSERT ON \(t.name) TO app_write;\n"
                if !updatable.isEmpty {
                    s += "GRANT UPDATE (\(updatable.joined(separator: ", "))) ON \(t.name) TO app_write;\n"
                }
            }
            s += "GRANT ALL PRIVILEGES ON \(t.name) TO admin;\n"
        }
        s += "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO app_write, admin;\n\n"
        s += supportViewDDL()
        return s
    }

    /// A security-barrier view over `users` that masks PII for support staff.
    static func supportViewDDL() -> String {
        let u = FortressSchema.users
        let email = u.column("email").name, phone = u.column("phone").name
        return """
            CREATE OR REPLACE VIEW \(supportView) WITH (security_barrier = true) AS
            SELECT id, tenant_id,
                   CASE WHEN \(email) IS NULL THEN NULL
                        ELSE left(\(email), 1) || '***@' || split_part(\(email), '@', 2) END AS email_masked,
                   CASE WHEN \(phone) IS NULL THEN NULL
                        ELSE left(\(phone), 3) || repeat('*', greatest(length(\(phone)) - 7, 0)) || right(\(phone), 4) END AS phone_masked,
                   \(u.column("profile").name) ->> 'display_name' AS display_name,
                   is_active, created_at, last_login_at
            FROM \(u.name);
            COMMENT ON VIEW \(supportView) IS 'Support access to users with PII masked (spec §11).';
            GRANT SELECT ON \(supportView) TO support_read, app_read, admin;

            """
    }
}
