import FortressSeed

/// A `ByteSink` that sends each flushed buffer straight into a running `COPY ... FROM STDIN`.
///
/// The synchronous path: generation and sending alternate on one thread.
/// The loader normally puts a `BufferPipe` in between so they overlap; this
/// sink is for callers that want no second thread (tests, embedding).
public struct CopyInSink: ByteSink {
    public let connection: Connection
    /// Named in errors.
    public let table: String

    public init(connection: Connection, table: String) {
        self.connection = connection
        self.table = table
    }

    public mutating func write(_ bytes: ByteBuffer) throws {
        try connection.putCopyData(bytes, table: table)
    }
}
