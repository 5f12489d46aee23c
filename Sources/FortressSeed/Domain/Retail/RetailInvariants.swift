/// The supermarket side's invariants, as SQL counting violating rows.
public enum RetailInvariants {
    public static let checks: [DataInvariant] = [
        DataInvariant(
            "sku_unique_and_ean13_valid", "SKUs are unique and every product's EAN-13 has a valid check digit",
            """
            SELECT (SELECT count(*) - count(DISTINCT sku) FROM products)
                 + (SELECT count(*) FROM products p
                    WHERE (p.attributes->>'ean13') !~ '^[0-9]{13}$'
                       OR (10 - (SELECT sum(substr(p.attributes->>'ean13', i, 1)::int * CASE WHEN i % 2 = 0 THEN 3 ELSE 1 END)
                                 FROM generate_series(1, 12) i) % 10) % 10 <> substr(p.attributes->>'ean13', 13, 1)::int)
            """),
        DataInvariant(
            "products_in_global_categories", "every product's category is a global (tenant_id NULL) catalog category",
            "SELECT count(*) FROM products p JOIN categories c ON c.id = p.category_id WHERE c.tenant_id IS NOT NULL"),
        DataInvariant(
            "inventory_bounds", "0 <= reserved <= quantity on every inventory row",
            "SELECT count(*) FROM inventory WHERE reserved < 0 OR reserved > quantity"),
        DataInvariant(
            "reserved_matches_open_orders", "inventory.reserved equals the units of open (created) orders fulfilled from that location",
            """
            SELECT count(*) FROM inventory i
            FULL JOIN (SELECT o.location_id, ci.product_id, sum(ci.quantity) AS q
                       FROM orders o JOIN cart_items ci ON ci.cart_id = o.cart_id
                       WHERE o.status = 'created' GROUP BY 1, 2) r
              ON r.location_id = i.location_id AND r.product_id = i.product_id
            WHERE coalesce(i.reserved, -1) <> coalesce(r.q, 0)
            """),
        DataInvariant(
            "order_totals_match_carts", "an order's total is exactly the sum of its cart's lines",
            """
            SELECT count(*) FROM orders o
            WHERE o.total_amount <> (SELECT coalesce(sum(ci.quantity * ci.unit_price), 0) FROM cart_items ci WHERE ci.cart_id = o.cart_id)
               OR o.user_id <> (SELECT c.user_id FROM carts c WHERE c.id = o.cart_id)
            """),
        DataInvariant(
            "paid_orders_in_ledger", "every paid, shipped or delivered order has a posted debit on the buyer's account with its payment_reference and total",
            """
            SELECT count(*) FROM orders o
            WHERE o.status IN ('paid', 'shipped', 'delivered')
              AND NOT EXISTS (SELECT 1 FROM transactions t JOIN accounts a ON a.id = t.account_id
                              WHERE t.reference = o.payment_reference AND t.status = 'posted' AND t.type = 'debit'
                                AND t.amount = o.total_amount AND a.user_id = o.user_id)
            """),
        DataInvariant(
            "cancelled_paid_orders_refunded", "a cancelled order whose payment posted has its refund as a posted counter-transaction",
            """
            SELECT count(*) FROM orders o
            WHERE o.status = 'cancelled'
              AND EXISTS (SELECT 1 FROM transactions t WHERE t.reference = o.payment_reference AND t.status = 'posted' AND t.type = 'debit')
              AND NOT EXISTS (SELECT 1 FROM transactions r WHERE r.type = 'credit' AND r.status = 'posted'
                                AND r.metadata->>'order_id' = o.id::text AND r.amount = o.total_amount)
            """),
        DataInvariant(
            "orders_from_their_cart_and_time", "an order is created after its cart and by the cart's user and tenant",
            """
            SELECT count(*) FROM orders o JOIN carts c ON c.id = o.cart_id
            WHERE o.created_at < c.created_at OR o.tenant_id <> c.tenant_id OR o.updated_at < o.created_at
            """),
    ]
}
