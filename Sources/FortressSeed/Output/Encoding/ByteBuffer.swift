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
/// `ByteBuffer` is a value type with copy-on-write storage: copying it is cheap until
/// one copy is mutated, so keep one owner per hot loop. The storage is a plain
/// pointer, count and capacity (not an `[UInt8]`): an append checks uniqueness and
/// room once and then stores bytes directly, without `Array`'s generic
/// `append(contentsOf:)` machinery, which copied raw buffers byte by byte and cost
/// more than the encoders themselves. `bytes` still offers the contents as an array.
public struct ByteBuffer: Sendable {
    /// The heap bytes, shared between copies until one of them is mutated.
    ///
    /// Only immutable properties live in the class (`count` is in the struct), so no
    /// access pays for the dynamic exclusivity checks of class stored `var`s.
    @usableFromInline
    final class Storage: @unchecked Sendable {  // written only when uniquely referenced (copy-on-write)
        @usableFromInline let base: UnsafeMutablePointer<UInt8>
        @usableFromInline let capacity: Int

        @usableFromInline
        init(capacity: Int) {
            self.capacity = Swift.max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }
    }

    @usableFromInline
    var storage: Storage
    /// The number of bytes written.
    @usableFromInline
    var used = 0

    /// Creates an empty buffer.
    @inlinable
    public init() {
        storage = Storage(capacity: 16)
    }

    /// Creates an empty buffer with room for `capacity` bytes.
    ///
    /// Reserve the flush threshold plus one row's worth, so appends between
    /// flushes never reallocate.
    @inlinable
    public init(capacity: Int) {
        storage = Storage(capacity: capacity)
    }

    /// The encoded bytes as an array (a copy), e.g. for tests; sinks use `withUnsafeBytes`.
    public var bytes: [UInt8] {
        get { withUnsafeBytes { Array($0) } }
        set {
            storage = Storage(capacity: newValue.count)
            used = 0
            newValue.withUnsafeBytes { append(bytes: $0) }
        }
    }

    /// The number of bytes written so far.
    @inlinable
    public var count: Int { used }

    /// Whether nothing has been written since creation or the last `removeAll`.
    @inlinable
    public var isEmpty: Bool { used == 0 }

    /// The number of bytes the buffer can hold without reallocating.
    @inlinable
    public var capacity: Int { storage.capacity }

    // MARK: - The one way bytes get in

    /// Makes the storage unique and able to take `n` more bytes; returns where they go.
    @inlinable @inline(__always)
    mutating func reserveTail(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if _slowPath(!isKnownUniquelyReferenced(&storage) || storage.capacity - used < n) {
            reallocate(minimumCapacity: used + n)
        }
        return storage.base + used
    }

    /// Moves the bytes to new, unshared storage of at least `minimumCapacity` (doubling when growing).
    @usableFromInline
    mutating func reallocate(minimumCapacity: Int) {
        let capacity = minimumCapacity > storage.capacity ? Swift.max(minimumCapacity, storage.capacity * 2) : storage.capacity
        let other = Storage(capacity: capacity)
        other.base.update(from: storage.base, count: used)
        storage = other
    }

    /// Lets `body` store up to `maxCount` bytes at the end of the buffer; `body` returns
    /// how many it stored. The encoders use it to format straight into the buffer.
    @inlinable @inline(__always)
    public mutating func appendUnsafe(maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let p = reserveTail(maxCount)
        let n = body(p)
        assert(n >= 0 && n <= maxCount, "appendUnsafe: wrote \(n) of at most \(maxCount) bytes")
        used += n
    }

    // MARK: - Appending

