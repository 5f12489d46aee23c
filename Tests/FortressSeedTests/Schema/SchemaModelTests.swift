import Testing
@testable import FortressSeed

@Suite struct SchemaModelTests {
    @Test("Tables come after every table they reference (load order)")
    func foreignKeyOrder() {
        var seen = Set<String>()
        for table in FortressSchema.tables {
            for dependency in table.dependencies {
                #expect(seen.contains(dependency), "\(table.name) references \(dependency), which comes later")
            }
            seen.insert(table.name)
        }
        #expect(seen.count == FortressSchema.tables.count, "duplicate table names")
    }

    @Test("Every foreign key names existing columns on both sides", arguments: FortressSchema.tables.map(\.name))
    func foreignKeysResolve(tableName: String) throws {
        let table = try #require(FortressSchema.table(named: tableName))
        let names = Set(table.columns.map(\.name))
        #expect(names.count == table.columns.count, "duplicate column in \(table.name)")
        for fk in table.foreignKeys {
            let parent = try #require(FortressSchema.table(named: fk.referencedTable))
            for c in fk.columns { #expect(names.contains(c)) }
            for c in fk.referencedColumns { #expect(parent.columns.contains { $0.name == c }) }
            #expect(fk.referencedColumns == parent.primaryKey || parent.indexes.contains { $0.isUnique && $0.keys == fk.referencedColumns })
        }
        for c in table.primaryKey { #expect(names.contains(c)) }
        if case .insertOnly(let updatable) = table.writePolicy {
            for c in updatable { #expect(names.contains(c)) }
        }
    }

    @Test("Index names follow the spec's guide: ix_<table>_… and ux_<table>_… for unique ones")
    func indexNames() {
        for table in FortressSchema.tables {
            for index in table.indexes {
                let prefix = (index.isUnique ? "ux_" : "ix_") + table.name + "_"
                #expect(index.name.hasPrefix(prefix), "\(index.name) on \(table.name)")
                #expect(index.name.utf8.count <= 63, "\(index.name) is longer than PostgreSQL's 63-byte identifiers")
            }
        }
    }

    @Test("Every enum a column uses is declared, and the spec's labels are there")
    func enums() {
        let declared = Set(FortressSchema.enums.map(\.name))
        for table in FortressSchema.tables {
            for c in table.columns { if let e = c.type.enumType { #expect(declared.contains(e.name)) } }
        }
        #expect(FortressSchema.transactionStatus.values == ["pending", "posted", "failed", "reversed"])
        #expect(FortressSchema.orderStatus.values == ["created", "paid", "shipped", "delivered", "cancelled"])
        #expect(FortressSchema.outboxStatus.values == ["pending", "sent", "failed"])
    }

    @Test("The DDL names each table once and creates one partition per month plus DEFAULT")
    func ddl() {
        let span = MonthSpan(firstYear: 2025, firstMonth: 11, lastYear: 2026, lastMonth: 2)
        let sql = DDLWriter(partitions: span).script(version: "test")
        for table in FortressSchema.tables {
            #expect(sql.components(separatedBy: "CREATE TABLE IF NOT EXISTS \(table.name) (").count == 2, "\(table.name)")
        }
        #expect(sql.contains("CREATE TABLE IF NOT EXISTS transactions_y2025m12 PARTITION OF transactions FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');"))
        #expect(sql.contains("CREATE TABLE IF NOT EXISTS transactions_default PARTITION OF transactions DEFAULT;"))
        #expect(DDLWriter(partitions: span).partitionNames(FortressSchema.transactions) == [
            "transactions_y2025m11", "transactions_y2025m12", "transactions_y2026m01", "transactions_y2026m02", "transactions_default",
        ])
        #expect(sql.contains("CREATE UNIQUE INDEX IF NOT EXISTS ux_users_tenant_email ON users (tenant_id, lower(email)) WHERE email IS NOT NULL;"))
        #expect(sql.contains("DO $$ BEGIN CREATE TYPE tx_status AS ENUM ('pending', 'posted', 'failed', 'reversed'); EXCEPTION WHEN duplicate_object THEN NULL; END $$;"))
    }

    @Test("Prisma: one model per table, a field per column, money as Decimal")
    func prisma() {
        let prisma = PrismaWriter().script(version: "test")
        for table in FortressSchema.tables {
            #expect(prisma.contains("@@map(\"\(table.name)\")"), "\(table.name)")
        }
        #expect(prisma.contains("model CartItem {"))
        #expect(prisma.contains("model Category {"))
        #expect(prisma.contains("balance Decimal @default(0) @db.Decimal(20, 6)"))
        #expect(prisma.contains("tenantId String @map(\"tenant_id\") @db.Uuid"))
        #expect(prisma.contains("@@index([accountId, occurredAt(sort: Desc)], map: \"ix_transactions_account_occurred\")"))
        #expect(prisma.contains("// UNIQUE INDEX ux_users_tenant_email (tenant_id, lower(email)) WHERE email IS NOT NULL"))
        #expect(prisma.contains("order Order? @relation(\"orders_cart_id\")"))
        #expect(prisma.contains("transactionsByCounterpartyAccountId Transaction[] @relation(\"transactions_counterparty_account_id\")"))
    }

    @Test("CSV header and COPY column list come from the same columns")
    func columnLists() {
        #expect(FortressSchema.tenants.csvHeader == "id,name,plan,config,created_at")
        #expect(FortressSchema.tenants.columnList == "id, name, plan, config, created_at")
    }
}
