import FortressSeed
import Testing

@Suite struct SHA256Tests {
    @Test("NIST FIPS 180-4 example vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func nistVector(message: String, expected: String) {
        var sha = SHA256()
        sha.update(utf8: message)
        #expect(sha.hexDigest() == expected)
        #expect(sha.finalize().count == 32)
    }

    @Test("One million 'a' (NIST long message)")
    func millionA() {
        var sha = SHA256()
        var chunk = ByteBuffer()
        chunk.append(utf8: String(repeating: "a", count: 1000))
        for _ in 0..<1000 { sha.update(chunk) }
        #expect(sha.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths around the 55/56/64-byte padding boundaries (digests from Python's hashlib).
    @Test("Padding boundaries", arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    ])
    func paddingBoundary(length: Int, expected: String) {
        var sha = SHA256()
        sha.update([UInt8](repeating: UInt8(ascii: "a"), count: length))
        #expect(sha.hexDigest() == expected)
    }

    @Test("Streaming in odd-sized chunks equals one-shot hashing", arguments: EncodingTestSupport.seeds)
    func streaming(seed: UInt64) {
        var rng = EncodingTestRNG(seed: seed)
        for _ in 0..<200 {
            let length = Int.random(in: 0...700, using: &rng)
            let message = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            var oneShot = SHA256()
            oneShot.update(message)

            var streamed = SHA256()
            var offset = 0
            while offset < message.count {
                let size = min(message.count - offset, Int.random(in: 0...131, using: &rng))
                message[offset..<(offset + size)].withUnsafeBytes { streamed.update($0) }
                offset += size
            }
            #expect(streamed.finalize() == oneShot.finalize())
        }
    }

    @Test("finalize does not disturb the running hash")
    func finalizeIsNonDestructive() {
        var sha = SHA256()
        sha.update(utf8: "ab")
        _ = sha.finalize()
        sha.update(utf8: "c")
        #expect(sha.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
