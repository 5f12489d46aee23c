/// Field escaping for PostgreSQL's `COPY ... WITH (FORMAT csv)` dialect.
///
/// The dialect (default `DELIMITER ','`, `QUOTE '"'`, `NULL ''`):
/// - NULL is an empty, unquoted field, so a non-null empty string must be
///   written as `""` or it would load as NULL.
/// - A field is quoted when it contains the delimiter, a quote, CR or LF;
///   embedded quotes are doubled. Nothing else is escaped inside quotes.
/// - We also quote any field containing a backslash: a line consisting of
///   `\.` is the end-of-data marker when COPY reads CSV from `STDIN`, and a
///   quoted `"\."` is always data.
///
/// Leading and trailing spaces are data in PostgreSQL's CSV and need no
/// quoting. PostgreSQL text cannot hold NUL bytes; callers must not pass them.
extension ByteBuffer {
    /// Bits set for the bytes below 64 that force quoting: LF, CR, `"` and `,`.
    @usableFromInline
    internal static var csvSpecialBelow64: UInt64 {
        (1 << 0x0A) | (1 << 0x0D) | (1 << 0x22) | (1 << 0x2C)
    }

    /// Writes a SQL NULL in CSV, which is nothing at all.
    ///
    /// Exists so row encoders read symmetrically (`appendCSVNull()` next to
    /// `appendCSVField(_:)`); the surrounding delimiters make the empty field.
    @inlinable
    public mutating func appendCSVNull() {}

    /// Appends one non-null CSV field from raw UTF-8, quoting it if needed.
    ///
    /// Unquoted fields are copied in one piece; quoted ones in runs between
    /// embedded quotes, so the cost stays linear with no per-byte appends.
    /// `field` must not point into this buffer's own storage.
    public mutating func appendCSVField(utf8 field: UnsafeRawBufferPointer) {
        if field.isEmpty {
            append("\"\"")
            return
        }
        guard Self.csvNeedsQuoting(field) else {
            append(bytes: field)
            return
        }
        // One pass into room for the worst case (every byte a quote): JSON documents
        // are full of quotes, and copying the runs between them one by one cost more.
        let quote = UInt8(ascii: "\"")
        let n = field.count
        appendUnsafe(maxCount: 2 * n + 2) { p in
            p[0] = quote
            var j = 1
            var i = 0
            let src = field.baseAddress!
            let quotes = ByteScan.splat(quote)
            while i < n {
                // A word without a quote is stored as loaded; otherwise (and for the
                // tail) byte by byte, doubling the quotes.
                var end = n
                if i + 8 <= n {
                    let word = src.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !ByteScan.hasZeroByte(word ^ quotes) {
                        UnsafeMutableRawPointer(p + j).storeBytes(of: word, as: UInt64.self)
                        i += 8
                        j += 8
                        continue
                    }
                    end = i + 8
                }
                while i < end {
                    let byte = src.load(fromByteOffset: i, as: UInt8.self)
                    p[j] = byte
                    j += 1
                    i += 1
                    if byte == quote {
                        p[j] = quote
                        j += 1
                    }
                }
            }
            p[j] = quote
            return j + 1
        }
    }

    /// Appends one non-null CSV field from a string, quoting it if needed.
    public mutating func appendCSVField(_ field: String) {
        // A local copy of a native string shares storage; `withUTF8` does not allocate for it.
        var field = field
        field.withUTF8 { utf8 in
            appendCSVField(utf8: UnsafeRawBufferPointer(utf8))
        }
    }

    /// Appends one non-null CSV field from a slice of UTF-8, such as a word-pool entry.
    public mutating func appendCSVField(utf8 field: ArraySlice<UInt8>) {
        field.withUnsafeBytes { raw in
            appendCSVField(utf8: raw)
        }
    }

    /// Appends another buffer's bytes as one non-null CSV field, e.g. a JSON document.
    public mutating func appendCSVField(_ field: ByteBuffer) {
        field.withUnsafeBytes { raw in
            appendCSVField(utf8: raw)
        }
    }

    /// Whether `field` contains a byte that forces CSV quoting.
    @usableFromInline
    internal static func csvNeedsQuoting(_ field: UnsafeRawBufferPointer) -> Bool {
        let special = csvSpecialBelow64
        return ByteScan.contains(field, wordHit: { x in
            ByteScan.hasZeroByte(x ^ ByteScan.splat(0x0A)) || ByteScan.hasZeroByte(x ^ ByteScan.splat(0x0D))
                || ByteScan.hasZeroByte(x ^ ByteScan.splat(0x22)) || ByteScan.hasZeroByte(x ^ ByteScan.splat(0x2C))
                || ByteScan.hasZeroByte(x ^ ByteScan.splat(UInt8(ascii: "\\")))
        }, byteHit: { byte in
            byte < 64 ? (special >> UInt64(byte)) & 1 != 0 : byte == UInt8(ascii: "\\")
        })
    }
}
