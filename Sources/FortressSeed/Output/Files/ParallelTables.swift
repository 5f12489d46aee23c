import Foundation

/// Runs independent per-table work on up to `jobs` threads, results in input order.
///
/// Tables are independent functions of (scenario, seed), so running them at
/// once changes nothing in their bytes; the first error (in input order) is rethrown.
/// Threads take the work in `startOrder` (default: input order): putting the longest
/// items first keeps a big table from starting last and running alone.
enum ParallelTables {
    static func map<T: Sendable>(
        _ count: Int, jobs: Int, startOrder: [Int]? = nil, _ body: @escaping @Sendable (Int) throws -> T
    ) throws -> [T] {
        guard jobs > 1, count > 1 else { return try (0..<count).map(body) }
        let order = startOrder ?? Array(0..<count)
        precondition(order.sorted() == Array(0..<count), "startOrder must be a permutation of 0..<count")
        let state = State<T>(count: count, order: order)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, count) {
            group.enter()
            let thread = Thread {
                while let i = state.next() { state.store(i, Result { try body(i) }) }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        return try state.results.map { try $0!.get() }
    }

    /// The shared work index and results, behind a lock.
    private final class State<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        private let order: [Int]
        private(set) var results: [Result<T, any Error>?]

        init(count: Int, order: [Int]) {
            self.order = order
            results = Array(repeating: nil, count: count)
        }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard nextIndex < order.count else { return nil }
            nextIndex += 1
            return order[nextIndex - 1]
        }

        func store(_ i: Int, _ r: Result<T, any Error>) {
            lock.lock()
            results[i] = r
            lock.unlock()
        }
    }
}
