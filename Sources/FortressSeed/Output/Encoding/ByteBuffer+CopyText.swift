/// Field escaping for PostgreSQL's `COPY ... FROM stdin` text format.
///
/// This is the format psql scripts carry inline after `COPY t (...) FROM stdin;`:
/// fields separated by a tab, rows ended by LF, the data ended by a line
/// `\.`. Inside a field a backslash starts an escape, so:
/// - `\` becomes `\\` (which also means data can never form the `\.` marker);
/// - LF, CR and tab become `\n`, `\r`, `\t`, since they would end the
///   row or the field;
/// - backspace, form feed and vertical tab use their short forms `\b`, `\f`,
///   `\v`, and the remaining bytes below 0x20 become three-digit octal
///   (`\001`) so the output has no invisible control bytes.
///
/// NULL is `\N`; an empty string is an empty field. All bytes from 0x20 up,
/// including UTF-8 sequences, pass through. PostgreSQL text cannot hold NUL
/// bytes; callers must not pass them.
extension ByteBuffer {
    /// Writes a SQL NULL in COPY text format: `\N`.
    @inlinable
    public mutating func appendCopyTextNull() {
        append("\\N")
    }

    /// Appends one non-null COPY text field from raw UTF-8, escaping as needed.
    ///
    /// Runs of plain bytes between escapes are copied in one piece.
    /// `field` must not point into this buffer's own storage.
    public mutating func appendCopyTextField(utf8 field: UnsafeRawBufferPointer) {
        var runStart = 0
        for i in 0..<field.count {
            let byte = field[i]
            guard byte < 0x20 || byte == UInt8(ascii: "\\") else { continue }
            if runStart < i {
                append(bytes: UnsafeRawBufferPointer(rebasing: field[runStart..<i]))
            }
            appendCopyTextEscape(byte)
            runStart = i + 1
        }
        if runStart < field.count {
            append(bytes: UnsafeRawBufferPointer(rebasing: field[runStart...]))
        }
    }

    /// Appends one non-null COPY text field from a string, escaping as needed.
    public mutating func appendCopyTextField(_ field: String) {
        // A local copy of a native string shares storage; `withUTF8` does not allocate for it.
        var field = field
        field.withUTF8 { utf8 in
            appendCopyTextField(utf8: UnsafeRawBufferPointer(utf8))
        }
    }

    /// Appends one non-null COPY text field from a slice of UTF-8, such as a word-pool entry.
    public mutating func appendCopyTextField(utf8 field: ArraySlice<UInt8>) {
        field.withUnsafeBytes { raw in
            appendCopyTextField(utf8: raw)
        }
    }

    /// Appends another buffer's bytes as one non-null COPY text field, e.g. a JSON document.
    public mutating func appendCopyTextField(_ field: ByteBuffer) {
        field.withUnsafeBytes { raw in
            appendCopyTextField(utf8: raw)
        }
    }

    /// Appends the escape sequence for a backslash or a byte below 0x20.
    private mutating func appendCopyTextEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case 0x0B: append("\\v")
        default:
            // Octal: 0x01...0x1F needs at most two octal digits; pad to three
            // so a following digit in the data is never read as part of it.
            append(UInt8(ascii: "\\"))
            append(UInt8(ascii: "0") &+ (byte >> 6))
            append(UInt8(ascii: "0") &+ ((byte >> 3) & 7))
            append(UInt8(ascii: "0") &+ (byte & 7))
        }
    }
}
