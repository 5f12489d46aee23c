import FortressSeed
import Testing

@Suite struct IntegerEncodingTests {
    static let edgeValues: [Int64] = {
        var values: [Int64] = [0, 1, -1, 9, -9, 10, -10, 99, 100, 101, 999, 1000, Int64.max, Int64.min, Int64.max - 1, Int64.min + 1]
        var p: Int64 = 10
        for _ in 1...18 {
            values += [p - 1, p, p + 1, -(p - 1), -p, -(p + 1)]
            p = p &* 10
        }
        return values
    }()

    @Test("Edge values match String(_:)", arguments: edgeValues)
    func edgeValue(_ value: Int64) {
        #expect(EncodingTestSupport.encode { $0.appendInt(value) } == String(value))
    }

    @Test("Random Int64 values of every magnitude match String(_:)", arguments: EncodingTestSupport.seeds)
    func randomValues(seed: UInt64) {
        var rng = EncodingTestRNG(seed: seed)
        var buffer = ByteBuffer(capacity: 32)
        for _ in 0..<20_000 {
            // Shift so short and long numbers are equally common.
            let value = Int64(bitPattern: rng.next()) >> Int64.random(in: 0...63, using: &rng)
            buffer.removeAll()
            buffer.appendInt(value)
            #expect(buffer.description == String(value))
        }
    }

    @Test("Int overload and unsigned extremes")
    func otherWidths() {
        #expect(EncodingTestSupport.encode { $0.appendInt(Int.min) } == String(Int.min))
        #expect(EncodingTestSupport.encode { $0.appendInt(42 as Int) } == "42")
        #expect(EncodingTestSupport.encode { $0.appendUnsigned(UInt64.max) } == "18446744073709551615")
        #expect(EncodingTestSupport.encode { $0.appendUnsigned(0) } == "0")
    }

    @Test("Zero padding writes exactly the requested width", arguments: [
        (UInt64(0), 0, ""), (0, 1, "0"), (7, 2, "07"), (42, 6, "000042"), (123_456, 6, "123456"),
        (5, 3, "005"), (UInt64.max, 20, "18446744073709551615"), (1, 20, "00000000000000000001"),
    ])
    func zeroPadded(value: UInt64, width: Int, expected: String) {
        #expect(EncodingTestSupport.encode { $0.appendZeroPadded(value, width: width) } == expected)
    }

    @Test("Booleans use PostgreSQL and JSON spelling")
    func booleans() {
        #expect(EncodingTestSupport.encode { $0.appendBool(true) } == "true")
        #expect(EncodingTestSupport.encode { $0.appendBool(false) } == "false")
    }

    @Test("Encoders append after existing bytes")
    func appendsAfterExisting() {
        let text = EncodingTestSupport.encode { buffer in
            buffer.append("id=")
            buffer.appendInt(-12)
            buffer.append(",")
            buffer.appendInt(0)
        }
        #expect(text == "id=-12,0")
    }
}
