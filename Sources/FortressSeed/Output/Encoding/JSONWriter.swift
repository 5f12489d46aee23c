/// A streaming JSON builder that writes straight into a reusable `ByteBuffer`.
///
/// Used for `jsonb` payloads (outbox events, metadata) and for the run
/// manifest, where `JSONEncoder` would allocate per row and order keys by
/// hash. Keys appear in exactly the order they are written, numbers are
/// exact (money via `decimal(minorUnits:scale:)`), and commas are inserted
/// automatically.
///
/// The writer owns its `buffer`. For per-row payloads keep one writer per
/// encoder, `reset()` it per row (storage is kept, so nothing allocates),
/// and hand `buffer` to `ByteBuffer.appendCSVField(_:)` or
/// `appendCopyTextField(_:)`, which escape the JSON for the row format.
/// To write a whole JSON file, start from `init(buffer:)` with a buffer that
/// already holds other bytes and take `buffer` back at the end.
///
/// ```swift
/// var json = JSONWriter(capacity: 512)
/// json.beginObject()
/// json.key("order_id"); json.uuid(orderID)
/// json.key("total"); json.decimal(minorUnits: 12_345, scale: 2)
/// json.key("items"); json.beginArray(); json.int(3); json.int(5); json.endArray()
/// json.endObject()                       // {"order_id":"…","total":123.45,"items":[3,5]}
/// row.appendCSVField(json.buffer)
/// ```
///
/// Nesting is tracked in a 64-bit stack (one bit per open container: object
/// or array), so the writer itself never allocates; depth is limited to 64.
/// Misuse (a value in an object without a key, mismatched `end…`, two
/// top-level values, nesting deeper than 64) is a programmer error and traps.
public struct JSONWriter: Sendable {
    /// The JSON written so far (after any bytes the buffer started with).
    public var buffer: ByteBuffer

    /// Bit `i` is set when the container at depth `i + 1` is an object.
    private var objectBits: UInt64 = 0
    /// Number of open containers.
    private var depth: Int = 0
    /// Whether the innermost container (or the top level) already holds an element.
    private var hasElement = false
    /// Whether a key was just written and its value is due.
    private var awaitingValue = false

    /// The deepest nesting of objects and arrays the writer supports.
    public static let maxDepth = 64

    /// Creates a writer with an empty buffer of the given capacity.
    public init(capacity: Int = 256) {
        buffer = ByteBuffer(capacity: capacity)
    }

    /// Creates a writer that appends one JSON value after `buffer`'s existing bytes.
    public init(buffer: ByteBuffer) {
        self.buffer = buffer
    }

    /// Whether exactly one complete top-level value has been written.
    public var isComplete: Bool { depth == 0 && hasElement }

    /// Clears the buffer (keeping its storage) and the nesting state, for the next document.
    public mutating func reset() {
        buffer.removeAll(keepingCapacity: true)
        objectBits = 0
        depth = 0
        hasElement = false
        awaitingValue = false
    }

    // MARK: - Containers

    /// Opens an object: `{`.
    public mutating func beginObject() {
        beginContainer(isObject: true)
        buffer.append(UInt8(ascii: "{"))
    }

    /// Closes the innermost container, which must be an object: `}`.
    public mutating func endObject() {
        endContainer(isObject: true)
        buffer.append(UInt8(ascii: "}"))
    }

    /// Opens an array: `[`.
    public mutating func beginArray() {
        beginContainer(isObject: false)
        buffer.append(UInt8(ascii: "["))
    }

    /// Closes the innermost container, which must be an array: `]`.
    public mutating func endArray() {
        endContainer(isObject: false)
        buffer.append(UInt8(ascii: "]"))
    }

    // MARK: - Keys

    /// Writes an object key and the `:` after it; the next call must write its value.
    public mutating func key(_ key: StaticString) {
        let comma = beforeKey()
        key.withUTF8Buffer { utf8 in
            writeKey(UnsafeRawBufferPointer(utf8), comma: comma)
        }
    }

    /// Writes an object key and the `:` after it; the next call must write its value.
    ///
    /// Disfavored so that literal keys take the `StaticString` overload (no `String` traffic).
    @_disfavoredOverload
    public mutating func key(_ key: String) {
        let comma = beforeKey()
        var key = key
        key.withUTF8 { utf8 in
            writeKey(UnsafeRawBufferPointer(utf8), comma: comma)
        }
    }

