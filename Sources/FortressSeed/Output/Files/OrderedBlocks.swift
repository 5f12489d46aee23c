import Foundation

/// Produces numbered blocks on worker threads and consumes them on the calling thread
/// strictly in order: the way one big table is generated on several threads and still
/// written as one stream, byte for byte the same as a single-threaded run.
///
/// At most `window` blocks are produced ahead of the one being consumed, so memory is
/// bounded by `window` blocks whatever the table's size. The first error (a producer's,
/// in block order, or the consumer's) ends the run and is rethrown.
enum OrderedBlocks {
    static func run<T: Sendable>(
        count: Int, jobs: Int, window: Int,
        produce: @escaping @Sendable (Int) throws -> T,
        consume: (Int, T) throws -> Void
    ) throws {
        guard jobs > 1, count > 1 else {
            for i in 0..<count { try consume(i, try produce(i)) }
            return
        }
        let state = State<T>(count: count, window: max(window, jobs))
        let group = DispatchGroup()
        for _ in 0..<min(jobs, count) {
            group.enter()
            let thread = Thread {
                while let i = state.claim() { state.store(i, Result { try produce(i) }) }
                group.leave()
            }
            thread.stackSize = 8 << 20  // as ParallelTables' threads: generators recurse little but use the stack
            thread.start()
        }
        defer {
            state.cancel()
            group.wait()
        }
        for i in 0..<count {
            try consume(i, try state.take(i).get())
        }
    }

    /// Claims, results and the consumer's position, behind one condition variable.
    private final class State<T: Sendable>: @unchecked Sendable {  // every field is read and written under `condition`
        private let condition = NSCondition()
        private let count: Int
        private let window: Int
        private var nextClaim = 0
        private var consumed = 0
        private var cancelled = false
        private var results: [Int: Result<T, any Error>] = [:]

        init(count: Int, window: Int) {
            self.count = count
            self.window = window
        }

        /// The next block to produce; waits while it would run more than `window` ahead.
        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !cancelled && nextClaim < count && nextClaim >= consumed + window { condition.wait() }
            guard !cancelled, nextClaim < count else { return nil }
            nextClaim += 1
            return nextClaim - 1
        }

        func store(_ i: Int, _ result: Result<T, any Error>) {
            condition.lock()
            results[i] = result
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for block `i` and hands it over (the consumer's side).
        func take(_ i: Int) -> Result<T, any Error> {
            condition.lock()
            defer { condition.unlock() }
            while results[i] == nil { condition.wait() }
            consumed = i + 1
            condition.broadcast()
            return results.removeValue(forKey: i)!
        }

        /// Lets idle producers exit (after the last block, or when the consumer failed).
        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
