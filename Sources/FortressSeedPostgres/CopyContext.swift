import Foundation
/// The table and row of PostgreSQL's COPY error context line.
///
/// The server says where a COPY failed in `PG_DIAG_CONTEXT`:
/// `COPY transactions, line 42, column amount: "..."` (for binary COPY,
/// "line" is the tuple number, 1-based). Errors raised at the end of the
/// statement (foreign keys) have no line.
struct CopyContext: Equatable {
    let table: String
    let row: Int64?
}

extension CopyContext {
    /// Parses the first `COPY table, line N` line of a context, if any.
    init?(_ context: String?) {
        guard let context else { return nil }
        for line in context.split(separator: "\n") where line.hasPrefix("COPY ") {
            let rest = line.dropFirst(5)
            let table = rest.prefix { $0 != "," && $0 != " " }
            guard !table.isEmpty else { continue }
            self.table = String(table)
            var row: Int64?
            if let r = rest.range(of: ", line ") {
                row = Int64(rest[r.upperBound...].prefix { $0.isNumber })
            }
            self.row = row
            return
        }
        return nil
    }
}
