/// Encodes the fields of rows, in a table's column order, into bytes.
///
/// Generators are generic over `RowWriting` and call one method per column,
/// in `Table.columns` order, then `endRow()`. The CSV, COPY-text and (with
/// the loader) binary COPY encoders implement it, so a table's generator is
/// written once for every output format.
public protocol RowWriting {
    /// The encoded bytes of the rows written since the last flush.
    var buffer: ByteBuffer { get set }
    mutating func null()
    mutating func uuid(_ value: UUIDValue)
    mutating func text(_ value: String)
    /// Text already encoded as UTF-8, e.g. a description composed byte by byte in a
    /// reusable scratch buffer: the hot generators write their text this way, without
    /// building a `String` per row. Same bytes as `text(_:)` with the decoded string.
    mutating func text(utf8 value: ByteBuffer)
    /// An enum label or other text known to need no escaping.
    mutating func label(_ value: StaticString)
    mutating func int(_ value: Int64)
    mutating func bool(_ value: Bool)
    mutating func timestamp(micros: Int64)
    mutating func date(days: Int64)
    mutating func decimal(minorUnits: Int64, scale: Int)
    /// A complete JSON document (from a `JSONWriter`), for a `jsonb` column.
    mutating func json(_ document: ByteBuffer)
    /// Ends the row; in debug builds checks the field count against the table.
    mutating func endRow()
}

extension RowWriting {
    /// For writers that only know `String`s (e.g. tests capturing values): decodes and forwards.
    public mutating func text(utf8 value: ByteBuffer) {
        text(String(decoding: value.withUnsafeBytes { Array($0) }, as: UTF8.self))
    }

    public mutating func uuid(_ value: UUIDValue?) {
        if let value { uuid(value) } else { null() }
    }

    public mutating func text(_ value: String?) {
        if let value { text(value) } else { null() }
    }

    public mutating func timestamp(micros: Int64?) {
        if let micros { timestamp(micros: micros) } else { null() }
    }
}
