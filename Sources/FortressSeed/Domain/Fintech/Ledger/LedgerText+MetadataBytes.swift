/// `writeMetadata(_:into:scratch:)`'s document laid out directly as bytes, for the
/// transactions table (about a third of a row's cost went to `JSONWriter`'s per-key
/// bookkeeping and escape scans of literal keys and labels).
///
/// The document has a fixed shape, so keys, labels, commas and braces are literals here;
/// only the texts that come from tables (merchant name and city, the owner's city) go
/// through `JSONWriter.appendQuoted`, the writer's own escaping. The bytes are the
/// writer's, exactly: rows with a fraud mark (a nested object, rare) still take the
/// writer, and the transactions tests compare the two paths.
extension LedgerText {
    func writeMetadata(
        _ row: LedgerRow, into b: inout ByteBuffer, merchants: MerchantFragments, scratch: inout ByteBuffer, json: inout JSONWriter
    ) {
        if row.fraud.isFraud && model.scenario.fraud.markMetadata {
            json.reset()
            writeMetadata(row, into: &json, scratch: &scratch)
            b.append(json.buffer)
            return
        }
        b.append("{\"channel\":\"")
        b.append(row.channel.staticLabel)
        b.append(UInt8(ascii: "\""))
        if row.merchant >= 0 {
            merchants.write(row.merchant, kind: row.merchantKind, into: &b) { b in
                writeMerchantFields(row.merchant, kind: row.merchantKind, into: &b, scratch: &scratch)
            }
        } else if row.order >= 0 {
            b.append(",\"mcc\":\"5411\",\"merchant\":")
            Self.appendQuoted(GroceryLocations.chainName, to: &b)
            b.append(",\"order_id\":\"")
            b.appendUUID(model.retail.orderID(tenant: roster.tenant, user: row.owner, cart: row.order))
            b.append("\",\"city\":")
            Self.appendQuoted(ownerCity, to: &b)
        } else {
            b.append(",\"city\":")
            Self.appendQuoted(row.fraud.city >= 0 ? BrazilGeography.cities[Int(row.fraud.city)].name : ownerCity, to: &b)
        }
        b.append(",\"device\":\"")
        b.append(Self.deviceLabel(row))
        b.append(UInt8(ascii: "\""))
        if row.installmentCount > 1 {
            b.append(",\"installment\":{\"number\":")
            b.appendInt(Int64(row.installment))
            b.append(",\"count\":")
            b.appendInt(Int64(row.installmentCount))
            b.append(UInt8(ascii: "}"))
        }
        if row.failure != .none {
            b.append(",\"failure_reason\":\"")
            b.append(row.failure.staticLabel)
            b.append(UInt8(ascii: "\""))
        }
        if row.reverses >= 0 {
            b.append(",\"reverses\":\"")
            b.appendUUID(model.transactionID(tenant: roster.tenant, owner: row.owner, seq: row.reverses))
            b.append(UInt8(ascii: "\""))
        }
        b.append(UInt8(ascii: "}"))
    }

    /// `,"mcc":…,"merchant_id":…,"merchant":…,"city":…`: a function of the merchant (and
    /// kind) alone, so `MerchantFragments` keeps it for the next row of the same merchant.
    private func writeMerchantFields(_ m: Int, kind: Int, into b: inout ByteBuffer, scratch: inout ByteBuffer) {
        b.append(",\"mcc\":\"")
        var mcc = MerchantCatalogData.kinds[kind].mcc.rawValue
        b.appendUnsafe(maxCount: 4) { p in
            for i in stride(from: 3, through: 0, by: -1) {
                p[i] = UInt8(ascii: "0") + UInt8(mcc % 10)
                mcc /= 10
            }
            return 4
        }
        b.append("\",\"merchant_id\":\"")
        b.appendUUID(model.merchants.id(m))
        b.append("\",\"merchant\":")
        scratch.removeAll()
        model.merchants.writeName(m, kind: kind, into: &scratch)
        scratch.withUnsafeBytes { JSONWriter.appendQuoted($0, to: &b) }
        b.append(",\"city\":")
        Self.appendQuoted(model.merchants.cityName(m), to: &b)
    }

    private static func appendQuoted(_ s: String, to b: inout ByteBuffer) {
        var s = s
        s.withUTF8 { JSONWriter.appendQuoted(UnsafeRawBufferPointer($0), to: &b) }
    }
}

/// The merchant part of recent metadata documents, by merchant: popularity is Zipf, so
/// most purchase rows name a merchant seen shortly before, and copying its bytes is
/// cheaper than deriving its id, name and city again.
///
/// A direct-mapped cache of fixed-size slots allocated once per row sink (1.5 MB), so
/// lookups never allocate; a fragment longer than a slot is simply not kept. Only a
/// speed-up: a hit copies the very bytes the miss wrote.
final class MerchantFragments {
    private static let slotCount = 8_192
    private static let slotSize = 192
    /// `merchant << 16 | kind` of the fragment in each slot, or -1.
    private let tags: UnsafeMutablePointer<Int>
    private let lengths: UnsafeMutablePointer<Int>
    private let storage: UnsafeMutablePointer<UInt8>

    init() {
        tags = .allocate(capacity: Self.slotCount)
        tags.initialize(repeating: -1, count: Self.slotCount)
        lengths = .allocate(capacity: Self.slotCount)
        lengths.initialize(repeating: 0, count: Self.slotCount)
        storage = .allocate(capacity: Self.slotCount * Self.slotSize)
    }

    deinit {
        tags.deallocate()
        lengths.deallocate()
        storage.deallocate()
    }

    /// Appends merchant `m`'s fragment to `b`: from the cache, or written by `render` (and kept).
    func write(_ m: Int, kind: Int, into b: inout ByteBuffer, render: (inout ByteBuffer) -> Void) {
        let slot = m & (Self.slotCount - 1)
        let tag = m << 16 | kind
        let base = storage + slot * Self.slotSize
        if tags[slot] == tag {
            b.append(bytes: UnsafeRawBufferPointer(start: base, count: lengths[slot]))
            return
        }
        let start = b.count
        render(&b)
        let n = b.count - start
        guard n <= Self.slotSize else { return }
        b.withUnsafeBytes { UnsafeMutableRawPointer(base).copyMemory(from: $0.baseAddress! + start, byteCount: n) }
        tags[slot] = tag
        lengths[slot] = n
    }
}
