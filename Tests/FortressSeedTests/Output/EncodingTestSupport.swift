import FortressSeed

/// SplitMix64 for test inputs only.
///
/// Named for this folder so it cannot collide with the library's own RNG
/// types or other suites' helpers in the same test target.
struct EncodingTestRNG: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Helpers shared by the encoding suites.
enum EncodingTestSupport {
    /// Seeds every randomized suite runs with.
    static let seeds: [UInt64] = [1, 0xDEAD_BEEF, 20_260_301]

    /// Runs `body` on a fresh buffer and returns what it wrote, decoded as UTF-8.
    static func encode(_ body: (inout ByteBuffer) -> Void) -> String {
        var buffer = ByteBuffer(capacity: 64)
        body(&buffer)
        return buffer.description
    }

    /// Runs `body` on a fresh buffer and returns the raw bytes it wrote.
    static func encodeBytes(_ body: (inout ByteBuffer) -> Void) -> [UInt8] {
        var buffer = ByteBuffer()
        body(&buffer)
        return buffer.bytes
    }

    /// A random string drawn from characters that stress the text dialects.
    static func nastyString<R: RandomNumberGenerator>(using rng: inout R, maxLength: Int = 12) -> String {
        let alphabet: [String] = [
            "a", "Z", "7", " ", ",", "\"", "'", "\\", ".", "N", "\t", "\n", "\r", "\r\n",
            "\u{01}", "\u{08}", "\u{0B}", "\u{0C}", "\u{1B}", "\u{1F}", "\u{7F}", "é", "€", "😀", "👩‍👩‍👧",
        ]
        let length = Int.random(in: 0...maxLength, using: &rng)
        var result = ""
        for _ in 0..<length {
            result += alphabet.randomElement(using: &rng)!
        }
        return result
    }
}
