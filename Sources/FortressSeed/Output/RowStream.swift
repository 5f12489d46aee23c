/// Where encoded bytes go: a file, a psql script section, a COPY connection.
public protocol ByteSink {
    mutating func write(_ bytes: ByteBuffer) throws
}

/// A row writer bound to a sink: generators write fields through `writer`
/// and call `endRow()`; full buffers are flushed to the sink.
///
/// The buffer is flushed at `flushThreshold` bytes and reused, so memory
/// stays flat whatever the number of rows.
public struct RowStream<W: RowWriting, S: ByteSink> {
    public var writer: W
    public var sink: S
    public private(set) var rows: Int64 = 0
    public let flushThreshold: Int

    public init(writer: W, sink: S, flushThreshold: Int = 1 << 20) {
        self.writer = writer
        self.sink = sink
        self.flushThreshold = flushThreshold
    }

    /// Ends the current row; flushes when the buffer is full.
    public mutating func endRow() throws {
        writer.endRow()
        rows += 1
        if writer.buffer.count >= flushThreshold { try flush() }
    }

    /// Sends what is buffered to the sink.
    public mutating func flush() throws {
        guard !writer.buffer.isEmpty else { return }
        try sink.write(writer.buffer)
        writer.buffer.removeAll(keepingCapacity: true)
    }
}
