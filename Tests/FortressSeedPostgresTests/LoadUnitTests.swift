import FortressSeed
@testable import FortressSeedPostgres
import Testing

/// How `--jobs` cuts the largest tables into parts, and how the bookkeeping reads them back.
@Suite("LoadUnit")
struct LoadUnitTests {
    let tables: [GeneratedTable] = [.tenants, .users, .transactions, .eventsOutbox]

    @Test("With N jobs the largest tables come in N parts; with one job every table is whole")
    func plan() {
        #expect(LoadUnit.plan(tables, jobs: 1, recorded: []).map(\.name) == ["tenants", "users", "transactions", "events_outbox"])
        #expect(LoadUnit.plan(tables, jobs: 3, recorded: []).map(\.name) == [
            "tenants", "users", "transactions#1/3", "transactions#2/3", "transactions#3/3",
            "events_outbox#1/3", "events_outbox#2/3", "events_outbox#3/3",
        ])
    }

    @Test("A table an earlier run committed whole stays whole (and so skipped) whatever --jobs says now")
    func resumeKeepsWholeTables() {
        let units = LoadUnit.plan(tables, jobs: 2, recorded: ["tenants", "transactions"])
        #expect(units.map(\.name) == ["tenants", "users", "transactions", "events_outbox#1/2", "events_outbox#2/2"])
    }

    @Test("A resume keeps the part count it started with, whatever --jobs says now")
    func resumeKeepsParts() {
        let units = LoadUnit.plan(tables, jobs: 4, recorded: ["tenants", "transactions#1/2"])
        #expect(units.filter { $0.table == .transactions }.map(\.name) == ["transactions#1/2", "transactions#2/2"])
        #expect(units.filter { $0.table == .eventsOutbox }.count == 4)
    }

    @Test("A table is complete when whole or when every part is recorded")
    func complete() {
        #expect(LoadUnit.completeTables(["tenants", "transactions#1/2"]) == ["tenants"])
        #expect(LoadUnit.completeTables(["transactions#2/2", "tenants", "transactions#1/2"]) == ["tenants", "transactions"])
        #expect(LoadUnit.tableName("events_outbox#3/4") == "events_outbox")
    }

    @Test("Parts together are the dataset's rows: disjoint tenants, nothing lost")
    func partsCoverTheShard() throws {
        let dataset = Dataset(try ScenarioLibrary.load("dev"), seed: 1, shard: Shard(index: 1, count: 2))
        let tenants = dataset.finance.tenants.map { $0 }
        let parts = (0..<3).map { Array(dataset.part($0, of: 3).finance.tenants) }
        #expect(parts.flatMap { $0 }.sorted() == tenants)
        #expect(Set(parts.flatMap { $0 }).count == tenants.count)
    }

    @Test("Summaries add a table's parts up into one line")
    func merged() {
        let loads = [TableLoad(table: "transactions#1/2", rows: 10, bytes: 100, seconds: 2),
                     TableLoad(table: "users", rows: 3, bytes: 30, seconds: 1),
                     TableLoad(table: "transactions#2/2", rows: 5, bytes: 50, seconds: 3)]
        #expect(TableLoad.merged(loads) == [TableLoad(table: "transactions", rows: 15, bytes: 150, seconds: 3),
                                            TableLoad(table: "users", rows: 3, bytes: 30, seconds: 1)])
    }
}