    /// Appends one byte.
    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        reserveTail(1).pointee = byte
        used += 1
    }

    /// Appends the UTF-8 of a literal, such as a delimiter or a SQL keyword.
    ///
    /// Static strings live in the binary, so this is a plain memory copy.
    @inlinable
    public mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { append(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Appends the UTF-8 of a string, unescaped.
    ///
    /// Native Swift strings (including small ones) expose contiguous UTF-8,
    /// so the fast path is a single memory copy; the fallback only runs for
    /// bridged strings.
    @inlinable
    public mutating func append(utf8 s: String) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { utf8 in
            append(bytes: UnsafeRawBufferPointer(utf8))
        }
        if done == nil {
            for byte in s.utf8 { append(byte) }
        }
    }

    /// Appends all bytes of another buffer.
    @inlinable
    public mutating func append(_ other: ByteBuffer) {
        other.withUnsafeBytes { append(bytes: $0) }
    }

    /// Appends raw bytes, such as a slice of a precomputed UTF-8 word pool.
    @inlinable
    public mutating func append(bytes raw: UnsafeRawBufferPointer) {
        let n = raw.count
        guard n > 0 else { return }
        Self.copy(from: raw, to: reserveTail(n))
        used += n
    }

    /// Copies `raw` to `p`: short runs inline (`copySmall`), longer ones with `memcpy`.
    @inlinable @inline(__always)
    static func copy(from raw: UnsafeRawBufferPointer, to p: UnsafeMutablePointer<UInt8>) {
        let n = raw.count
        if n == 0 { return }
        if n <= 16 {
            copySmall(from: raw.baseAddress!, to: UnsafeMutableRawPointer(p), count: n)
        } else {
            UnsafeMutableRawPointer(p).copyMemory(from: raw.baseAddress!, byteCount: n)
        }
    }

    /// Copies 1...16 bytes with two overlapping loads and stores: most fields and
    /// literals are that short, and a `memcpy` call costs more than the copy.
    @inlinable @inline(__always)
    static func copySmall(from src: UnsafeRawPointer, to dst: UnsafeMutableRawPointer, count n: Int) {
        if n >= 8 {
            let head = src.loadUnaligned(as: UInt64.self)
            let tail = src.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            dst.storeBytes(of: head, as: UInt64.self)
            dst.storeBytes(of: tail, toByteOffset: n - 8, as: UInt64.self)
        } else if n >= 4 {
            let head = src.loadUnaligned(as: UInt32.self)
            let tail = src.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
            dst.storeBytes(of: head, as: UInt32.self)
            dst.storeBytes(of: tail, toByteOffset: n - 4, as: UInt32.self)
        } else {
            // 1...3 bytes: first, middle and last (some of them the same byte).
            let a = src.load(as: UInt8.self)
            let b = src.load(fromByteOffset: n >> 1, as: UInt8.self)
            let c = src.load(fromByteOffset: n - 1, as: UInt8.self)
            dst.storeBytes(of: a, as: UInt8.self)
            dst.storeBytes(of: b, toByteOffset: n >> 1, as: UInt8.self)
            dst.storeBytes(of: c, toByteOffset: n - 1, as: UInt8.self)
        }
    }

    /// Overwrites the byte at `index` (which must have been written), e.g. to patch a length.
    @inlinable
    public subscript(index: Int) -> UInt8 {
        get {
            precondition(index >= 0 && index < used, "ByteBuffer index out of range")
            return storage.base[index]
        }
        set {
            precondition(index >= 0 && index < used, "ByteBuffer index out of range")
            if !isKnownUniquelyReferenced(&storage) { reallocate(minimumCapacity: used) }
            storage.base[index] = newValue
        }
    }

    /// Removes all bytes, by default keeping the storage for the next batch.
    @inlinable
    public mutating func removeAll(keepingCapacity: Bool = true) {
        if !keepingCapacity || !isKnownUniquelyReferenced(&storage) {
            storage = Storage(capacity: keepingCapacity ? storage.capacity : 16)
        }
        used = 0
    }

    /// Calls `body` with the written bytes, for writing them out without a copy.
    @inlinable
    public func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        let storage = storage
        defer { withExtendedLifetime(storage) {} }
        return try body(UnsafeRawBufferPointer(start: storage.base, count: used))
    }
}

extension ByteBuffer: Equatable, Hashable {
    public static func == (a: ByteBuffer, b: ByteBuffer) -> Bool {
        a.withUnsafeBytes { x in b.withUnsafeBytes { y in x.elementsEqual(y) } }
    }

    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

extension ByteBuffer: CustomStringConvertible {
    /// The bytes decoded as UTF-8 (invalid sequences become U+FFFD), for tests and debugging.
    public var description: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
