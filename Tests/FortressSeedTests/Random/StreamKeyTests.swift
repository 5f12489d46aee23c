import Testing
import FortressSeed

@Suite struct StreamKeyTests {
    // Golden values were cross-checked against an independent Python model of the
    // derivation (FNV-1a 64, SplitMix64 finalizer, the four domain tags).

    @Test("Name hashes are FNV-1a 64 then mixed", .tags(.golden))
    func nameHash() {
        // FNV-1a 64 test vectors: "" -> 0xCBF29CE484222325, "a" -> 0xAF63DC4C8601EC8C.
        #expect(StreamKey.nameHash("") == SplitMix64.mix(0xCBF2_9CE4_8422_2325))
        #expect(StreamKey.nameHash("a") == SplitMix64.mix(0xAF63_DC4C_8601_EC8C))
        #expect(StreamKey.nameHash("users") == 0xFB77_DF25_F066_C2E5)
        #expect(StreamKey.nameHash("café") == 0xE0C1_3FFC_340B_758F)  // hashed as UTF-8
    }

    @Test("Key derivation is pinned", .tags(.golden))
    func derivationGolden() {
        #expect(StreamKey(seed: 2024).rawValue == 0x3D62_0B38_83C7_1316)
        let users = StreamKey(seed: 2024, stream: "users")
        #expect(users.rawValue == 0x25D6_186A_F5CE_3619)
        let email = users.child(789).child("email")
        #expect(email.rawValue == 0x468B_8ACD_7678_AB41)
        var rng = email.generator(123_456)
        let values = (0..<3).map { _ in rng.next() }
        #expect(values == [0xDA1C_DDC5_40FE_F6A2, 0xE250_8CC2_2FE2_DA77, 0xAE7E_037A_86A7_4D31])
    }

    @Test("A named stream is the root's child of that name", arguments: [0, 1, 2024] as [UInt64])
    func namedStreamIsChild(seed: UInt64) {
        #expect(StreamKey(seed: seed, stream: "orders") == StreamKey(seed: seed).child("orders"))
    }

    @Test("Int and UInt64 indices address the same sub-streams", arguments: [3, 77] as [UInt64])
    func intOverloads(seed: UInt64) {
        let key = StreamKey(seed: seed, stream: "t")
        for index in [0, 1, 12_345, Int.max] {
            #expect(key.child(index) == key.child(UInt64(index)))
            #expect(key.generator(index) == key.generator(UInt64(index)))
        }
    }

    @Test("Row k is the same whether or not earlier rows were generated", arguments: [1, 42, 9001] as [UInt64])
    func orderIndependence(seed: UInt64) {
        let key = StreamKey(seed: seed, stream: "users").child(789)
        func row(_ index: UInt64) -> [UInt64] {
            var rng = key.generator(index)
            return (0..<4).map { _ in rng.next() }
        }
        let sequential = (0..<200 as Range<UInt64>).map(row)
        // Generate in reverse and in a scattered order; each row must match.
        for index in (0..<200 as Range<UInt64>).reversed() {
            #expect(row(index) == sequential[Int(index)])
        }
        for index in stride(from: 0 as UInt64, to: 200, by: 37) {
            #expect(key.generator(index) == StreamKey(seed: seed, stream: "users").child(789).generator(index))
        }
    }

    @Test("Siblings, names and domains all give different streams", arguments: [5, 6] as [UInt64])
    func distinctStreams(seed: UInt64) {
        let root = StreamKey(seed: seed)
        var seen: Set<UInt64> = []
        for index in 0..<2_000 {
            seen.insert(root.child(index).rawValue)
            seen.insert(root.generator(index).firstValue())
        }
        for name in ["users", "orders", "user", "users ", "Users", "0", "1", ""] {
            seen.insert(root.child(name).rawValue)
        }
        #expect(seen.count == 4_008)
        // A name, an index and a generator with the same "value" are unrelated.
        #expect(root.child("0") != root.child(0))
        #expect(root.child(0).rawValue != root.generator(0).firstValue())
        // Different seeds give different keys for the same path.
        #expect(StreamKey(seed: seed, stream: "users") != StreamKey(seed: seed + 1, stream: "users"))
    }

    @Test("Sequences of neighbouring rows do not overlap", arguments: [12, 13] as [UInt64])
    func noOverlap(seed: UInt64) {
        // A naive `key + index * gamma` start would make row k+1 replay row k shifted by one.
        let key = StreamKey(seed: seed, stream: "rows")
        var seen: Set<UInt64> = []
        for index in 0..<1_000 {
            var rng = key.generator(index)
            for _ in 0..<8 {
                seen.insert(rng.next())
            }
        }
        #expect(seen.count == 8_000)
    }

    @Test("Adding a stream does not change existing ones")
    func addingStreams() {
        let seed: UInt64 = 31
        let before = StreamKey(seed: seed, stream: "accounts").child("balance").generator(10)
        // "Adding" a table or column is deriving more keys; nothing is shared or advanced.
        _ = StreamKey(seed: seed, stream: "ledger").child("amount").generator(10)
        _ = StreamKey(seed: seed, stream: "accounts").child("opened_at").generator(10)
        let after = StreamKey(seed: seed, stream: "accounts").child("balance").generator(10)
        #expect(before == after)
    }

    @Test("Generators of neighbouring rows are uncorrelated")
    func neighbourCorrelation() {
        let key = StreamKey(seed: 8, stream: "corr")
        var sumX = 0.0, sumY = 0.0, sumXY = 0.0, sumXX = 0.0, sumYY = 0.0
        let n = 20_000
        for index in 0..<n {
            var a = key.generator(index)
            var b = key.generator(index + 1)
            let x = a.unitDouble(), y = b.unitDouble()
            sumX += x; sumY += y; sumXY += x * y; sumXX += x * x; sumYY += y * y
        }
        let nd = Double(n)
        let covariance = sumXY / nd - (sumX / nd) * (sumY / nd)
        let correlation = covariance
            / ((sumXX / nd - (sumX / nd) * (sumX / nd)) * (sumYY / nd - (sumY / nd) * (sumY / nd))).squareRoot()
        #expect(abs(correlation) < 6 / nd.squareRoot())
    }
}

extension RandomStream {
    /// The first output, without mutating a `let`.
    fileprivate func firstValue() -> UInt64 {
        var copy = self
        return copy.next()
    }
}
