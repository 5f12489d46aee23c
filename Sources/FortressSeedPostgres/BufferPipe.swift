import FortressSeed
import Foundation

/// Bounded queues of COPY data between the generator threads and the sending thread.
///
/// The sender loads units (tables, or parts of one) one after the other, in a
/// fixed order, on one connection. Generator threads claim units in that same
/// order and each fills its unit's queue with buffers from a shared pool. The
/// unit being sent (the *head*) may hold up to `depth` buffers, so encoding
/// and sending overlap; the units after it may hold up to `lookahead` buffers
/// between them, so while the server is busy with a table it parses slowly
/// (`events_outbox`'s jsonb) the next tables, whose generation is the slow
/// part (the ledger replays behind `users`, `receipts`, `orders`, ...), are
/// already being encoded on the other core.
///
/// Memory is flat whatever the rows: at most `depth + lookahead` pool buffers
/// (allocated on demand, then reused), plus one encoder buffer per generator
/// thread. The head can always take a buffer (the units after it can never
/// hold more than `lookahead`), so the pipe cannot deadlock. The bytes of a
/// unit never depend on which thread generated it.
final class BufferPipe: @unchecked Sendable {
    enum Item {
        /// Encoded bytes of the unit (binary COPY header, tuples, trailer).
        case data(ByteBuffer)
        /// The producer wrote every row of the unit.
        case end(rows: Int64)
    }

    /// The pipe was cancelled; the producer stops.
    struct Cancelled: Error {}

    private let condition = NSCondition()
    private var queues: [[Item]]
    private var heads: [Int]
    /// Pool buffers queued for (or being sent from) each unit.
    private var held: [Int]
    /// Sum of `held`: every pool buffer not back in `free`.
    private var totalHeld = 0
    private var free: [ByteBuffer] = []
    private var allocated = 0
    private let bufferCapacity: Int
    private let depth: Int
    private let lookahead: Int
    /// The unit being sent; units before it are done.
    private var current = 0
    /// The next unit a generator thread will claim.
    private var nextClaim = 0
    private var cancelled = false
    private var producersRunning = 0

    /// - Parameters:
    ///   - units: how many units the sender will take, in order.
    ///   - depth: buffers the head unit may hold.
    ///   - lookahead: buffers the units after the head may hold together (0: no lookahead).
    init(units: Int, depth: Int, lookahead: Int, bufferCapacity: Int) {
        queues = Array(repeating: [], count: units)
        heads = Array(repeating: 0, count: units)
        held = Array(repeating: 0, count: units)
        self.depth = max(1, depth)
        self.lookahead = max(0, lookahead)
        self.bufferCapacity = bufferCapacity
    }

    // MARK: Producer side

    /// Registers a generator thread; call `producerExited` when it returns.
    func producerStarted() {
        condition.lock()
        producersRunning += 1
        condition.unlock()
    }

    /// Claims the next unit to generate, in the sender's order; nil when none is left or cancelled.
    ///
    /// A unit beyond the lookahead's reach (only the head may be generated without it) waits here.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && nextClaim < queues.count && nextClaim > current && lookahead == 0 { condition.wait() }
        guard !cancelled, nextClaim < queues.count else { return nil }
        nextClaim += 1
        return nextClaim - 1
    }

    /// Copies `bytes` into a pool buffer and queues it for `unit`; blocks while the unit's share is full.
    func push(bytes: ByteBuffer, unit: Int) throws(Cancelled) {
        condition.lock()
        while !cancelled && !mayTake(unit) { condition.wait() }
        if cancelled { condition.unlock(); throw Cancelled() }
        held[unit] += 1
        totalHeld += 1
        var buffer: ByteBuffer
        if let b = free.popLast() {
            buffer = b
        } else {
            allocated += 1
            buffer = ByteBuffer(capacity: bufferCapacity)
        }
        condition.unlock()
        buffer.append(bytes)
        enqueue(.data(buffer), unit: unit)
    }

    /// Queues the end of `unit`.
    func finish(unit: Int, rows: Int64) {
        enqueue(.end(rows: rows), unit: unit)
    }

    /// Marks a generator thread as done (it returns right after).
    func producerExited() {
        condition.lock()
        producersRunning -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Whether `unit` may take one more buffer now (call with the lock held).
    ///
    /// The units after the head are bounded twice: by `lookahead` between them, and by the
    /// pool's total. The second matters just after the head moves on: the new head may
    /// already hold up to `lookahead` buffers (more than `depth`), and the units after it
    /// must not take another `lookahead` on top. The head itself only needs `held < depth`,
    /// which leaves the total below `depth + lookahead`, so it can always proceed.
    private func mayTake(_ unit: Int) -> Bool {
        if unit == current { return held[unit] < depth }
        let ahead = held[(current + 1)...].reduce(0, +)
        return ahead < lookahead && totalHeld < depth + lookahead
    }

    private func enqueue(_ item: consuming Item, unit: Int) {
        condition.lock()
        queues[unit].append(item)
        condition.broadcast()
        condition.unlock()
    }

    // MARK: Consumer side

    /// The next item of `unit` (the sender's current unit), or nil once cancelled.
    ///
    /// Popping from a unit makes it the head: the units before it are done.
    func pop(unit: Int) -> Item? {
        condition.lock()
        defer { condition.unlock() }
        if current != unit {
            current = unit
            condition.broadcast()  // the new head's producer may take its full depth now
        }
        while heads[unit] == queues[unit].count && !cancelled { condition.wait() }
        if cancelled { return nil }
        let item = queues[unit][heads[unit]]
        // Drop the queue's reference at once: a buffer must be uniquely owned when it comes
        // back (`recycle`), or refilling it copies it, and sent buffers would pile up here.
        queues[unit][heads[unit]] = .end(rows: 0)
        heads[unit] += 1
        if heads[unit] == queues[unit].count {
            queues[unit].removeAll(keepingCapacity: true)
            heads[unit] = 0
        }
        return item
    }

    /// Returns a sent buffer of `unit` to the pool.
    func recycle(_ buffer: consuming ByteBuffer, unit: Int) {
        var b = buffer
        b.removeAll(keepingCapacity: true)
        condition.lock()
        free.append(b)
        held[unit] -= 1
        totalHeld -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Stops every side: producers' next push throws, the consumer's pop returns nil.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until every producer thread has exited.
    func waitForProducers() {
        condition.lock()
        while producersRunning > 0 { condition.wait() }
        condition.unlock()
    }

    /// Pool buffers allocated so far: at most `depth + lookahead`.
    var buffersAllocated: Int {
        condition.lock()
        defer { condition.unlock() }
        return allocated
    }
}
