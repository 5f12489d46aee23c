import FortressSeed

/// A generator's `ByteSink` on a producer thread: hands full buffers to the pipe, for one unit.
struct PipeSink: ByteSink {
    let pipe: BufferPipe
    let unit: Int

    mutating func write(_ bytes: ByteBuffer) throws {
        try pipe.push(bytes: bytes, unit: unit)
    }
}
