import Testing
@testable import FortressSeed

/// A location's assortment is bounded, so `inventory` grows linearly with `--scale`, not with products × locations.
@Suite struct AssortmentTests {
    static let bounded = "retail: {products: 3000, assortment: 400, stores: 3, warehouses: 2, dark_stores: 2}"

    @Test("rank inverts the catalog's popularity permutation: the product picked for rank r has rank r")
    func rankInvertsPermutation() throws {
        let scenario = try Scenario.parse(yaml: try ScenarioLibrary.load("dev").text + "\n" + Self.bounded, file: "bounded.yaml")
        let n = scenario.retail.products
        let (a, b) = ProductCatalog.popularityPermutation(count: n, seed: 9)
        let assortment = Assortment(retail: scenario.retail, seed: 9)
        var seen = Set<Int>()
        for r in 0..<n {
            let p = (r * a + b) % n
            #expect(assortment.rank(p) == r)
            seen.insert(p)
        }
        #expect(seen.count == n)
    }

    @Test("Stores carry only the most popular products; warehouses carry those and share the tail: every product is stocked somewhere")
    func boundedInventory() throws {
        let dataset = try devDataset(seed: 5, extra: Self.bounded)
        let retail = dataset.finance.retail
        let inventory = try CapturedTable(dataset, .inventory)
        let (product, location) = (inventory.column("product_id"), inventory.column("location_id"))
        let productIndex = Dictionary(uniqueKeysWithValues: (0..<retail.catalog.count).map { (retail.catalog.id($0).description, $0) })
        let locationIndex = Dictionary(uniqueKeysWithValues: (0..<retail.locations.count).map { (retail.locations.id($0).description, $0) })
        var perLocation: [Int: Int] = [:]
        var stocked = Set<Int>()
        for row in inventory.rows {
            let productText = try #require(RetailEventTests.text(row[product]))
            let locationText = try #require(RetailEventTests.text(row[location]))
            let p = try #require(productIndex[productText])
            let l = try #require(locationIndex[locationText])
            perLocation[l, default: 0] += 1
            stocked.insert(p)
            if retail.locations.kind(l) != .warehouse { #expect(retail.inventory.assortment.rank(p) < 400) }
        }
        #expect(stocked.count == 3000, "every product is in some warehouse")
        for l in 0..<retail.locations.count where retail.locations.kind(l) != .warehouse {
            #expect(perLocation[l, default: 0] <= 400)
        }
        // Each warehouse: the 400 best sellers and half of the 2,600 others.
        for l in 0..<retail.locations.count where retail.locations.kind(l) == .warehouse {
            #expect(perLocation[l] == 400 + 1300)
        }
    }

    @Test("Twice the scale, about twice the inventory rows (products × locations would give four times)")
    func linearInScale() throws {
        let base = try Scenario.parse(yaml: try ScenarioLibrary.load("dev").text + "\n" + Self.bounded, file: "bounded.yaml")
        func rows(_ s: Scenario) throws -> Int { try CapturedTable(Dataset(scenario: s, seed: 5), .inventory).rows.count }
        let one = try rows(base), two = try rows(base.scaled(by: 2))
        let ratio = Double(two) / Double(one)
        #expect(ratio > 1.8 && ratio < 2.2, "inventory rows \(one) at scale 1, \(two) at scale 2")
    }

    @Test("plan's estimate of inventory comes from the full scenario, not the scaled-down sample")
    func planEstimatesInventory() throws {
        let yaml = "name: plan-test\ndescription: plan estimate\nnow: 2026-11-01T00:00:00Z\n"
            + "tenants: {business: 1, individual: 120}\nretail: {products: 3000, assortment: 1000, stores: 10, warehouses: 3, dark_stores: 4}"
        let loaded = ScenarioLibrary.Loaded(scenario: try Scenario.parse(yaml: yaml, file: "plan.yaml"), source: "plan.yaml", texts: [yaml])
        let estimate = try VolumeEstimate.measure(loaded, seed: 5, scale: 1, sampleTenants: 12)
        #expect(estimate.sampleFraction < 0.2)
        let actual = try CapturedTable(Dataset(scenario: loaded.scenario, seed: 5), .inventory).rows.count
        let estimated = try #require(estimate.tables.first { $0.name == "inventory" }).rows
        #expect(abs(Double(estimated) / Double(actual) - 1) < 0.05, "estimated \(estimated), generated \(actual)")
    }
}
