import FortressSeedPostgres
import Foundation

/// Progress on stderr, rewritten in place, when stderr is a terminal.
///
/// Used by `load` and `dev`; the library only reports `LoadEvent`s.
struct ProgressPrinter {
    let enabled: Bool

    mutating func show(_ event: LoadEvent) {
        guard enabled else { return }
        switch event {
        case .step(let step): write("\r\u{1B}[K  " + step + "...")
        case .tableStarted(let name, let index, let count): write("\r\u{1B}[K  [\(index + 1)/\(count)] \(name)...")
        case .tableProgress(let t): write("\r\u{1B}[K" + LoadReport.line(t))
        case .tableFinished(let t): write("\r\u{1B}[K" + LoadReport.line(t, done: true) + "\n")
        }
    }

    /// Clears the last in-place line (before printing something else).
    func clear() {
        if enabled { write("\r\u{1B}[K") }
    }

    private func write(_ s: String) {
        var bytes = Array(s.utf8)
        bytes.withUnsafeMutableBytes { raw in _ = Foundation.write(2, raw.baseAddress, raw.count) }
    }
}
