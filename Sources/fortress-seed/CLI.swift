import ArgumentParser
import FortressSeed
import FortressSeedPostgres

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that turns library errors into messages and exit codes.
///
/// Exit codes: 0 success, 1 runtime failure (I/O, database), 2 bad input
/// (scenario problems, bad flags; ArgumentParser uses 64 for usage errors).
enum CLI {
    static func loadScenario(_ nameOrPath: String) throws -> ScenarioLibrary.Loaded {
        do {
            return try ScenarioLibrary.load(nameOrPath)
        } catch {
            fail(error.description, code: 2)
        }
    }

    /// Runs library work, mapping its errors to a message on stderr and an exit code.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as OutputError {
            fail(error.description, code: 1)
        } catch let error as ScenarioError {
            fail(error.description, code: 2)
        } catch let error as PostgresError {
            fail(error.description, code: 1)
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        printStderr("fortress-seed: error: " + message.split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\nfortress-seed: error: "))
        exit(code)
    }

    /// Seconds on a monotonic clock (for speeds shown to the user; never in generated data).
    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func printStdout(_ text: String, terminator: String = "\n") {
        print(text, terminator: terminator)
    }

    static func printStderr(_ text: String) {
        var bytes = Array((text + "\n").utf8)
        bytes.withUnsafeMutableBytes { raw in _ = write(2, raw.baseAddress, raw.count) }
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
