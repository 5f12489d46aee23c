/// Counts the tuples in a binary COPY stream as it passes, chunk by chunk.
///
/// The loader sends buffers of encoded bytes, not rows; this walks the
/// stream's length words (one per field, skipping the values) so progress
/// can report rows without the generator reporting them. Chunks may split
/// the stream anywhere. It also notices a malformed stream, which the
/// tests use to check the writer's framing.
///
/// - Complexity: O(fields) per chunk, not O(bytes): values are skipped.
public struct BinaryTupleCounter: Sendable {
    private enum Phase: Sendable, Equatable {
        case header
        case fieldCount
        case fieldLength(remaining: Int)
        case trailer
    }

    /// Complete tuples seen so far.
    public private(set) var tuples: Int64 = 0
    /// Whether the trailer (-1 field count) has been seen.
    public var isFinished: Bool { phase == .trailer }
    /// Set when the bytes cannot be a binary COPY stream; counting stops.
    public private(set) var isMalformed = false

    private var phase: Phase
    /// Bytes to skip before the next length word (header or field values).
    private var skip = 0
    /// A length word split across chunks: the bytes read so far.
    private var word: UInt32 = 0
    private var wordBytes = 0

    /// A counter positioned before the header, or before the first tuple.
    public init(expectHeader: Bool = true) {
        phase = expectHeader ? .header : .fieldCount
        skip = expectHeader ? BinaryCopy.headerCount : 0
    }

    /// Consumes the next chunk of the stream.
    public mutating func consume(_ chunk: UnsafeRawBufferPointer) {
        var i = 0
        let n = chunk.count
        while i < n && !isMalformed && phase != .trailer {
            if skip > 0 {
                let step = min(skip, n - i)
                skip -= step
                i += step
                if skip == 0 && phase == .header { phase = .fieldCount }
                continue
            }
            let width = phase == .fieldCount ? 2 : 4
            // Fast path: a whole length word inside the chunk is read at once (the
            // loader counts every tuple it sends, so this runs for every field).
            if wordBytes == 0 && n - i >= width {
                let value: Int
                if width == 2 {
                    value = Int(Int16(bigEndian: chunk.loadUnaligned(fromByteOffset: i, as: Int16.self)))
                } else {
                    value = Int(Int32(bigEndian: chunk.loadUnaligned(fromByteOffset: i, as: Int32.self)))
                }
                i += width
                advance(with: value)
                continue
            }
            word = word << 8 | UInt32(chunk[i])
            wordBytes += 1
            i += 1
            guard wordBytes == width else { continue }
            let value = width == 2 ? Int(Int16(truncatingIfNeeded: word)) : Int(Int32(bitPattern: word))
            word = 0
            wordBytes = 0
            advance(with: value)
        }
    }

    /// Consumes the bytes of a buffer.
    public mutating func consume(_ buffer: ByteBuffer) {
        buffer.withUnsafeBytes { consume($0) }
    }

    private mutating func advance(with value: Int) {
        switch phase {
        case .fieldCount:
            if value == -1 {
                phase = .trailer
            } else if value > 0 {
                phase = .fieldLength(remaining: value)
            } else {
                isMalformed = true
            }
        case .fieldLength(let remaining):
            if value < -1 { isMalformed = true; return }
            skip = max(value, 0)
            if remaining == 1 {
                tuples += 1
                phase = .fieldCount
            } else {
                phase = .fieldLength(remaining: remaining - 1)
            }
        case .header, .trailer:
            break
        }
    }
}
