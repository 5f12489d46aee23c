import FortressSeed
import Foundation
import Testing

/// `fortress-seed schema` applied to a real PostgreSQL 15 matches the model.
@Suite("Schema on PostgreSQL", .tags(.postgres), .enabled(if: TestDatabase.runPostgresTests))
struct SchemaCatalogTests {
    /// Applies the DDL (twice: it is idempotent) and returns the database.
    static func databaseWithSchema(_ label: String, scenario: String = "dev") throws -> TestDatabase {
        let db = try TestDatabase.create(label)
        let ddl = try Shell.fortress(["schema", "--scenario", scenario])
        #expect(ddl.status == 0, "schema failed: \(ddl.stderr)")
        for _ in 0..<2 {
            let applied = try db.psql(["-f", "-"], stdin: Data(ddl.stdout.utf8))
            #expect(applied.status == 0, "applying the DDL failed:\n\(applied.stderr)")
        }
        return db
    }

    @Test("Every table and column exists with the model's type and nullability")
    func tablesAndColumns() throws {
        let db = try Self.databaseWithSchema("catalog")
        defer { db.drop() }
        let rows = try db.rows("""
            SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, coalesce(c.udt_name, '')
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = 'public' AND t.table_type IN ('BASE TABLE') AND t.table_name NOT LIKE 'transactions\\_%'
            ORDER BY 1, c.ordinal_position
            """)
        var expected: [String] = []
        for table in FortressSchema.tables.sorted(by: { $0.name < $1.name }) {
            for c in table.columns {
                let udt = c.type.enumType?.name ?? Self.udtName(c.type)
                expected.append("\(table.name)|\(c.name)|\(c.type.informationSchemaType)|\(c.isNullable ? "YES" : "NO")|\(udt)")
            }
        }
        // The partitioned parent is reported as 'BASE TABLE' only through its partitions; check it separately.
        let actual = rows
        let withoutTransactions = expected.filter { !$0.hasPrefix("transactions|") }
        #expect(actual.filter { !$0.hasPrefix("transactions|") } == withoutTransactions)
        let txColumns = try db.rows("""
            SELECT column_name || '|' || data_type || '|' || is_nullable FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = 'transactions' ORDER BY ordinal_position
            """)
        #expect(txColumns == FortressSchema.transactions.columns.map { "\($0.name)|\($0.type.informationSchemaType)|\($0.isNullable ? "YES" : "NO")" })
    }

    @Test("Enum types carry exactly the model's labels, in order")
    func enums() throws {
        let db = try Self.databaseWithSchema("enums")
        defer { db.drop() }
        for e in FortressSchema.enums {
            let labels = try db.rows("SELECT enumlabel FROM pg_enum WHERE enumtypid = '\(e.name)'::regtype ORDER BY enumsortorder")
            #expect(labels == e.values, "enum \(e.name)")
        }
    }

    @Test("Every index of the model exists with its uniqueness, named by the spec's guide")
    func indexes() throws {
        let db = try Self.databaseWithSchema("indexes")
        defer { db.drop() }
        let actual = Set(try db.rows("""
            SELECT i.relname || '|' || t.relname || '|' || CASE WHEN ix.indisunique THEN 't' ELSE 'f' END
            FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND NOT t.relispartition
            """))
        for table in FortressSchema.tables {
            for index in table.indexes {
                #expect(actual.contains("\(index.name)|\(table.name)|\(index.isUnique ? "t" : "f")"), "missing index \(index.name)")
            }
            if !table.primaryKey.isEmpty {
                #expect(actual.contains("pk_\(table.name)|\(table.name)|t"), "missing primary key of \(table.name)")
            }
        }
        let email = try db.scalar("SELECT indexdef FROM pg_indexes WHERE indexname = 'ux_users_tenant_email'")
        #expect(email == "CREATE UNIQUE INDEX ux_users_tenant_email ON public.users USING btree (tenant_id, lower(email)) WHERE (email IS NOT NULL)")
    }

