import Testing
@testable import FortressSeed

@Suite struct OutboxClockTests {
    /// A dataset with enough lanes for several time classes (m > 1).
    static func clock(individuals: Int) throws -> OutboxClock {
        let dataset = try devDataset(seed: 3, extra: "")
        var scenario = dataset.scenario
        scenario.tenants.individual = individuals
        return OutboxClock(finance: FinanceModel(scenario: scenario, seed: 3))
    }

    @Test("Ids are unique and strictly increase with created_at, across lanes, classes and collisions", arguments: [6, 9_000, 20_000])
    func uniqueAndMonotone(individuals: Int) throws {
        let clock = try Self.clock(individuals: individuals)
        #expect(clock.modulus == Int64((clock.totalLanes + 4095) / 4096))
        var g = StreamKey(seed: 9, stream: "clock-test").generator(individuals)
        let base = Int64(1_780_000_000_000_000)
        var placed: [(createdAt: Int64, id: Int64)] = []
        // Lanes spread over every class and residue; events crowded into a few microseconds.
        var used = Set<Int>()
        for _ in 0..<400 {
            // A lane is placed once, as a whole (that is what the generator does).
            let lane = g.uniform(below: clock.totalLanes)
            guard used.insert(lane).inserted else { continue }
            var previous: Int64?
            var times = (0..<g.uniform(1...12)).map { _ in base + Int64(g.uniform(below: 40)) }
            times.sort()
            for t in times {
                let createdAt = clock.place(t, lane: lane, after: previous)
                #expect(createdAt >= t)
                #expect(createdAt - t < clock.modulus * 13)
                if let previous { #expect(createdAt > previous) }
                previous = createdAt
                placed.append((createdAt, clock.id(createdAt: createdAt, lane: lane)))
            }
        }
        #expect(Set(placed.map(\.id)).count == placed.count)
        let byID = placed.sorted { $0.id < $1.id }
        for (a, b) in zip(byID, byID.dropFirst()) { #expect(a.createdAt <= b.createdAt) }
        let byTime = placed.sorted { $0.createdAt < $1.createdAt }
        for (a, b) in zip(byTime, byTime.dropFirst()) where a.createdAt < b.createdAt { #expect(a.id < b.id) }
    }

    @Test("Lanes are dense and distinct: every user and corporate ledger of every tenant has its own")
    func lanesDistinct() throws {
        let dataset = try devDataset(seed: 5)
        let model = dataset.finance
        let clock = OutboxClock(finance: model)
        var lanes: [Int] = []
        for t in 0..<model.tenantCount {
            if model.isBusiness(t) { lanes.append(clock.lane(tenant: t, owner: -1)) }
            for u in 0..<model.userCount(tenant: t) { lanes.append(clock.lane(tenant: t, owner: u)) }
        }
        #expect(lanes.count == clock.financeLanes)
        #expect(Set(lanes).count == lanes.count)
        #expect(lanes.allSatisfy { $0 >= 0 && $0 < clock.totalLanes })
    }

    @Test("The id recovers the lane: id / R mod m is the class, id mod R the residue")
    func idEncodesLane() throws {
        let clock = try Self.clock(individuals: 20_000)
        for lane in [0, 1, 4095, 4096, 12_345, clock.totalLanes - 1] {
            let at = clock.place(1_780_000_000_123_456, lane: lane, after: nil)
            let id = clock.id(createdAt: at, lane: lane)
            let x = id / OutboxClock.residues
            #expect(Int(x % clock.modulus) * 4096 + Int(id % OutboxClock.residues) == lane)
        }
    }
}
