extension AuditGenerator {
    /// Writes one `audit_logs` row: id, tenant, entity, entity id, action, actor, diff, time.
    func write<W: RowWriting, S: ByteSink>(
        _ e: AuditEntry, id key: StreamKey, tenantID: UUIDValue, entity: UUIDValue, actor: UUIDValue?, account: AccountFacts?,
        owner: UUIDValue?, _ json: inout JSONWriter, _ out: inout RowStream<W, S>
    ) throws {
        var g = key.generator(e.index)
        out.writer.uuid(UUIDValue(randomBits: g.next(), g.next()))
        out.writer.uuid(tenantID)
        out.writer.label(e.action.entity)
        out.writer.uuid(entity)
        out.writer.label(e.action.label)
        out.writer.uuid(actor)
        json.reset()
        json.beginObject()
        switch e.action {
        case .userCreated:
            json.key("after")
            json.beginObject()
            json.key("email"); Self.value(e.email, &json)
            json.key("phone"); Self.value(e.phone, &json)
            json.key("is_active"); json.bool(true)
            json.endObject()
        case .accountCreated:
            json.key("after")
            json.beginObject()
            if let account {
                json.key("user_id"); if let owner { json.uuid(owner) } else { json.null() }
                json.key("type"); json.label(account.kind.sqlLabel)
                json.key("currency"); json.label(account.currency.sqlLabel)
            }
            json.endObject()
        case .loginNewDevice:
            json.key("after")
            json.beginObject()
            json.key("device"); Self.value(e.after, &json)
            json.key("city"); Self.value(e.city, &json)
            json.endObject()
        case .emailChanged, .phoneChanged:
            let field: StaticString = e.action == .emailChanged ? "email" : "phone"
            json.key("before"); json.beginObject(); json.key(field); Self.value(e.before, &json); json.endObject()
            json.key("after"); json.beginObject(); json.key(field); Self.value(e.after, &json); json.endObject()
        case .passwordChanged:
            json.key("before"); json.beginObject(); json.key("password_hash"); json.label("[redacted]"); json.endObject()
            json.key("after"); json.beginObject(); json.key("password_hash"); json.label("[redacted]"); json.endObject()
        case .deactivated:
            json.key("before"); json.beginObject(); json.key("is_active"); json.bool(true); json.endObject()
            json.key("after"); json.beginObject(); json.key("is_active"); json.bool(false); json.endObject()
        case .anonymized:
            // Only fields that changed: a NULL email or phone stays NULL and is not listed.
            json.key("before")
            json.beginObject()
            if e.email != nil { json.key("email"); json.label("[erased]") }
            if e.phone != nil { json.key("phone"); json.label("[erased]") }
            json.key("password_hash"); json.label("[redacted]")
            json.key("profile"); json.label("[erased]")
            json.endObject()
            json.key("after")
            json.beginObject()
            if e.email != nil { json.key("email"); json.null() }
            if e.phone != nil { json.key("phone"); json.null() }
            json.key("password_hash"); json.null()
            json.key("profile")
            json.beginObject()
            json.key("anonymized"); json.bool(true)
            json.key("display_name"); json.label("Titular anonimizado")
            json.endObject()
            json.endObject()
        case .orderCreated:
            json.key("after")
            json.beginObject()
            json.key("status"); json.label(e.status.label)
            json.key("total_amount"); json.decimal(minorUnits: e.totalCents, scale: 2)
            json.key("currency"); json.label("BRL")
            json.endObject()
        case .orderStatusChanged:
            json.key("before"); json.beginObject(); json.key("status")
            if let previous = e.previousStatus { json.label(previous.label) } else { json.null() }
            json.endObject()
            json.key("after"); json.beginObject(); json.key("status"); json.label(e.status.label); json.endObject()
        }
        json.endObject()
        out.writer.json(json.buffer)
        out.writer.timestamp(micros: e.at)
        try out.endRow()
    }

    private static func value(_ s: String?, _ json: inout JSONWriter) {
        if let s { json.string(s) } else { json.null() }
    }
}
