extension FortressSchema {
    public static let products = Table(
        "products", comment: "Global supermarket catalog; category_id points at a global (tenant_id NULL) category.",
        columns: [
            .uuidID,
            Column("sku", .text),
            Column("name", .text),
            Column("description", .text, null: true),
            Column("brand", .text, null: true),
            Column("category_id", .uuid, null: true),
            Column("price", .numeric(precision: 12, scale: 2), check: "price >= 0"),
            Column("tax_code", .text, null: true),
            Column("attributes", .jsonb, null: true),
            .createdAt,
            .updatedAt,
        ],
        foreignKeys: [ForeignKey(["category_id"], references: "categories")],
        indexes: [
            Index("ux_products_sku", ["sku"], unique: true),
            Index("ix_products_category", ["category_id"]),
        ])

    /// Not in the spec, which names `inventory.location_id` without a table.
    public static let locations = Table(
        "locations", comment: "Stores, warehouses and dark stores that hold inventory (added: the spec references it).",
        columns: [
            .uuidID,
            Column("name", .text),
            Column("kind", .enumeration(locationKind)),
            Column("address", .jsonb, null: true),
            .createdAt,
        ])

    public static let inventory = Table(
        "inventory", comment: "Stock per (product, location); 0 <= reserved <= quantity.",
        columns: [
            .uuidID,
            Column("product_id", .uuid),
            Column("location_id", .uuid),
            Column("quantity", .integer, default: "0", check: "quantity >= 0"),
            Column("reserved", .integer, default: "0"),
            Column("reorder_threshold", .integer, default: "0", check: "reorder_threshold >= 0"),
            Column("last_restock_at", .timestamptz, null: true),
        ],
        foreignKeys: [
            ForeignKey(["product_id"], references: "products"),
            ForeignKey(["location_id"], references: "locations"),
        ],
        checks: [Check("ck_inventory_reserved", "reserved >= 0 AND reserved <= quantity")],
        indexes: [
            Index("ux_inventory_product_location", ["product_id", "location_id"], unique: true),
            Index("ix_inventory_location", ["location_id"]),
        ])

    public static let carts = Table(
        "carts", comment: "Shopping carts; their lines live in cart_items (normalized, see README).",
        columns: [
            .uuidID,
            Column("tenant_id", .uuid),
            Column("user_id", .uuid),
            Column("expires_at", .timestamptz, null: true),
            .createdAt,
        ],
        foreignKeys: [
            ForeignKey(["tenant_id"], references: "tenants"),
            ForeignKey(["user_id"], references: "users"),
        ],
        indexes: [Index("ix_carts_user", ["user_id"])])

    /// The spec's "or normalized cart_items" option, chosen over `carts.items jsonb`.
    public static let cartItems = Table(
        "cart_items", comment: "Cart lines: product, quantity and unit price taken from the catalog at cart time.",
        columns: [
            Column("cart_id", .uuid),
            Column("line_no", .smallint, check: "line_no > 0"),
            Column("product_id", .uuid),
            Column("quantity", .integer, check: "quantity > 0"),
            Column("unit_price", .numeric(precision: 12, scale: 2), check: "unit_price >= 0"),
        ],
        primaryKey: ["cart_id", "line_no"],
        foreignKeys: [
            ForeignKey(["cart_id"], references: "carts", onDelete: .cascade),
            ForeignKey(["product_id"], references: "products"),
        ],
        indexes: [Index("ix_cart_items_product", ["product_id"])])

    public static let orders = Table(
        "orders", comment: "Checkouts of carts; paid orders have a ledger debit whose reference is payment_reference.",
        columns: [
            .uuidID,
            Column("tenant_id", .uuid),
            Column("user_id", .uuid),
            Column("cart_id", .uuid),
            Column("location_id", .uuid, null: true, comment: "Fulfilling location (added; inventory reservations)."),
            Column("status", .enumeration(orderStatus), default: "'created'"),
            Column("total_amount", .numeric(precision: 12, scale: 2), check: "total_amount >= 0"),
            Column("currency", .char(3)),
            Column("shipping_address", .jsonb, null: true),
            Column("payment_reference", .text, null: true),
            .createdAt,
            .updatedAt,
        ],
        foreignKeys: [
            ForeignKey(["tenant_id"], references: "tenants"),
            ForeignKey(["user_id"], references: "users"),
            ForeignKey(["cart_id"], references: "carts"),
            ForeignKey(["location_id"], references: "locations"),
        ],
        indexes: [
            Index("ux_orders_cart", ["cart_id"], unique: true),
            Index("ix_orders_tenant_created", ["tenant_id", "created_at DESC"]),
            Index("ix_orders_user", ["user_id"]),
            Index("ix_orders_payment_reference", ["payment_reference"]),
        ])
}