    // MARK: - Values

    /// Writes a string value, escaped per RFC 8259; non-ASCII UTF-8 passes through.
    ///
    /// Disfavored so that literal values take the `StaticString` overload.
    @_disfavoredOverload
    public mutating func string(_ value: String) {
        beforeValue()
        var value = value
        value.withUTF8 { utf8 in
            writeQuoted(UnsafeRawBufferPointer(utf8))
        }
    }

    /// Writes a literal string value, escaped per RFC 8259.
    public mutating func string(_ value: StaticString) {
        beforeValue()
        value.withUTF8Buffer { writeQuoted(UnsafeRawBufferPointer($0)) }
    }

    /// Writes a string value from raw UTF-8, escaped per RFC 8259.
    public mutating func string(utf8 value: UnsafeRawBufferPointer) {
        beforeValue()
        writeQuoted(value)
    }

    /// Writes an integer number.
    public mutating func int(_ value: Int64) {
        beforeValue()
        buffer.appendInt(value)
    }

    /// Writes an integer number.
    public mutating func int(_ value: Int) {
        int(Int64(value))
    }

    /// Writes an exact decimal number such as `123.45` (see `ByteBuffer.appendDecimal`).
    ///
    /// JSON readers that parse numbers as `Double` may round; PostgreSQL's
    /// `jsonb` keeps the value as `numeric`, exactly.
    public mutating func decimal(minorUnits: Int64, scale: Int) {
        beforeValue()
        buffer.appendDecimal(minorUnits: minorUnits, scale: scale)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        beforeValue()
        buffer.appendBool(value)
    }

    /// Writes `null`.
    public mutating func null() {
        beforeValue()
        buffer.append("null")
    }

    /// Writes a UUID as a lowercase 8-4-4-4-12 string.
    public mutating func uuid(_ value: UUIDValue) {
        beforeValue()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendUUID(value)
        buffer.append(UInt8(ascii: "\""))
    }

    /// Writes an instant as an ISO 8601 string (see `ByteBuffer.appendTimestamp(micros:)`).
    public mutating func timestamp(micros: Int64) {
        beforeValue()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendTimestamp(micros: micros)
        buffer.append(UInt8(ascii: "\""))
    }

    /// Writes a date as a `YYYY-MM-DD` string.
    public mutating func date(days: Int64) {
        beforeValue()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendDate(days: days)
        buffer.append(UInt8(ascii: "\""))
    }

    /// Writes a literal that is already valid JSON (e.g. `"1e3"` or `"[]"`), with comma handling.
    public mutating func raw(_ json: StaticString) {
        beforeValue()
        buffer.append(json)
    }

    /// Writes bytes that are already one valid JSON value, with comma handling.
    ///
    /// Nothing is checked; use it for fragments produced by another `JSONWriter`.
    public mutating func raw(utf8 json: UnsafeRawBufferPointer) {
        beforeValue()
        buffer.append(bytes: json)
    }

    // MARK: - Structure bookkeeping

    private var inObject: Bool {
        depth > 0 && (objectBits >> UInt64(depth - 1)) & 1 != 0
    }

    /// Emits the separating comma, if any, and checks a value is allowed here.
    private mutating func beforeValue() {
        if awaitingValue {
            awaitingValue = false
            return
        }
        precondition(!inObject, "JSONWriter: a value inside an object needs key(_:) first")
        if hasElement {
            precondition(depth > 0, "JSONWriter: only one top-level value per document")
            buffer.append(UInt8(ascii: ","))
        }
        hasElement = true
    }

    /// Checks a key is allowed here; returns whether a comma must precede it.
    private mutating func beforeKey() -> Bool {
        precondition(inObject, "JSONWriter: key(_:) outside an object")
        precondition(!awaitingValue, "JSONWriter: key(_:) right after another key")
        let comma = hasElement
        hasElement = true
        awaitingValue = true
        return comma
    }

    private mutating func beginContainer(isObject: Bool) {
        beforeValue()
        precondition(depth < Self.maxDepth, "JSONWriter: nesting deeper than 64")
        let bit: UInt64 = 1 << UInt64(depth)
        objectBits = isObject ? (objectBits | bit) : (objectBits & ~bit)
        depth += 1
        hasElement = false
    }

