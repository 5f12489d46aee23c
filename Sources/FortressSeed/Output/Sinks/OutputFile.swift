#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file opened for writing with POSIX calls, hashing and counting what it writes.
///
/// A `final class` because it owns a file descriptor; closed on `close()` or deinit.
public final class OutputFile: ByteSink {
    public let path: String
    private var fd: Int32
    public private(set) var byteCount: Int64 = 0
    private var hash = SHA256()

    /// Creates or truncates `path`.
    public init(path: String) throws(OutputError) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd < 0 { throw .file(path: path, operation: "create", reason: Self.errnoText()) }
    }

    deinit { if fd >= 0 { _ = posixClose(fd) } }

    public func write(_ bytes: ByteBuffer) throws {
        try bytes.withUnsafeBytes { raw throws(OutputError) in try write(raw: raw) }
    }

    public func write(_ text: String) throws(OutputError) {
        try write(Array(text.utf8))
    }

    public func write(_ bytes: [UInt8]) throws(OutputError) {
        let failure: OutputError? = bytes.withUnsafeBytes { raw in
            do throws(OutputError) { try write(raw: raw) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// Hashes and writes `raw` (retrying short writes and `EINTR`).
    func write(raw: UnsafeRawBufferPointer) throws(OutputError) {
        guard fd >= 0 else { throw .file(path: path, operation: "write", reason: "file already closed") }
        hash.update(raw)
        var offset = 0
        while offset < raw.count {
            let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw .file(path: path, operation: "write", reason: Self.errnoText())
            }
            offset += n
        }
        byteCount += Int64(raw.count)
    }

    /// Flushes and closes; returns the hex SHA-256 of everything written.
    public func close() throws(OutputError) -> String {
        if fd >= 0 {
            let rc = posixClose(fd)
            fd = -1
            if rc != 0 { throw .file(path: path, operation: "close", reason: Self.errnoText()) }
        }
        return hash.hexDigest()
    }

    static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}

@inline(__always) private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.write(fd, p, n)
    #elseif canImport(Musl)
    return Musl.write(fd, p, n)
    #else
    return Glibc.write(fd, p, n)
    #endif
}

@inline(__always) private func posixClose(_ fd: Int32) -> Int32 {
    #if canImport(Darwin)
    return Darwin.close(fd)
    #elseif canImport(Musl)
    return Musl.close(fd)
    #else
    return Glibc.close(fd)
    #endif
}
