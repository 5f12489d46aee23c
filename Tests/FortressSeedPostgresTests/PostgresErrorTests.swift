import Testing
@testable import FortressSeedPostgres

@Suite struct PostgresErrorTests {
    @Test("Server errors name SQLSTATE, table and row")
    func serverErrorText() {
        let e = PostgresError.server(sqlState: "23514", message: "new row violates check constraint \"ck_transactions_amount\"", detail: nil, table: "transactions", row: 42)
        #expect(e.description == "PostgreSQL error 23514: new row violates check constraint \"ck_transactions_amount\" (table transactions, row 42)")
    }
}
