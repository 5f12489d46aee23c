// The hand-written value encoders of FortressSeed (Output/Encoding, Output/Binary):
// values/s, MB/s of output, and heap allocations per value.
//
// One iteration encodes 1,000,000 values (scalingFactor .mega), so scaled figures are
// per value: `Throughput (# / s)` is values/s, `Time (wall clock)` the time per value,
// `Malloc (total)` the allocations per value. `MB/s (output)` is the bytes the encoder
// wrote per second (10^6 bytes), measured per iteration.
//
// The values are a fixed, realistic mix (random uuids; timestamps over 2025-2026 with and
// without microseconds; money from cents to millions; statement texts, a few of which
// need quoting or escaping; transactions' metadata documents), prepared before measuring.
// Output goes to one reused buffer, cleared every 1,000 values (encoders in production
// write into a buffer flushed at 1 MiB), and the buffer is handed to `blackHole`.
import Benchmark
import FortressSeed

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let mbPerSecond = BenchmarkMetric.custom("MB/s (output)", polarity: .prefersLarger, useScalingFactor: false)

/// 1,024 prepared inputs of each kind (a power of two, so `i & mask` picks one).
let count = 1_024
let mask = count - 1

let uuids: [UUIDValue] = {
    var rng = StreamKey(seed: 9, stream: "bench.uuid").generator(0)
    return (0..<count).map { _ in UUIDValue(hi: rng.next(), lo: rng.next()) }
}()

/// Unix microseconds (as generators hold instants) in 2025-2026; a quarter on whole
/// seconds, which are written without a fraction.
let timestamps: [Int64] = {
    var rng = StreamKey(seed: 9, stream: "bench.timestamp").generator(0)
    let start: Int64 = 1_735_689_600_000_000, span: Int64 = 2 * 365 * 86_400_000_000
    return (0..<count).map { i in
        let t = start + rng.uniform(0..<span)
        return i % 4 == 0 ? t - t % 1_000_000 : t
    }
}()

/// Amounts in cents, log-uniform from R$ 0.01 to R$ 1,000,000, a tenth negative.
let amounts: [Int64] = {
    var rng = StreamKey(seed: 9, stream: "bench.amount").generator(0)
    return (0..<count).map { i in
        let cents = Int64(rng.uniform(1...9) * [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000][i % 8])
            + rng.uniform(0...99)
        return i % 10 == 0 ? -cents : cents
    }
}()

/// Statement texts like those of `transactions.description` and merchants' names: most
/// plain ASCII or accented UTF-8; about one in eight has a comma, quote, tab or backslash.
let texts: [String] = {
    let pool = [
        "PIX ENVIADO - SUPERMERCADO BOM PRECO",
        "COMPRA CARTAO - FARMACIA SAO JOAO",
        "SALDO ANTERIOR",
        "PIX RECEBIDO - MARIA APARECIDA DOS SANTOS",
        "Padaria Pão Quente",
        "TED ENVIADA - JOSÉ CARLOS OLIVEIRA",
        "PAGAMENTO BOLETO - ENEL DISTRIBUICAO SAO PAULO",
        "Restaurante Sabor, Arte & Cia",
        "COMPRA CARTAO - POSTO SHELL BR 101 KM 23",
        "ESTORNO - COMPRA CARTAO - LOJAS \"AMERICANAS\"",
        "TARIFA PACOTE DE SERVIÇOS",
        "Açougue e Mercearia Irmãos Ribeiro",
        "TRANSFERENCIA ENTRE CONTAS",
        "JUROS ROTATIVO CARTAO",
        "C:\\ARQUIVO\\NOTA\tFISCAL",
        "RENDIMENTO POUPANCA",
    ]
    return (0..<count).map { pool[$0 % pool.count] }
}()

