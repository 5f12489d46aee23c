import FortressSeed
import Testing

@Suite struct ByteBufferTests {
    @Test("Appends bytes, literals, strings, buffers and raw memory in order")
    func appendsInOrder() {
        var buffer = ByteBuffer(capacity: 8)
        #expect(buffer.isEmpty)
        buffer.append(UInt8(ascii: "a"))
        buffer.append("bc")
        buffer.append(utf8: "dé")
        var other = ByteBuffer()
        other.append("😀")
        buffer.append(other)
        [UInt8](arrayLiteral: 0x21, 0x3F).withUnsafeBytes { buffer.append(bytes: $0) }
        #expect(buffer.description == "abcdé😀!?")
        #expect(buffer.count == 3 + 3 + 4 + 2)
        #expect(!buffer.isEmpty)
    }

    @Test("Appends small, large and non-ASCII strings byte for byte", arguments: [
        "", "x", "fifteen bytes!!", "sixteen bytes!!!", String(repeating: "long ", count: 50), "Zürich ☕️ 東京",
    ])
    func appendsStrings(_ s: String) {
        var buffer = ByteBuffer()
        buffer.append(utf8: s)
        #expect(buffer.bytes == Array(s.utf8))
    }

    @Test("removeAll keeps capacity by default so the next batch does not reallocate")
    func removeAllKeepsCapacity() {
        var buffer = ByteBuffer(capacity: 1024)
        buffer.append(utf8: String(repeating: "x", count: 600))
        let capacity = buffer.capacity
        buffer.removeAll()
        #expect(buffer.isEmpty)
        #expect(buffer.capacity == capacity)
        buffer.append("y")
        buffer.removeAll(keepingCapacity: false)
        #expect(buffer.capacity < capacity)
    }

    @Test("withUnsafeBytes exposes exactly the written bytes")
    func exposesBytes() {
        var buffer = ByteBuffer()
        buffer.append("abc")
        let copied = buffer.withUnsafeBytes { Array($0) }
        #expect(copied == [0x61, 0x62, 0x63])
    }
}
