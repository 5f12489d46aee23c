/// Streaming SHA-256 (FIPS 180-4) in pure Swift, for output checksums and scenario hashes.
///
/// The manifest records a digest per output file so a run can be verified
/// byte for byte; sinks feed each flushed `ByteBuffer` through `update(_:)`
/// as it is written, so files are hashed without being read back.
///
/// ```swift
/// var sha = SHA256()
/// sha.update(buffer)          // once per flush
/// let hex = sha.hexDigest()   // 64 lowercase hex digits
/// ```
///
/// Whole 64-byte blocks are compressed straight from the caller's memory;
/// only a partial block is copied into inline storage. The 64-word message
/// schedule lives on the stack, so hashing never allocates until the
/// 32-byte result array.
///
/// - Complexity: O(n) in the bytes hashed.
public struct SHA256: Sendable {
    private typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    /// The running hash value H(i).
    private var state: State = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
        0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    /// A partial block waiting for more input: 64 bytes of inline storage.
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
        (0, 0, 0, 0, 0, 0, 0, 0)
    /// How many bytes of `pending` are filled (0..<64).
    private var pendingCount = 0
    /// Total bytes hashed, for the length suffix of the final padding.
    private var totalBytes: UInt64 = 0

    /// Creates a hasher with the FIPS 180-4 initial hash value.
    public init() {}

    /// Hashes `input`, continuing from all earlier updates.
    public mutating func update(_ input: UnsafeRawBufferPointer) {
        guard let base = input.baseAddress, !input.isEmpty else { return }
        let count = input.count
        totalBytes &+= UInt64(count)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            let w = schedule.baseAddress!
            var offset = 0
            if pendingCount > 0 {
                let filled = pendingCount
                let take = min(64 - filled, count)
                withUnsafeMutableBytes(of: &pending) { block in
                    (block.baseAddress! + filled).copyMemory(from: base, byteCount: take)
                }
                pendingCount = filled + take
                offset = take
                guard pendingCount == 64 else { return }
                withUnsafeBytes(of: pending) { block in
                    Self.compress(&state, block.baseAddress!, w)
                }
                pendingCount = 0
            }
            while count - offset >= 64 {
                Self.compress(&state, base + offset, w)
                offset += 64
            }
            if offset < count {
                let rest = count - offset
                withUnsafeMutableBytes(of: &pending) { block in
                    block.baseAddress!.copyMemory(from: base + offset, byteCount: rest)
                }
                pendingCount = rest
            }
        }
    }

    /// Hashes the bytes of `buffer`.
    public mutating func update(_ buffer: ByteBuffer) {
        buffer.withUnsafeBytes { update($0) }
    }

    /// Hashes `bytes`.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Hashes the UTF-8 of `string`.
    public mutating func update(utf8 string: String) {
        var string = string
        string.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    /// Returns the 32-byte digest of everything hashed so far.
    ///
    /// Non-mutating: it pads a copy, so hashing can continue afterwards and
    /// a running digest can be sampled.
    public func finalize() -> [UInt8] {
        var copy = self
        let bitLength = totalBytes &* 8
        // 0x80, zeros to 56 mod 64, then the 64-bit big-endian bit length: 9...72 bytes.
        let padCount = (pendingCount < 56 ? 56 - pendingCount : 120 - pendingCount) + 8
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 72) { pad in
            pad.initialize(repeating: 0)
            pad[0] = 0x80
            for i in 0..<8 {
                pad[padCount - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * i))
            }
            copy.update(UnsafeRawBufferPointer(start: pad.baseAddress, count: padCount))
        }
        assert(copy.pendingCount == 0)
        var digest = [UInt8](repeating: 0, count: 32)
        withUnsafeBytes(of: copy.state) { words in
            for i in 0..<8 {
                let word = words.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)
                for j in 0..<4 {
                    digest[4 * i + j] = UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * j))
                }
            }
        }
        return digest
    }

    /// Returns the digest of everything hashed so far as 64 lowercase hex digits.
    public func hexDigest() -> String {
        let digest = finalize()
        var hex = ByteBuffer(capacity: 64)
        digest.withUnsafeBytes { hex.appendHex(bytes: $0) }
        return hex.description
    }

    /// Compresses one 64-byte block at `block` into `h` (FIPS 180-4 §6.2.2).
    ///
    /// `w` is caller-provided scratch for the 64-word message schedule.
    private static func compress(
        _ h: inout State, _ block: UnsafeRawPointer, _ w: UnsafeMutablePointer<UInt32>
    ) {
        for t in 0..<16 {
            w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 &* t, as: UInt32.self))
        }
        for t in 16..<64 {
            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] &>> 3)
            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] &>> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, hh) = h
        // Eight rounds per step with the roles of the variables rotated instead of
        // shifting eight values per round (FIPS 180-4's h = g, g = f, ... is renaming).
        roundConstants.withUnsafeBufferPointer { k in
            for t in stride(from: 0, to: 64, by: 8) {
                round(a, b, c, &d, e, f, g, &hh, k[t] &+ w[t])
                round(hh, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                round(g, hh, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                round(f, g, hh, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                round(e, f, g, &hh, a, b, c, &d, k[t + 4] &+ w[t + 4])
                round(d, e, f, &g, hh, a, b, &c, k[t + 5] &+ w[t + 5])
                round(c, d, e, &f, g, hh, a, &b, k[t + 6] &+ w[t + 6])
                round(b, c, d, &e, f, g, hh, &a, k[t + 7] &+ w[t + 7])
            }
        }
        h.0 &+= a
        h.1 &+= b
        h.2 &+= c
        h.3 &+= d
        h.4 &+= e
        h.5 &+= f
        h.6 &+= g
        h.7 &+= hh
    }

    /// One round on the eight working variables as named in round `t`: adds T1 into
    /// `d` (the next `e`) and leaves T1 + T2 in `h` (the next `a`).
    /// Ch and Maj use the equivalent forms with fewer operations.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
    ) {
        let sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let choose = g ^ (e & (f ^ g))
        let t1 = h &+ sum1 &+ choose &+ kw
        let sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let majority = (a & b) | (c & (a | b))
        d &+= t1
        h = t1 &+ sum0 &+ majority
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &>> n) | (x &<< (32 &- n))
    }

    /// K: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}