let merchantIDs = Array(uuids.reversed())
let cities = ["Imperatriz", "Macapá", "São Paulo", "Belo Horizonte", "Porto Alegre", "Recife", "Niterói", "Juiz de Fora"]
let merchants = ["Supermercado Bom Preço", "Farmácia São João", "Posto Shell", "Padaria Pão Quente", "Lojas Renner"]

/// A `transactions.metadata` document like the generator's (channel, mcc, merchant, city,
/// device, sometimes installments), written with `JSONWriter`.
@inline(__always)
func writeMetadata(_ i: Int, merchantIDs: [UUIDValue], into json: inout JSONWriter) {
    json.reset()
    json.beginObject()
    json.key("channel"); json.string(i % 3 == 0 ? "pix" : "card")
    json.key("mcc"); json.string("5411")
    json.key("merchant_id"); json.uuid(merchantIDs[i & mask])
    json.key("merchant"); json.string(merchants[i % merchants.count])
    json.key("city"); json.string(cities[i % cities.count])
    json.key("device"); json.string("pos")
    if i % 7 == 0 {
        json.key("installment")
        json.beginObject()
        json.key("number"); json.int(i % 12 + 1)
        json.key("count"); json.int(12)
        json.endObject()
    }
    json.endObject()
}

let metadataDocuments: [ByteBuffer] = (0..<count).map { i in
    var json = JSONWriter(capacity: 512)
    writeMetadata(i, merchantIDs: merchantIDs, into: &json)
    return json.buffer
}

/// Reused between iterations of one benchmark (one benchmark runs at a time).
final class Scratch: @unchecked Sendable {
    var buffer = ByteBuffer(capacity: 1 << 20)
    var json = JSONWriter(capacity: 512)
}

let scratch = Scratch()

@inline(__always)
func nanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// One encoder under test: writes value `i` (of the prepared inputs) into `buffer`.
/// A protocol rather than a closure, so each benchmark loop is specialized and inlined.
protocol Encoding {
    static func encode(_ buffer: inout ByteBuffer, _ i: Int, _ inputs: Inputs, _ json: inout JSONWriter)
}

/// The prepared inputs, read once per iteration (not through lazily initialized globals per value).
struct Inputs {
    let uuids: [UUIDValue], merchantIDs: [UUIDValue], timestamps: [Int64], amounts: [Int64]
    let texts: [String], metadataDocuments: [ByteBuffer]
}

let preparedInputs = Inputs(
    uuids: uuids, merchantIDs: merchantIDs, timestamps: timestamps, amounts: amounts,
    texts: texts, metadataDocuments: metadataDocuments)

/// A benchmark of `E.encode(&buffer, i)` for i in 0..<1,000,000; the buffer is cleared every 1,000 values.
func encoder<E: Encoding>(_ name: String, _: E.Type) {
    Benchmark(name) { benchmark in
        let start = nanoseconds()
        var written = 0
        let values = benchmark.scaledIterations.count
        let inputs = preparedInputs
        var buffer = scratch.buffer, json = scratch.json
        scratch.buffer = ByteBuffer()
        scratch.json = JSONWriter(capacity: 0)
        var i = 0
        while i < values {
            for j in i..<(i + 1_000) { E.encode(&buffer, j, inputs, &json) }
            written += buffer.count
            blackHole(buffer)
            buffer.removeAll(keepingCapacity: true)
            i += 1_000
        }
        scratch.buffer = buffer
        scratch.json = json
        let elapsed = nanoseconds() - start
        benchmark.stopMeasurement()
        benchmark.measurement(mbPerSecond, Int(Double(written) * 1_000 / Double(max(elapsed, 1))))
    }
}

