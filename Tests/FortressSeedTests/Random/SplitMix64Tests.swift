import Testing
import FortressSeed

@Suite struct SplitMix64Tests {
    @Test("Matches the reference SplitMix64 output for seed 0", .tags(.golden))
    func referenceVector() {
        // The published outputs of Vigna's splitmix64.c seeded with 0.
        var rng = SplitMix64(state: 0)
        let values = (0..<5).map { _ in rng.next() }
        #expect(values == [
            0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F,
            0xF88B_B8A8_724C_81EC, 0x1B39_896A_51A8_749B,
        ])
    }

    @Test("The doc comment's first value for seed 42", .tags(.golden))
    func documentedValue() {
        var rng = SplitMix64(state: 42)
        #expect(rng.next() == 0xBDD7_3226_2FEB_6E95)
    }

    @Test("mix is the SplitMix64 finalizer", .tags(.golden))
    func mixGolden() {
        let mixed = [0, 1, 0xDEAD_BEEF, UInt64.max].map(SplitMix64.mix)
        #expect(mixed == [0x0, 0x5692_161D_100B_05E5, 0x4E06_2702_EC92_9EEA, 0xB4D0_55FC_F2CB_BD7B])
    }

    @Test("mix flips about half the output bits per input bit", arguments: [1, 7, 99] as [UInt64])
    func avalanche(seed: UInt64) {
        var rng = SplitMix64(state: seed)
        var flipped = 0
        let trials = 200
        for _ in 0..<trials {
            let x = rng.next()
            let bit = UInt64(1) << (rng.next() % 64)
            flipped += (SplitMix64.mix(x) ^ SplitMix64.mix(x ^ bit)).nonzeroBitCount
        }
        let average = Double(flipped) / Double(trials)
        #expect(abs(average - 32) < 2)
    }
}
