import FortressSeed
import Foundation
import Testing

@Suite struct UUIDValueTests {
    @Test("Fixed UUIDs print as lowercase 8-4-4-4-12")
    func fixed() {
        #expect(UUIDValue(hi: 0, lo: 0).description == "00000000-0000-0000-0000-000000000000")
        #expect(UUIDValue(hi: .max, lo: .max).description == "ffffffff-ffff-ffff-ffff-ffffffffffff")
        #expect(UUIDValue(hi: 0x0123_4567_89AB_CDEF, lo: 0xFEDC_BA98_7654_3210).description
            == "01234567-89ab-cdef-fedc-ba9876543210")
    }

    @Test("Random UUIDs match Foundation's text for the same 16 bytes", arguments: EncodingTestSupport.seeds)
    func matchesFoundation(seed: UInt64) {
        var rng = EncodingTestRNG(seed: seed)
        var buffer = ByteBuffer(capacity: 36)
        for _ in 0..<5_000 {
            let uuid = UUIDValue(hi: rng.next(), lo: rng.next())
            buffer.removeAll()
            buffer.appendUUID(uuid)
            #expect(buffer.description == Self.foundationUUID(uuid).uuidString.lowercased())
            #expect(buffer.description == uuid.description)
        }
    }

    @Test("randomBits sets version 4 and the RFC 4122 variant, keeping the other 122 bits", arguments: EncodingTestSupport.seeds)
    func versionAndVariant(seed: UInt64) throws {
        var rng = EncodingTestRNG(seed: seed)
        for _ in 0..<2_000 {
            let hi = rng.next()
            let lo = rng.next()
            let uuid = UUIDValue(randomBits: hi, lo)
            #expect(uuid.version == 4)
            let text = uuid.description
            let chars = Array(text)
            #expect(chars[14] == "4")
            #expect("89ab".contains(chars[19]))
            #expect(uuid.hi & ~0xF000 == hi & ~0xF000)
            #expect(uuid.lo & ~(0xC000_0000_0000_0000 as UInt64) == lo & ~(0xC000_0000_0000_0000 as UInt64))
            // Foundation parses it back to the same bytes.
            let parsed = try #require(UUID(uuidString: text))
            #expect(parsed == Self.foundationUUID(uuid))
        }
        #expect(UUIDValue(randomBits: 0, 0).description == "00000000-0000-4000-8000-000000000000")
        #expect(UUIDValue(randomBits: .max, .max).description == "ffffffff-ffff-4fff-bfff-ffffffffffff")
    }

    @Test("Ordering is byte-wise, like PostgreSQL's uuid comparison", arguments: EncodingTestSupport.seeds)
    func ordering(seed: UInt64) {
        var rng = EncodingTestRNG(seed: seed)
        for _ in 0..<2_000 {
            // Small ranges so equal halves are common.
            let a = UUIDValue(hi: rng.next() % 4, lo: (rng.next() % 4) << 62 | (rng.next() % 3))
            let b = UUIDValue(hi: rng.next() % 4, lo: (rng.next() % 4) << 62 | (rng.next() % 3))
            #expect((a < b) == Self.bytes(a).lexicographicallyPrecedes(Self.bytes(b)))
            #expect((a == b) == (Self.bytes(a) == Self.bytes(b)))
        }
    }

    static func bytes(_ uuid: UUIDValue) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: uuid.hi >> (56 - 8 * $0)) }
            + (0..<8).map { UInt8(truncatingIfNeeded: uuid.lo >> (56 - 8 * $0)) }
    }

    static func foundationUUID(_ uuid: UUIDValue) -> UUID {
        let b = bytes(uuid)
        return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                           b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }
}
