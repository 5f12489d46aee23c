import FortressSeed
@testable import FortressSeedPostgres
import Foundation
import Testing

/// The pipe between the loader's generator threads and its sender: order, bounds, cancellation.
@Suite struct BufferPipeTests {
    /// `count` one-byte-tagged buffers for `unit`.
    static func produce(_ pipe: BufferPipe, unit: Int, buffers count: Int) throws {
        for i in 0..<count {
            var b = ByteBuffer(capacity: 8)
            b.append(UInt8(unit))
            b.append(UInt8(i % 256))
            try pipe.push(bytes: b, unit: unit)
        }
        pipe.finish(unit: unit, rows: Int64(count))
    }

    static func startProducers(_ pipe: BufferPipe, threads: Int, buffersPerUnit: @escaping @Sendable (Int) -> Int) {
        for _ in 0..<threads {
            pipe.producerStarted()
            Thread {
                defer { pipe.producerExited() }
                while let unit = pipe.claim() { try? produce(pipe, unit: unit, buffers: buffersPerUnit(unit)) }
            }.start()
        }
    }

    @Test("Two generator threads, units sent in order, each unit's buffers in order, pool bounded by depth + lookahead")
    func orderAndBound() throws {
        let units = 6, depth = 2, lookahead = 3
        let pipe = BufferPipe(units: units, depth: depth, lookahead: lookahead, bufferCapacity: 64)
        Self.startProducers(pipe, threads: 2) { 10 + $0 * 7 }
        for unit in 0..<units {
            var seen = 0
            loop: while let item = pipe.pop(unit: unit) {
                switch consume item {
                case .data(let b):
                    #expect(b.bytes == [UInt8(unit), UInt8(seen)])
                    seen += 1
                    pipe.recycle(b, unit: unit)
                case .end(let rows):
                    #expect(rows == Int64(seen))
                    break loop
                }
            }
            #expect(seen == 10 + unit * 7)
        }
        pipe.waitForProducers()
        #expect(pipe.buffersAllocated <= depth + lookahead)
    }

    /// Waits (up to 10 s) until the pipe has allocated `count` buffers, then a little longer
    /// so that a producer that would wrongly take one more has the time to; returns the count.
    static func allocatedAfterSettling(_ pipe: BufferPipe, reaching count: Int) -> Int {
        let deadline = Date().addingTimeInterval(10)
        while pipe.buffersAllocated < count && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        Thread.sleep(forTimeInterval: 0.2)
        return pipe.buffersAllocated
    }

    @Test("Units after the one being sent hold at most `lookahead` buffers; the head still gets its depth")
    func lookaheadIsBounded() throws {
        let pipe = BufferPipe(units: 3, depth: 2, lookahead: 4, bufferCapacity: 64)
        Self.startProducers(pipe, threads: 2) { _ in 100 }
        // Nothing is sent yet: unit 0 fills its depth, units 1 and 2 share the lookahead, then all block.
        #expect(Self.allocatedAfterSettling(pipe, reaching: 2 + 4) == 2 + 4)
        pipe.cancel()
        pipe.waitForProducers()  // cancellation releases the blocked producers
    }

    @Test("When the head moves to a unit that filled the lookahead, the units after it stay within depth + lookahead")
    func headMovesOntoAFullLookahead() throws {
        let depth = 2, lookahead = 3
        let pipe = BufferPipe(units: 3, depth: depth, lookahead: lookahead, bufferCapacity: 64)
        // Unit 1 takes the whole lookahead while unit 0 (empty) is the head.
        var b = ByteBuffer(capacity: 8)
        b.append(1)
        for _ in 0..<lookahead { try pipe.push(bytes: b, unit: 1) }
        pipe.finish(unit: 0, rows: 0)
        guard case .end = pipe.pop(unit: 0) else { Issue.record("unit 0 should end at once"); return }
        // Unit 1 becomes the head holding 3 buffers, more than its depth of 2.
        guard case .data = pipe.pop(unit: 1) else { Issue.record("unit 1 should have data"); return }
        pipe.producerStarted()
        Thread {
            defer { pipe.producerExited() }
            try? Self.produce(pipe, unit: 2, buffers: 100)
        }.start()
        // Unit 2 may take only what is left of depth + lookahead: 2 buffers, not another 3.
        #expect(Self.allocatedAfterSettling(pipe, reaching: depth + lookahead) == depth + lookahead)
        pipe.cancel()
        pipe.waitForProducers()
    }

    @Test("Without lookahead only the unit being sent is generated")
    func noLookahead() throws {
        let pipe = BufferPipe(units: 3, depth: 2, lookahead: 0, bufferCapacity: 64)
        Self.startProducers(pipe, threads: 1) { _ in 5 }
        #expect(Self.allocatedAfterSettling(pipe, reaching: 2) == 2)
        pipe.cancel()
        #expect(pipe.pop(unit: 0) == nil)
        pipe.waitForProducers()
    }

    @Test("ANALYZE order: the partitioned table (every partition, then the hierarchy) first, then by sampled bytes")
    func analyzeOrder() {
        let loads = [
            TableLoad(table: "users", rows: 1_000, bytes: 500_000),
            TableLoad(table: "events_outbox", rows: 400_000, bytes: 240_000_000),
            TableLoad(table: "transactions", rows: 220_000, bytes: 84_000_000),
            TableLoad(table: "tenants", rows: 10, bytes: 2_000),
            TableLoad(table: "categories", rows: 50_000, bytes: 8_000_000),
        ]
        let a = Analyzer(tables: loads, jobs: 2, partitioned: ["transactions"])
        // events_outbox's ANALYZE reads a 30,000-row sample (18 MB), transactions every partition (84 MB) and a sample again.
        #expect(a.order == ["transactions", "events_outbox", "categories", "users", "tenants"])
        // Sizes unknown (tables an earlier run committed): the partitioned one first, the others as given.
        let unknown = Analyzer(tables: ["tenants", "users", "transactions"].map { TableLoad(table: $0) }, jobs: 2, partitioned: ["transactions"])
        #expect(unknown.order == ["transactions", "tenants", "users"])
    }
}