    @Test("transactions is range-partitioned by month over the dev window plus a default partition")
    func partitions() throws {
        let db = try Self.databaseWithSchema("partitions")
        defer { db.drop() }
        let strategy = try db.scalar("SELECT partstrat FROM pg_partitioned_table WHERE partrelid = 'transactions'::regclass")
        #expect(strategy == "r")
        let parts = try db.rows("""
            SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'transactions'::regclass ORDER BY c.relname
            """)
        let span = try ScenarioLibrary.load("dev").scenario.partitionSpan
        let expected = DDLWriter(partitions: span).partitionNames(FortressSchema.transactions).sorted()
        #expect(parts == expected)
        #expect(parts.count == 14)  // 2025-11 ... 2026-11 and the default
        let pk = try db.scalar("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'pk_transactions'")
        #expect(pk == "PRIMARY KEY (id, occurred_at)")
    }

    @Test("Foreign keys and CHECK constraints are enforced")
    func constraints() throws {
        let db = try Self.databaseWithSchema("constraints")
        defer { db.drop() }
        let fks = Set(try db.rows("SELECT conname FROM pg_constraint WHERE contype = 'f' AND conislocal AND conparentid = 0"))
        for table in FortressSchema.tables {
            for fk in table.foreignKeys { #expect(fks.contains(fk.name(in: table.name)), "missing \(fk.name(in: table.name))") }
        }
        let negative = try db.psql(["-c", """
            INSERT INTO tenants (id, name) VALUES ('00000000-0000-4000-8000-000000000001', 't');
            INSERT INTO accounts (tenant_id, type, currency) VALUES ('00000000-0000-4000-8000-000000000001', 'wallet', 'BRL');
            INSERT INTO transactions (tenant_id, account_id, type, amount, currency)
            SELECT tenant_id, id, 'debit', -1, 'BRL' FROM accounts;
            """])
        #expect(negative.status != 0)
        #expect(negative.stderr.contains("ck_transactions_amount"))
        let reserved = try db.psql(["-c", """
            INSERT INTO products (sku, name, price) VALUES ('SKU-1', 'Arroz', 10);
            INSERT INTO locations (name, kind) VALUES ('Loja', 'store');
            INSERT INTO inventory (product_id, location_id, quantity, reserved) SELECT p.id, l.id, 1, 2 FROM products p, locations l;
            """])
        #expect(reserved.stderr.contains("ck_inventory_reserved"))
    }

    @Test("Roles and the masked support view exist; support_read cannot read users")
    func security() throws {
        let db = try Self.databaseWithSchema("security")
        defer { db.drop() }
        let roles = try db.rows("SELECT rolname FROM pg_roles WHERE rolname IN ('app_read','app_write','admin','support_read') ORDER BY 1")
        #expect(roles == ["admin", "app_read", "app_write", "support_read"])
        #expect(try db.scalar("SELECT has_table_privilege('support_read', 'users', 'SELECT')") == "f")
        #expect(try db.scalar("SELECT has_table_privilege('support_read', 'support_users_masked', 'SELECT')") == "t")
        #expect(try db.scalar("SELECT has_table_privilege('app_write', 'transactions', 'DELETE')") == "f")
        #expect(try db.scalar("SELECT has_column_privilege('app_write', 'transactions', 'status', 'UPDATE')") == "t")
        #expect(try db.scalar("SELECT has_column_privilege('app_write', 'transactions', 'amount', 'UPDATE')") == "f")
        _ = try db.psql(["-c", """
            INSERT INTO tenants (id, name) VALUES ('00000000-0000-4000-8000-000000000001', 't');
            INSERT INTO users (tenant_id, email, phone) VALUES ('00000000-0000-4000-8000-000000000001', 'maria.silva@example.com', '+5511987654321');
            """])
        let masked = try db.scalar("SELECT email_masked || ' ' || phone_masked FROM support_users_masked")
        #expect(masked == "m***@example.com +55*******4321")
    }

    static func udtName(_ t: SQLType) -> String {
        switch t {
        case .uuid: "uuid"
        case .text: "text"
        case .char: "bpchar"
        case .boolean: "bool"
        case .smallint: "int2"
        case .integer: "int4"
        case .bigint, .bigserial: "int8"
        case .numeric: "numeric"
        case .timestamptz: "timestamptz"
        case .date: "date"
        case .jsonb: "jsonb"
        case .enumeration(let e): e.name
        }
    }
}