enum UUIDText: Encoding {
    static func encode(_ buffer: inout ByteBuffer, _ i: Int, _ inputs: Inputs, _ json: inout JSONWriter) { buffer.appendUUID(inputs.uuids[i & mask]) }
}
enum UUIDBinary: Encoding {
    static func encode(_ buffer: inout ByteBuffer, _ i: Int, _ inputs: Inputs, _ json: inout JSONWriter) { buffer.appendBinaryUUID(inputs.uuids[i & mask]) }
}
enum TimestampText: Encoding {
    static func encode(_ buffer: inout ByteBuffer, _ i: Int, _ inputs: Inputs, _ json: inout JSONWriter) { buffer.appendTimestamp(micros: inputs.timestamps[i & mask]) }
}
enum TimestampBinary: Encoding {
    static func encode(_ buffer: inout ByteBuffer, _ i: Int, _ inputs: Inputs, _ json: inout JSONWriter) { buffer.appendBinaryTimestamp(micros: inputs.timestamps[i & mask]) }
}
enum NumericText: Encoding {
    static func encode(_ buffer: inout ByteBuffer, _ i: Int, _ inputs: Inputs, _ json: inout JSONWriter) { buffer.appendDecimal(minorUnits: amounts[i & mask], scale: 2) }
}
enum NumericBinary: Encoding {
    static func encode(_ buffer: inout ByteBuffer, _ i: Int, _ inputs: Inputs, _ json: inout JSONWriter) { buffer.appendBinaryNumeric(minorUnits: amounts[i & mask], scale: 2) }
}
enum CSVField: Encoding {
    static func encode(_ buffer: inout ByteBuffer, _ i: Int, _ inputs: Inputs, _ json: inout JSONWriter) { buffer.appendCSVField(inputs.texts[i & mask]) }
}
enum CopyTextField: Encoding {
    static func encode(_ buffer: inout ByteBuffer, _ i: Int, _ inputs: Inputs, _ json: inout JSONWriter) { buffer.appendCopyTextField(inputs.texts[i & mask]) }
}
enum JSONDocument: Encoding {
    static func encode(_ buffer: inout ByteBuffer, _ i: Int, _ inputs: Inputs, _ json: inout JSONWriter) {
        writeMetadata(i, merchantIDs: inputs.merchantIDs, into: &json)
        buffer.append(json.buffer)
    }
}
enum JSONDocumentCSV: Encoding {
    static func encode(_ buffer: inout ByteBuffer, _ i: Int, _ inputs: Inputs, _ json: inout JSONWriter) { buffer.appendCSVField(inputs.metadataDocuments[i & mask]) }
}
enum JSONDocumentCopyText: Encoding {
    static func encode(_ buffer: inout ByteBuffer, _ i: Int, _ inputs: Inputs, _ json: inout JSONWriter) { buffer.appendCopyTextField(inputs.metadataDocuments[i & mask]) }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal, mbPerSecond],
        timeUnits: .nanoseconds,
        warmupIterations: 2,
        scalingFactor: .mega,
        maxDuration: .seconds(2),
        maxIterations: 200
    )

    // uuid: 36 bytes of lowercase hex text, or 16 raw bytes.
    encoder("uuid text", UUIDText.self)
    encoder("uuid binary", UUIDBinary.self)
    // timestamptz: ISO 8601 in UTC (`2026-03-01T12:34:56.123456+00:00`), or int8 microseconds since 2000.
    encoder("timestamptz text", TimestampText.self)
    encoder("timestamptz binary", TimestampBinary.self)
    // numeric from integer minor units: `1234.56`, or base-10000 digit groups.
    encoder("numeric text", NumericText.self)
    encoder("numeric binary", NumericBinary.self)
    // Text fields: CSV quoting (PostgreSQL's FORMAT csv) and COPY text escaping.
    encoder("csv field", CSVField.self)
    encoder("copy text field", CopyTextField.self)
    // jsonb: writing a metadata document with JSONWriter (per document), and a written
    // document into a CSV field (every quote doubled) or a COPY text field.
    encoder("json document (JSONWriter)", JSONDocument.self)
    encoder("json document csv field", JSONDocumentCSV.self)
    encoder("json document copy text field", JSONDocumentCopyText.self)
}
