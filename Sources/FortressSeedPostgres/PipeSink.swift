import FortressSeed

/// The generator's `ByteSink` on the producer thread: hands full buffers to the pipe.
struct PipeSink: ByteSink {
    let pipe: BufferPipe

    mutating func write(_ bytes: ByteBuffer) throws {
        try pipe.push(bytes: bytes)
    }
}