    private mutating func endContainer(isObject: Bool) {
        precondition(depth > 0, "JSONWriter: end without a matching begin")
        precondition(inObject == isObject, "JSONWriter: endObject/endArray does not match begin")
        precondition(!awaitingValue, "JSONWriter: key(_:) without a value before end")
        depth -= 1
        // The parent now holds this container as an element.
        hasElement = true
    }

    // MARK: - String escaping

    /// Whether `utf8` holds a byte JSON strings must escape (control, `"`, `\\`).
    private static func needsEscape(_ utf8: UnsafeRawBufferPointer) -> Bool {
        ByteScan.contains(utf8, wordHit: { x in
            ByteScan.hasByteBelow(x, 0x20) || ByteScan.hasZeroByte(x ^ ByteScan.splat(UInt8(ascii: "\"")))
                || ByteScan.hasZeroByte(x ^ ByteScan.splat(UInt8(ascii: "\\")))
        }, byteHit: { byte in
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
        })
    }

    /// Writes `[,]"key":`, in one piece when the key needs no escape (keys are short
    /// literals, written for every field of every document).
    private mutating func writeKey(_ utf8: UnsafeRawBufferPointer, comma: Bool) {
        guard !Self.needsEscape(utf8) else {
            if comma { buffer.append(UInt8(ascii: ",")) }
            writeQuoted(utf8)
            buffer.append(UInt8(ascii: ":"))
            return
        }
        let n = utf8.count
        buffer.appendUnsafe(maxCount: n + 4) { p in
            var j = 0
            if comma {
                p[0] = UInt8(ascii: ",")
                j = 1
            }
            p[j] = UInt8(ascii: "\"")
            ByteBuffer.copy(from: utf8, to: p + j + 1)
            p[j + n + 1] = UInt8(ascii: "\"")
            p[j + n + 2] = UInt8(ascii: ":")
            return j + n + 3
        }
    }

    /// Writes `"…"` with RFC 8259 escaping, copying unescaped runs in one piece.
    private mutating func writeQuoted(_ utf8: UnsafeRawBufferPointer) {
        Self.appendQuoted(utf8, to: &buffer)
    }

    /// Appends `utf8` as a JSON string (`"…"`, RFC 8259 escaping) to `buffer`: what
    /// `string(utf8:)` writes for the value, for code that lays out a fixed-shape
    /// document's other bytes itself.
    static func appendQuoted(_ utf8: UnsafeRawBufferPointer, to buffer: inout ByteBuffer) {
        // Most strings need no escape: copy them with their quotes in one piece.
        let n = utf8.count
        if !Self.needsEscape(utf8) {
            buffer.appendUnsafe(maxCount: n + 2) { p in
                p[0] = UInt8(ascii: "\"")
                ByteBuffer.copy(from: utf8, to: p + 1)
                p[n + 1] = UInt8(ascii: "\"")
                return n + 2
            }
            return
        }
        buffer.append(UInt8(ascii: "\""))
        var runStart = 0
        for i in 0..<utf8.count {
            let byte = utf8[i]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                continue
            }
            if runStart < i {
                buffer.append(bytes: UnsafeRawBufferPointer(rebasing: utf8[runStart..<i]))
            }
            writeEscape(byte, to: &buffer)
            runStart = i + 1
        }
        if runStart < utf8.count {
            buffer.append(bytes: UnsafeRawBufferPointer(rebasing: utf8[runStart...]))
        }
        buffer.append(UInt8(ascii: "\""))
    }

    private static func writeEscape(_ byte: UInt8, to buffer: inout ByteBuffer) {
        switch byte {
        case UInt8(ascii: "\""): buffer.append("\\\"")
        case UInt8(ascii: "\\"): buffer.append("\\\\")
        case 0x0A: buffer.append("\\n")
        case 0x0D: buffer.append("\\r")
        case 0x09: buffer.append("\\t")
        case 0x08: buffer.append("\\b")
        case 0x0C: buffer.append("\\f")
        default:
            // Remaining control characters: \u00XX, lowercase hex.
            let hex = ByteBuffer.hexDigits.utf8Start
            buffer.append("\\u00")
            buffer.append(hex[Int(byte >> 4)])
            buffer.append(hex[Int(byte & 0xF)])
        }
    }
}
