extension FortressSchema {
    public static let auditLogs = Table(
        "audit_logs", comment: "Append-only audit trail of critical CRUD actions (spec §11).",
        columns: [
            .uuidID,
            Column("tenant_id", .uuid, null: true),
            Column("entity", .text),
            Column("entity_id", .uuid, null: true),
            Column("action", .text),
            Column("user_id", .uuid, null: true, comment: "The actor; NULL for system actions."),
            Column("diff", .jsonb, null: true),
            .createdAt,
        ],
        foreignKeys: [
            ForeignKey(["tenant_id"], references: "tenants"),
            ForeignKey(["user_id"], references: "users", onDelete: .setNull),
        ],
        indexes: [
            Index("ix_audit_logs_entity", ["entity", "entity_id"]),
            Index("ix_audit_logs_tenant_created", ["tenant_id", "created_at"]),
        ],
        writePolicy: .insertOnly(updatable: []))

    public static let eventsOutbox = Table(
        "events_outbox", comment: "Transactional outbox (spec §12): one row per business event.",
        columns: [
            Column("id", .bigserial),
            Column("tenant_id", .uuid, null: true),
            Column("aggregate", .text, null: true),
            Column("aggregate_id", .uuid, null: true),
            Column("event_type", .text),
            Column("payload", .jsonb),
            Column("status", .enumeration(outboxStatus), default: "'pending'"),
            Column("attempts", .integer, default: "0", check: "attempts >= 0"),
            .createdAt,
            Column("sent_at", .timestamptz, null: true),
        ],
        checks: [
            Check("ck_events_outbox_sent", "(status = 'sent') = (sent_at IS NOT NULL)"),
            Check("ck_events_outbox_sent_after_created", "sent_at IS NULL OR sent_at >= created_at"),
        ],
        indexes: [Index("ix_events_outbox_status_created", ["status", "created_at"])],
        writePolicy: .insertOnly(updatable: ["status", "attempts", "sent_at"]))

    public static let attachments = Table(
        "attachments", comment: "Binary files kept in S3: receipt images, order invoices (NF-e XML).",
        columns: [
            .uuidID,
            Column("tenant_id", .uuid),
            Column("owner_type", .enumeration(attachmentOwner)),
            Column("owner_id", .uuid),
            Column("s3_key", .text),
            Column("content_type", .text),
            Column("byte_size", .bigint, check: "byte_size >= 0"),
            Column("sha256", .char(64)),
            .createdAt,
        ],
        foreignKeys: [ForeignKey(["tenant_id"], references: "tenants")],
        indexes: [
            Index("ix_attachments_owner", ["owner_type", "owner_id"]),
            Index("ux_attachments_s3_key", ["s3_key"], unique: true),
        ])
}
