import FortressSeed
import Foundation

/// A bounded queue of COPY data between the generator thread and the sending thread.
///
/// The producer takes an empty buffer from a fixed pool, fills it and
/// pushes it; the consumer sends it to the server and gives it back. With
/// `depth` buffers of the flush size, memory is flat whatever the rows,
/// nothing is allocated after warm-up, and generation overlaps sending:
/// while libpq writes one buffer the next is being encoded.
final class BufferPipe: @unchecked Sendable {
    enum Item {
        /// The producer starts table `index` of the plan.
        case begin(index: Int)
        /// Encoded bytes of the current table (binary COPY header, tuples, trailer).
        case data(ByteBuffer)
        /// The producer wrote every row of table `index`.
        case end(index: Int, rows: Int64)
        /// Every table was produced.
        case finished
    }

    /// The pipe was cancelled; the producer stops.
    struct Cancelled: Error {}

    private let condition = NSCondition()
    private var items: [Item] = []
    private var head = 0
    private var free: [ByteBuffer]
    private var cancelled = false
    private var producerRunning = true

    init(depth: Int, bufferCapacity: Int) {
        free = (0..<depth).map { _ in ByteBuffer(capacity: bufferCapacity) }
    }

    // MARK: Producer side

    /// Copies `bytes` into a pool buffer and queues it; blocks while all buffers are in flight.
    func push(bytes: ByteBuffer) throws(Cancelled) {
        condition.lock()
        while free.isEmpty && !cancelled { condition.wait() }
        if cancelled { condition.unlock(); throw Cancelled() }
        var buffer = free.removeLast()
        condition.unlock()
        buffer.append(bytes)
        push(.data(buffer))
    }

    /// Queues a control item (or a filled buffer).
    func push(_ item: Item) {
        condition.lock()
        items.append(item)
        condition.signal()
        condition.unlock()
    }

    /// Marks the producer thread as done (it returns right after).
    func producerExited() {
        condition.lock()
        producerRunning = false
        condition.broadcast()
        condition.unlock()
    }

    // MARK: Consumer side

    /// The next item, or nil once cancelled.
    func pop() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !cancelled { condition.wait() }
        if cancelled { return nil }
        let item = items[head]
        // Drop the queue's reference at once: a buffer must be uniquely owned when it comes
        // back (`recycle`), or refilling it copies it, and sent buffers would pile up here
        // for as long as the producer stays ahead of the sender (memory growing with rows).
        items[head] = .finished
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 64 {
            items.removeFirst(head)
            head = 0
        }
        return item
    }

    /// Returns a sent buffer to the pool.
    func recycle(_ buffer: consuming ByteBuffer) {
        var b = buffer
        b.removeAll(keepingCapacity: true)
        condition.lock()
        free.append(b)
        condition.signal()
        condition.unlock()
    }

    /// Stops both sides: the producer's next push throws, the consumer's pop returns nil.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until the producer thread has exited.
    func waitForProducer() {
        condition.lock()
        while producerRunning { condition.wait() }
        condition.unlock()
    }
}
