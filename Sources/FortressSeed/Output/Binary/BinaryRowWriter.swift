/// Writes rows in PostgreSQL's binary COPY tuple format into one reusable buffer.
///
/// The loader's encoder: the server then skips text parsing of uuid,
/// numeric, timestamptz and jsonb. Each tuple is an int16 field count, then
/// per field an int32 byte length and the value in the type's binary form
/// (`ByteBuffer+Binary.swift`), or length `-1` for NULL. The stream's header
/// and trailer are `BinaryCopy`'s job.
///
/// Binary input is typed, so the writer is built from the `Table` and
/// encodes `int(_:)` as int2, int4 or int8 by the column's SQL type. In
/// debug builds every call is checked against the column's type, which
/// catches a generator whose field order drifted from `Table.columns`.
///
/// ```swift
/// var w = BinaryRowWriter(table: FortressSchema.tenants)
/// BinaryCopy.appendHeader(to: &w.buffer)
/// w.uuid(id); w.text("Acme"); w.null(); w.null(); w.timestamp(micros: t)
/// w.endRow()
/// BinaryCopy.appendTrailer(to: &w.buffer)
/// ```
///
/// - Complexity: O(bytes written) per row; no heap allocation once the
///   buffer has grown to the flush threshold plus one row.
public struct BinaryRowWriter: RowWriting {
    public var buffer: ByteBuffer
    /// Each column's binary layout, in `Table.columns` order.
    public let fieldTypes: [BinaryFieldType]
    private var field = 0

    /// A writer for rows of `table`, with room for `capacity` bytes before reallocating.
    public init(table: Table, capacity: Int = 1 << 20) {
        self.init(fieldTypes: table.columns.map { BinaryFieldType($0.type) }, capacity: capacity)
    }

    /// A writer for rows with these field types (for tests and ad-hoc tuples).
    public init(fieldTypes: [BinaryFieldType], capacity: Int = 1 << 20) {
        precondition(!fieldTypes.isEmpty && fieldTypes.count <= Int(Int16.max), "a binary tuple has 1...32767 fields")
        self.fieldTypes = fieldTypes
        buffer = ByteBuffer(capacity: capacity + 4096)
    }

    /// Starts the next field; writes the tuple's field count before the first.
    @inline(__always)
    private mutating func next(_ expected: BinaryFieldType) {
        if field == 0 { buffer.appendBinaryInt16(Int16(truncatingIfNeeded: fieldTypes.count)) }
        assert(field < fieldTypes.count, "row has more fields than the table's \(fieldTypes.count) columns")
        assert(fieldTypes[field] == expected, "field \(field) is \(fieldTypes[field]), written as \(expected)")
        field += 1
    }

    /// Overwrites the int32 length placeholder at `start` with the bytes written after it.
    @inline(__always)
    private mutating func patchLength(at start: Int) {
        let length = UInt32(truncatingIfNeeded: buffer.count - start - 4)
        buffer[start] = UInt8(truncatingIfNeeded: length >> 24)
        buffer[start + 1] = UInt8(truncatingIfNeeded: length >> 16)
        buffer[start + 2] = UInt8(truncatingIfNeeded: length >> 8)
        buffer[start + 3] = UInt8(truncatingIfNeeded: length)
    }

    public mutating func null() {
        if field == 0 { buffer.appendBinaryInt16(Int16(truncatingIfNeeded: fieldTypes.count)) }
        assert(field < fieldTypes.count, "row has more fields than the table's \(fieldTypes.count) columns")
        field += 1
        buffer.appendBinaryInt32(-1)
    }

    public mutating func uuid(_ value: UUIDValue) {
        next(.uuid)
        buffer.appendBinaryUUIDField(value)
    }

    public mutating func text(_ value: String) {
        next(.text)
        buffer.appendBinaryInt32(Int32(truncatingIfNeeded: value.utf8.count))
        buffer.append(utf8: value)
    }

    public mutating func text(utf8 value: ByteBuffer) {
        next(.text)
        value.withUnsafeBytes { buffer.appendBinaryField($0) }
    }

    public mutating func label(_ value: StaticString) {
        next(.text)
        // Literals are stored UTF-8 (a pointer): no closure through `withUTF8Buffer` per label.
        if value.hasPointerRepresentation {
            buffer.appendBinaryField(UnsafeRawBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
        } else {
            value.withUTF8Buffer { buffer.appendBinaryField(UnsafeRawBufferPointer($0)) }
        }
    }

    public mutating func int(_ value: Int64) {
        if field == 0 { buffer.appendBinaryInt16(Int16(truncatingIfNeeded: fieldTypes.count)) }
        let type = fieldTypes[field]
        field += 1
        switch type {
        case .int2:
            assert(Int64(Int16.min)...Int64(Int16.max) ~= value, "\(value) does not fit a smallint column")
            buffer.appendBinaryInt32(2)
            buffer.appendBinaryInt16(Int16(truncatingIfNeeded: value))
        case .int4:
            assert(Int64(Int32.min)...Int64(Int32.max) ~= value, "\(value) does not fit an integer column")
            buffer.appendBinaryInt32(4)
            buffer.appendBinaryInt32(Int32(truncatingIfNeeded: value))
        case .int8:
            buffer.appendBinaryInt32(8)
            buffer.appendBinaryInt64(value)
        case .numeric:
            // An integer into a numeric column: scale 0.
            let start = buffer.count
            buffer.appendBinaryInt32(0)
            buffer.appendBinaryNumeric(minorUnits: value, scale: 0)
            patchLength(at: start)
        default:
            assertionFailure("field \(field - 1) is \(type), written as an integer")
        }
    }

    public mutating func bool(_ value: Bool) {
        next(.bool)
        buffer.appendBinaryInt32(1)
        buffer.append(value ? 1 : 0)
    }

    public mutating func timestamp(micros: Int64) {
        next(.timestamptz)
        buffer.appendBinaryIntegerField(micros &- ByteBuffer.postgresEpochMicros)
    }

    public mutating func date(days: Int64) {
        next(.date)
        buffer.appendBinaryInt32(4)
        buffer.appendBinaryDate(days: days)
    }

    public mutating func decimal(minorUnits: Int64, scale: Int) {
        next(.numeric)
        if scale == 2 {
            buffer.appendBinaryCentsField(minorUnits)
            return
        }
        let start = buffer.count
        buffer.appendBinaryInt32(0)
        buffer.appendBinaryNumeric(minorUnits: minorUnits, scale: scale)
        patchLength(at: start)
    }

    public mutating func json(_ document: ByteBuffer) {
        next(.jsonb)
        buffer.appendBinaryInt32(Int32(truncatingIfNeeded: document.count + 1))
        buffer.append(1)
        buffer.append(document)
    }

    public mutating func endRow() {
        assert(field == fieldTypes.count, "row has \(field) fields, table has \(fieldTypes.count) columns")
        field = 0
    }
}
