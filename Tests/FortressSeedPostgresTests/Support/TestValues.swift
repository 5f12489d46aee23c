import Foundation
import FortressSeed

/// SplitMix64 for test inputs only.
struct TestRNG: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Values and SQL literals shared by the binary encoding suites.
enum TestValues {
    static let seeds: [UInt64] = [1, 0xDEAD_BEEF, 20_260_301]

    /// A SQL string literal.
    static func literal(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }

    /// The text form the package's own text encoder writes (`appendDecimal` etc.).
    static func text(_ body: (inout ByteBuffer) -> Void) -> String {
        var b = ByteBuffer()
        body(&b)
        return b.description
    }

    /// A one-column binary COPY stream written by `BinaryRowWriter`.
    static func stream(_ type: BinaryFieldType, count: Int, _ field: (inout BinaryRowWriter, Int) -> Void) -> [UInt8] {
        var w = BinaryRowWriter(fieldTypes: [type], capacity: 1024)
        BinaryCopy.appendHeader(to: &w.buffer)
        for i in 0..<count {
            field(&w, i)
            w.endRow()
        }
        BinaryCopy.appendTrailer(to: &w.buffer)
        return w.buffer.bytes
    }

    /// `COPY (SELECT v::type FROM unnest(ARRAY[...]) WITH ORDINALITY ...) TO STDOUT (FORMAT binary)`.
    static func serverCopy(_ literals: [String], as type: String) -> String {
        let array = "ARRAY[" + literals.map { $0 == "NULL" ? "NULL" : literal($0) }.joined(separator: ",") + "]::text[]"
        return "COPY (SELECT v::\(type) FROM unnest(\(array)) WITH ORDINALITY AS u(v, n) ORDER BY n) TO STDOUT (FORMAT binary)"
    }

    /// Where two byte arrays first differ, for failure messages.
    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        guard let i = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else {
            return a.count == b.count ? "identical" : "lengths \(a.count) vs \(b.count)"
        }
        let from = max(0, i - 8)
        return "byte \(i): \(Array(a[from..<min(a.count, i + 16)])) vs \(Array(b[from..<min(b.count, i + 16)]))"
    }

    /// Edge and random (minor units, scale) pairs for numeric.
    static func decimals(seed: UInt64) -> [(Int64, Int)] {
        var cases: [(Int64, Int)] = [
            (0, 0), (0, 2), (0, 6), (1, 0), (-1, 0), (1, 6), (-1, 6), (12345, 2), (-5, 2), (10_000, 0), (10_000, 4),
            (9999, 4), (100_000_000, 2), (1, 19), (-1, 19), (Int64.max, 0), (Int64.min + 1, 0), (Int64.max, 19),
            (Int64.min + 1, 7), (1_000_000, 6), (250_000, 2), (123_456_789_012, 3), (5, 1), (50, 5), (7_000_000, 8),
        ]
        var rng = TestRNG(seed: seed)
        for _ in 0..<300 {
            let bits = Int(rng.next() % 64)
            let magnitude = Int64(truncatingIfNeeded: rng.next() >> (UInt64(bits) + 1))
            let value = rng.next() % 2 == 0 ? magnitude : -magnitude
            cases.append((value, Int(rng.next() % 20)))
        }
        return cases
    }

    /// Edge and random instants (µs since 1970) within years 0001...9999.
    static func timestamps(seed: UInt64) -> [Int64] {
        var cases: [Int64] = [0, -1, 1, ByteBuffer.postgresEpochMicros, ByteBuffer.postgresEpochMicros - 1,
                              ByteBuffer.supportedTimestampMicros.lowerBound, ByteBuffer.supportedTimestampMicros.upperBound,
                              1_772_368_496_123_456]
        var rng = TestRNG(seed: seed)
        for _ in 0..<200 { cases.append(Int64.random(in: ByteBuffer.supportedTimestampMicros, using: &rng)) }
        return cases
    }
}
