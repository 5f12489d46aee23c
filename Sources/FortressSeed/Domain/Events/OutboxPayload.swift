/// Writes an event's `payload` jsonb: the spec §12 envelope and the event's data.
///
/// ```json
/// {"event_id":"…","event_type":"TransactionPosted","aggregate":"transaction","aggregate_id":"…",
///  "occurred_at":"2026-03-01T12:34:56.123456+00:00","tenant_id":"…","version":2,"data":{…}}
/// ```
///
/// Payloads carry ids, amounts and states, never personal data (names, emails,
/// phones, documents), so erasing a user needs no rewrite of published events.
/// Each shape is described by `Sources/FortressSeed/Domain/Events/Schemas/<event_type>.schema.json`.
struct OutboxPayload {
    let model: FinanceModel
    let tenant: Int
    /// NULL for events with no tenant (`InventoryRestocked`: the catalog and locations are global).
    let tenantID: UUIDValue?

    /// The id of the aggregate the event extends (`user`: the lane's user).
    func aggregateID(_ e: OutboxEvent, user: UUIDValue?) -> UUIDValue {
        switch e.subject {
        case .user: user ?? UUIDValue(hi: 0, lo: 0)
        case .account(let id, _, _): id
        case .transaction(let row): transactionID(row)
        case .transfer(let debit, _): transactionID(debit)
        case .order(let f): model.retail.orderID(tenant: tenant, user: f.owner, cart: f.cart)
        case .restock(let f): model.retail.inventory.rowID(product: f.product, location: f.location)
        }
    }

    func transactionID(_ row: LedgerRow) -> UUIDValue {
        model.transactionID(tenant: tenant, owner: row.owner, seq: row.seq)
    }

    /// The whole payload of `e` into `json` (reset first).
    func write(_ e: OutboxEvent, eventID: UUIDValue, aggregateID: UUIDValue, user: UUIDValue?, into json: inout JSONWriter) {
        json.reset()
        json.beginObject()
        json.key("event_id"); json.uuid(eventID)
        json.key("event_type"); json.label(e.kind.name)
        json.key("aggregate"); json.label(e.kind.aggregate)
        json.key("aggregate_id"); json.uuid(aggregateID)
        json.key("occurred_at"); json.timestamp(micros: e.occurredAt)
        json.key("tenant_id")
        if let tenantID { json.uuid(tenantID) } else { json.null() }
        json.key("version"); json.int(e.version)
        json.key("data")
        json.beginObject()
        switch e.subject {
        case .user(let locale, let hasEmail, let hasPhone):
            json.key("user_id"); json.uuid(aggregateID)
            if e.kind == .userRegistered {
                json.key("locale"); json.string(locale.bcp47)
                json.key("has_email"); json.bool(hasEmail)
                json.key("has_phone"); json.bool(hasPhone)
            } else {
                json.key("reason"); json.label("erasure_request")
                json.key("legal_basis"); json.label("LGPD art. 18, VI")
            }
        case .account(let id, let kind, let currency):
            json.key("account_id"); json.uuid(id)
            json.key("user_id")
            if let user { json.uuid(user) } else { json.null() }
            json.key("type"); json.label(kind.sqlLabel)
            json.key("currency"); json.label(currency.sqlLabel)
        case .transaction(let row):
            writeTransaction(row, kind: e.kind, into: &json)
        case .transfer(let debit, let credit):
            json.key("debit_transaction_id"); json.uuid(transactionID(debit))
            json.key("credit_transaction_id"); json.uuid(transactionID(credit))
            json.key("from_account_id"); json.uuid(debit.account)
            json.key("to_account_id"); json.uuid(credit.account)
            json.key("amount"); json.decimal(minorUnits: debit.amountCents, scale: 2)
            json.key("currency"); json.label(debit.currency.sqlLabel)
            json.key("channel"); json.string(debit.channel.label)
        case .order(let f):
            writeOrder(f, orderID: aggregateID, user: user, into: &json)
        case .restock(let f):
            writeRestock(f, inventoryID: aggregateID, into: &json)
        }
        json.endObject()
        json.endObject()
    }

    private func writeTransaction(_ row: LedgerRow, kind: EventKind, into json: inout JSONWriter) {
        json.key("transaction_id"); json.uuid(transactionID(row))
        json.key("account_id"); json.uuid(row.account)
        json.key("counterparty_account_id")
        if let c = row.counterparty { json.uuid(c) } else { json.null() }
        json.key("type"); json.label(row.type.label)
        json.key("status"); json.label(kind == .transactionAuthorized ? TxStatus.pending.label : row.status.label)
        json.key("amount"); json.decimal(minorUnits: row.amountCents, scale: 2)
        json.key("currency"); json.label(row.currency.sqlLabel)
        json.key("channel"); json.string(row.channel.label)
        switch kind {
        case .transactionFailed:
            json.key("failure_reason"); json.string(row.failure.label)
        case .transactionReversed:
            json.key("reason"); json.label("authorization_voided")
        case .transactionPosted where row.reverses >= 0:
            json.key("reverses_transaction_id"); json.uuid(model.transactionID(tenant: tenant, owner: row.owner, seq: row.reverses))
        default:
            break
        }
    }
}

extension JSONWriter {
    /// A string value known at compile time (event names, enum labels): no `String` is built.
    mutating func label(_ value: StaticString) {
        value.withUTF8Buffer { string(utf8: UnsafeRawBufferPointer($0)) }
    }
}
