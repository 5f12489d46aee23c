/// A growable, reusable run of bytes that every encoder writes into.
///
/// Rows are encoded straight into one `ByteBuffer`, which a sink flushes at a
/// threshold and then clears with `removeAll(keepingCapacity: true)`, so a
/// steady-state row loop never allocates. The encoders (`appendInt`,
/// `appendDecimal`, `appendTimestamp`, `appendUUID`, `appendCSVField`,
/// `appendCopyTextField`, ...) live in `ByteBuffer+*.swift` extensions.
///
/// ```swift
/// var row = ByteBuffer(capacity: 1 << 16)
/// row.appendInt(42)
/// row.append(",")
/// row.appendCSVField("Ada, Countess")
/// row.append("\n")
/// ```
///
/// `ByteBuffer` is a value type backed by `[UInt8]`; copying it is cheap until
/// one copy is mutated (copy-on-write), so keep one owner per hot loop.
public struct ByteBuffer: Equatable, Hashable, Sendable {
    /// The encoded bytes, exposed so sinks can hand them to `write(2)` or libpq.
    public var bytes: [UInt8]

    /// Creates an empty buffer.
    @inlinable
    public init() {
        bytes = []
    }

    /// Creates an empty buffer with room for `capacity` bytes.
    ///
    /// Reserve the flush threshold plus one row's worth, so appends between
    /// flushes never reallocate.
    @inlinable
    public init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The number of bytes written so far.
    @inlinable
    public var count: Int { bytes.count }

    /// Whether nothing has been written since creation or the last `removeAll`.
    @inlinable
    public var isEmpty: Bool { bytes.isEmpty }

    /// The number of bytes the buffer can hold without reallocating.
    @inlinable
    public var capacity: Int { bytes.capacity }

    /// Appends one byte.
    @inlinable
    public mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends the UTF-8 of a literal, such as a delimiter or a SQL keyword.
    ///
    /// Static strings live in the binary, so this is a plain memory copy.
    @inlinable
    public mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { utf8 in
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends the UTF-8 of a string, unescaped.
    ///
    /// Native Swift strings (including small ones) expose contiguous UTF-8,
    /// so the fast path is a single memory copy; the fallback only runs for
    /// bridged strings.
    @inlinable
    public mutating func append(utf8 s: String) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { utf8 in
            bytes.append(contentsOf: utf8)
        }
        if done == nil {
            bytes.append(contentsOf: s.utf8)
        }
    }

    /// Appends all bytes of another buffer.
    @inlinable
    public mutating func append(_ other: ByteBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Appends raw bytes, such as a slice of a precomputed UTF-8 word pool.
    @inlinable
    public mutating func append(bytes raw: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: raw)
    }

    /// Removes all bytes, by default keeping the storage for the next batch.
    @inlinable
    public mutating func removeAll(keepingCapacity: Bool = true) {
        bytes.removeAll(keepingCapacity: keepingCapacity)
    }

    /// Calls `body` with the written bytes, for writing them out without a copy.
    @inlinable
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try bytes.withUnsafeBytes(body)
    }
}

extension ByteBuffer: CustomStringConvertible {
    /// The bytes decoded as UTF-8 (invalid sequences become U+FFFD), for tests and debugging.
    public var description: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
