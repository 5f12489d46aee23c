import FortressSeed
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a table's generator on its own thread and lets it write exactly `rows` rows per
/// `run(rows:)` call, so that one benchmark iteration is a fixed number of rows.
///
/// A generator pushes rows into its sink until the table ends; it cannot be asked for
/// "the next 1,000 rows". So the generator runs on a producer thread with a flush
/// threshold of one byte (its sink sees every row on its own) and blocks in the sink
/// after each chunk until the benchmark asks for the next one; when the table ends it
/// starts again from the first row (its setup is then part of the measured rows, as in
/// a real run). Per row that adds a sink call and a buffer reset (tens of nanoseconds
/// against microseconds), per chunk two condition-variable hand-offs, and no allocation;
/// the malloc counters of package-benchmark are process-wide, so every malloc of the
/// generator thread during the chunk is counted.
final class RowPump: @unchecked Sendable {
    /// Generates a whole table with a flush threshold of 1, calling `onRow` from the sink after every row.
    typealias Generate = @Sendable (_ onRow: @escaping (_ bytes: Int) throws -> Void) throws -> BenchmarkProbes.Counts

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let exited = DispatchSemaphore(value: 0)
    // Under `mutex`:
    private var requested = 0
    private var completed = 0
    private var stopping = false
    private var failure: (any Error)?
    // Producer thread only:
    private var remaining = 0
    private var chunkRows = 0
    /// Bytes of the rows written so far (producer thread; read after `stop()`).
    private(set) var bytes = 0
    /// Rows written so far (producer thread; read after `stop()`).
    private(set) var rows = 0
    /// Rows and bytes of the complete table passes so far (producer thread; read after `stop()`).
    private(set) var passes = 0
    private(set) var lastPass = BenchmarkProbes.Counts(rows: 0, bytes: 0)

    /// Starts the producer thread; it waits for the first `run(rows:)` before writing a row.
    init(generate: @escaping Generate) {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
        let thread = Thread { [self] in
            defer { exited.signal() }
            guard waitForRequest() else { return }
            do {
                while true {
                    lastPass = try generate({ bytes in try self.rowDone(bytes) })
                    passes += 1
                }
            } catch is BenchmarkProbes.Stopped {
            } catch {
                lock(); failure = error; stopping = true; pthread_cond_broadcast(condition); unlock()
            }
        }
        thread.name = "fortress-seed benchmark generator"
        thread.stackSize = 8 << 20  // as the loader's generator thread
        thread.start()
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Lets the generator write `rows` more rows, waits until it has, and returns their bytes.
    @discardableResult
    func run(rows: Int) -> Int {
        lock()
        let before = bytes  // the producer is waiting: stable
        chunkRows = rows
        requested += 1
        pthread_cond_broadcast(condition)
        while completed < requested && !stopping { pthread_cond_wait(condition, mutex) }
        let failure = self.failure, after = bytes
        unlock()
        if let failure { fatalError("generation failed: \(failure)") }
        return after - before
    }

    /// Ends the producer thread (at its next row) and waits for it.
    func stop() {
        lock(); stopping = true; pthread_cond_broadcast(condition); unlock()
        exited.wait()
    }

    // MARK: producer side

    /// Called by the sink after every row, on the generator thread; throws to stop it.
    @inline(__always)
    private func rowDone(_ rowBytes: Int) throws {
        bytes &+= rowBytes
        rows &+= 1
        remaining -= 1
        if remaining == 0 {
            lock()
            completed += 1
            pthread_cond_broadcast(condition)
            unlock()
            if !waitForRequest() { throw BenchmarkProbes.Stopped() }
        }
    }

    /// Waits until the benchmark asks for a chunk; false when stopping.
    private func waitForRequest() -> Bool {
        lock()
        defer { unlock() }
        while requested == completed && !stopping { pthread_cond_wait(condition, mutex) }
        if stopping { return false }
        remaining = chunkRows
        return true
    }

    private func lock() { pthread_mutex_lock(mutex) }
    private func unlock() { pthread_mutex_unlock(mutex) }
}
