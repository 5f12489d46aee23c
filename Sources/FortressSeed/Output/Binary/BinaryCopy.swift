/// The framing of PostgreSQL's binary COPY stream: the file header and trailer.
///
/// A binary COPY stream is the 19-byte header, then tuples (int16 field
/// count, then per field an int32 length and the bytes, `-1` for NULL),
/// then the int16 trailer `-1`. `BinaryRowWriter` writes the tuples; the
/// loader writes the header before a table's first row and the trailer after
/// its last, so a table's bytes are also a valid `COPY ... FROM 'file'
/// (FORMAT binary)` file.
public enum BinaryCopy {
    /// `PGCOPY\n\377\r\n\0`: the signature, built to catch newline mangling.
    public static let signature: [UInt8] = [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00]

    /// The length of the header: signature, int32 flags, int32 extension length.
    public static let headerCount = 19

    /// Appends the header: signature, flags 0 (no OIDs), no header extension.
    public static func appendHeader(to buffer: inout ByteBuffer) {
        signature.withUnsafeBytes { buffer.append(bytes: $0) }
        buffer.appendBinaryInt32(0)
        buffer.appendBinaryInt32(0)
    }

    /// Appends the trailer: a field count of -1.
    public static func appendTrailer(to buffer: inout ByteBuffer) {
        buffer.appendBinaryInt16(-1)
    }
}
