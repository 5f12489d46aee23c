import FortressSeedPostgres
import Foundation

extension LoadCancellation {
    /// Turns SIGINT and SIGTERM into a cancellation (rollback, exit 1); a second signal exits at once.
    ///
    /// The library cannot own signal handling (it never exits), so the
    /// command installs this for the duration of a load and cancels the
    /// returned sources afterwards.
    func trapSignals() -> [any DispatchSourceSignal] {
        [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")].map { (number, name) in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                if reason != nil { exit(130) }
                cancel(reason: name)
            }
            source.resume()
            return source
        }
    }
}
