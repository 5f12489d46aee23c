import Foundation
@testable import FortressSeed

/// A `RowWriting` that keeps every field as a value, so tests can read generated rows
/// without parsing CSV. Only for small datasets: it stores everything.
struct CapturingWriter: RowWriting {
    enum Field: Equatable {
        case null, uuid(UUIDValue), text(String), int(Int64), bool(Bool), timestamp(Int64), date(Int64)
        case decimal(Int64, Int), json(String)
    }

    var buffer = ByteBuffer()
    var rows: [[Field]] = []
    private var current: [Field] = []

    mutating func null() { current.append(.null) }
    mutating func uuid(_ value: UUIDValue) { current.append(.uuid(value)) }
    mutating func text(_ value: String) { current.append(.text(value)) }
    mutating func label(_ value: StaticString) { current.append(.text(value.description)) }
    mutating func int(_ value: Int64) { current.append(.int(value)) }
    mutating func bool(_ value: Bool) { current.append(.bool(value)) }
    mutating func timestamp(micros: Int64) { current.append(.timestamp(micros)) }
    mutating func date(days: Int64) { current.append(.date(days)) }
    mutating func decimal(minorUnits: Int64, scale: Int) { current.append(.decimal(minorUnits, scale)) }
    mutating func json(_ document: ByteBuffer) { current.append(.json(document.description)) }
    mutating func endRow() {
        rows.append(current)
        current.removeAll()
    }
}

/// Discards bytes.
struct NullSink: ByteSink {
    mutating func write(_ bytes: ByteBuffer) throws {}
}

/// Rows of one generated table, keyed by column name.
struct CapturedTable {
    let table: Table
    let rows: [[CapturingWriter.Field]]

    init(_ dataset: Dataset, _ generated: GeneratedTable) throws {
        var out = RowStream(writer: CapturingWriter(), sink: NullSink())
        try dataset.generate(generated, into: &out)
        table = generated.table
        rows = out.writer.rows
    }

    func column(_ name: String) -> Int {
        guard let i = table.columns.firstIndex(where: { $0.name == name }) else { preconditionFailure("no column \(name)") }
        return i
    }

    /// The parsed JSON object of a jsonb field.
    static func object(_ field: CapturingWriter.Field) -> [String: Any]? {
        guard case .json(let text) = field else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }
}

/// The dev scenario with `seed`, plus top-level YAML sections the dev file does not have.
func devDataset(seed: UInt64, extra: String = "") throws -> Dataset {
    let base = try ScenarioLibrary.load("dev")
    guard !extra.isEmpty else { return Dataset(base, seed: seed) }
    return Dataset(scenario: try Scenario.parse(yaml: base.text + "\n" + extra, file: "dev+events.yaml"), seed: seed)
}
