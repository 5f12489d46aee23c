/// The `data` of the retail events: order states and inventory restocks.
///
/// Order events carry what a consumer of that state needs without a lookup
/// (ids, amounts, the payment or refund transaction) and no personal data:
/// the shipping address stays in `orders`.
extension OutboxPayload {
    /// `OrderCreated` ... `OrderCancelled`: common fields, then the state's own.
    func writeOrder(_ f: OrderEventFacts, orderID: UUIDValue, user: UUIDValue?, into json: inout JSONWriter) {
        let retail = model.retail
        json.key("order_id"); json.uuid(orderID)
        json.key("user_id")
        if let user { json.uuid(user) } else { json.null() }
        json.key("status"); json.label(f.status.label)
        json.key("total_amount"); json.decimal(minorUnits: f.totalCents, scale: 2)
        json.key("currency"); json.label("BRL")
        switch f.status {
        case .created:
            json.key("cart_id"); json.uuid(retail.cartID(tenant: tenant, user: f.owner, cart: f.cart))
            json.key("location_id"); json.uuid(retail.locations.id(f.location))
            json.key("item_count"); json.int(f.items)
            json.key("unit_count"); json.int(f.units)
            json.key("payment_reference"); json.string(retail.paymentReference(tenant: tenant, user: f.owner, cart: f.cart))
        case .paid:
            json.key("payment_reference"); json.string(retail.paymentReference(tenant: tenant, user: f.owner, cart: f.cart))
            json.key("transaction_id")
            if let p = f.payment { json.uuid(model.transactionID(tenant: tenant, owner: f.owner, seq: p.seq)) } else { json.null() }
            json.key("channel")
            if let p = f.payment { json.string(p.channel.label) } else { json.null() }
        case .shipped, .delivered:
            json.key("location_id"); json.uuid(retail.locations.id(f.location))
        case .cancelled:
            json.key("reason")
            if let r = f.reason { json.label(r.label) } else { json.null() }
            json.key("refunded"); json.bool(f.reason?.refunded ?? false)
            json.key("refund_transaction_id")
            if let seq = f.refundSeq { json.uuid(model.transactionID(tenant: tenant, owner: f.owner, seq: seq)) } else { json.null() }
        }
    }

    /// `InventoryRestocked`: the row, what arrived, and the threshold that triggered the reorder.
    func writeRestock(_ f: RestockFacts, inventoryID: UUIDValue, into json: inout JSONWriter) {
        let retail = model.retail
        json.key("inventory_id"); json.uuid(inventoryID)
        json.key("product_id"); json.uuid(retail.catalog.id(f.product))
        json.key("location_id"); json.uuid(retail.locations.id(f.location))
        json.key("units_received"); json.int(f.unitsReceived)
        json.key("reorder_threshold"); json.int(f.threshold)
    }
}
