import Testing
@testable import FortressSeed

/// The transactions table's byte-level shortcuts write exactly what the general encoders write.
@Suite struct TransactionEncodingTests {
    @Test("Metadata laid out as bytes equals JSONWriter's document, row for row", arguments: ["dev", "fraud-lab"])
    func metadataBytes(scenario: String) throws {
        let replay = try FraudReplay(scenario, seed: 1)
        let fragments = MerchantFragments()
        var json = JSONWriter(capacity: 512)
        var reference = JSONWriter(capacity: 512)
        var scratch = ByteBuffer(capacity: 256)
        var bytes = ByteBuffer(capacity: 512)
        var text: LedgerText?
        var tenant = -1
        var compared = 0
        for r in replay.rows {
            if r.tenant != tenant {
                tenant = r.tenant
                text = LedgerText(model: replay.model, roster: TenantRoster(model: replay.model, tenant: tenant))
            }
            text!.select(owner: r.row.owner)
            reference.reset()
            text!.writeMetadata(r.row, into: &reference, scratch: &scratch)
            bytes.removeAll()
            text!.writeMetadata(r.row, into: &bytes, merchants: fragments, scratch: &scratch, json: &json)
            #expect(bytes == reference.buffer, "\(bytes) != \(reference.buffer)")
            compared += 1
        }
        #expect(compared > 1_000)
    }

    @Test("Binary cents fields equal the general numeric encoder with its length word")
    func binaryCents() {
        var rng = SplitMix64(state: 9)
        var cases: [Int64] = [0, 1, -1, 99, 100, -100, 10_000, 1_000_000, 123_456_789, Int64.max, Int64.min, Int64.min + 1]
        for _ in 0..<20_000 { cases.append(Int64(bitPattern: rng.next()) >> Int64(rng.next() % 64)) }
        for v in cases {
            var general = ByteBuffer(capacity: 32)
            var numeric = ByteBuffer(capacity: 32)
            numeric.appendBinaryNumeric(minorUnits: v, scale: 2)
            general.appendBinaryInt32(Int32(numeric.count))
            general.append(numeric)
            var cents = ByteBuffer(capacity: 32)
            cents.appendBinaryCentsField(v)
            #expect(cents == general, "\(v)")
        }
    }
}
