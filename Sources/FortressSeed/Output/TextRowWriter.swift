/// How a text COPY dialect separates, terminates and escapes fields.
public protocol TextDialect {
    static var separator: UInt8 { get }
    static func appendNull(_ buffer: inout ByteBuffer)
    static func appendText(_ buffer: inout ByteBuffer, _ value: String)
    static func appendText(_ buffer: inout ByteBuffer, _ value: ByteBuffer)
}

/// PostgreSQL's `FORMAT csv`: NULL is an empty field, `""` an empty string.
public enum CSVDialect: TextDialect {
    public static var separator: UInt8 { UInt8(ascii: ",") }
    @inlinable public static func appendNull(_ buffer: inout ByteBuffer) { buffer.appendCSVNull() }
    @inlinable public static func appendText(_ buffer: inout ByteBuffer, _ value: String) { buffer.appendCSVField(value) }
    @inlinable public static func appendText(_ buffer: inout ByteBuffer, _ value: ByteBuffer) { buffer.appendCSVField(value) }
}

/// PostgreSQL's default text COPY format, as read from a psql script: tabs, `\N`, backslash escapes.
public enum CopyTextDialect: TextDialect {
    public static var separator: UInt8 { UInt8(ascii: "\t") }
    @inlinable public static func appendNull(_ buffer: inout ByteBuffer) { buffer.appendCopyTextNull() }
    @inlinable public static func appendText(_ buffer: inout ByteBuffer, _ value: String) { buffer.appendCopyTextField(value) }
    @inlinable public static func appendText(_ buffer: inout ByteBuffer, _ value: ByteBuffer) { buffer.appendCopyTextField(value) }
}

/// Writes rows in a text dialect into one reusable buffer.
///
/// Uuids, numbers, timestamps and dates never contain a separator, quote or
/// backslash, so they are written without escaping in both dialects.
public struct TextRowWriter<D: TextDialect>: RowWriting {
    public var buffer: ByteBuffer
    private var fieldsInRow = 0
    /// Fields each row must have (the table's column count).
    public let columnCount: Int

    public init(columnCount: Int, capacity: Int = 1 << 20) {
        self.columnCount = columnCount
        buffer = ByteBuffer(capacity: capacity + 4096)
    }

    @inline(__always) private mutating func separate() {
        if fieldsInRow > 0 { buffer.append(D.separator) }
        fieldsInRow += 1
    }

    public mutating func null() { separate(); D.appendNull(&buffer) }
    public mutating func uuid(_ value: UUIDValue) { separate(); buffer.appendUUID(value) }
    public mutating func text(_ value: String) { separate(); D.appendText(&buffer, value) }
    public mutating func text(utf8 value: ByteBuffer) { separate(); D.appendText(&buffer, value) }
    public mutating func label(_ value: StaticString) { separate(); buffer.append(value) }
    public mutating func int(_ value: Int64) { separate(); buffer.appendInt(value) }
    public mutating func bool(_ value: Bool) { separate(); buffer.appendBool(value) }
    public mutating func timestamp(micros: Int64) { separate(); buffer.appendTimestamp(micros: micros) }
    public mutating func date(days: Int64) { separate(); buffer.appendDate(days: days) }
    public mutating func decimal(minorUnits: Int64, scale: Int) {
        separate(); buffer.appendDecimal(minorUnits: minorUnits, scale: scale)
    }
    public mutating func json(_ document: ByteBuffer) { separate(); D.appendText(&buffer, document) }

    public mutating func endRow() {
        assert(fieldsInRow == columnCount, "row has \(fieldsInRow) fields, table has \(columnCount) columns")
        buffer.append(UInt8(ascii: "\n"))
        fieldsInRow = 0
    }
}
