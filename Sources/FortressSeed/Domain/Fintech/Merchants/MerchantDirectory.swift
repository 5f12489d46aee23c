/// The global merchant catalog as pure functions of the merchant index.
///
/// Merchants are allocated to kinds (supermarket, pharmacy, ...) in contiguous
/// ranges proportional to the kinds' weights, so "the merchants of kind k" is
/// a range and needs no per-merchant table; popularity within a kind is Zipf
/// over that range (index `start` is the most popular).
struct MerchantDirectory: Sendable {
    let count: Int
    let key: StreamKey
    /// `key`'s sub-streams, derived once: they are read for every transaction row.
    private let idKey: StreamKey, registeredKey: StreamKey, cityKey: StreamKey
    /// First merchant index of each kind (kinds in `MerchantCatalogData.kinds` order), plus `count`.
    let kindStart: [Int]
    let popularity: [Zipf?]
    /// Statement form of each kind's names (uppercase ASCII, as bank statements print them).
    let statementNames: [[String]]
    /// The category tree path of each kind.
    let categoryPath: [CategoryPath]
    let nowMicros: Int64
    /// Shell merchants: the least popular merchant of each kind in `shellKinds`. Ordinary
    /// customers never buy there; only a collusion ring does (fraud, `merchant_collusion`).
    let shells: [Int]

    /// Kinds whose last merchant is a shell (resellable goods: easy to fake sales of).
    static let shellKinds = MerchantCatalogData.kinds.indices.filter {
        ["electronics", "variety-store", "department-store", "clothing"].contains(MerchantCatalogData.kinds[$0].key)
    }

    init(count: Int, skew: Double, seed: UInt64, nowMicros: Int64) {
        let kinds = MerchantCatalogData.kinds
        self.count = count
        self.nowMicros = nowMicros
        key = StreamKey(seed: seed, stream: "merchants")
        idKey = key.child("id")
        registeredKey = key.child("registered")
        cityKey = key.child("city")
        // Largest-remainder allocation, at least one merchant per kind when there is room.
        let total = kinds.reduce(0.0) { $0 + $1.weight }
        let base = count >= kinds.count ? kinds.count : 0
        var sizes = kinds.map { _ in base > 0 ? 1 : 0 }
        let rest = count - base
        var remainders: [(Int, Double)] = []
        for (i, k) in kinds.enumerated() {
            let exact = Double(rest) * k.weight / total
            sizes[i] += Int(exact)
            remainders.append((i, exact - Double(Int(exact))))
        }
        var left = count - sizes.reduce(0, +)
        for (i, _) in remainders.sorted(by: { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) where left > 0 {
            sizes[i] += 1
            left -= 1
        }
        var starts = [0]
        for s in sizes { starts.append(starts[starts.count - 1] + s) }
        kindStart = starts
        popularity = sizes.map { $0 > 0 ? Zipf(n: $0, s: skew) : nil }
        shells = Self.shellKinds.compactMap { k in sizes[k] > 1 ? starts[k + 1] - 1 : nil }
        statementNames = kinds.map { kind in (0..<kind.nameCount).map { StatementText.fold(kind.name(at: $0)) } }
        categoryPath = kinds.map { kind in
            guard let path = CategoryTreeTemplate.subcategory(for: kind.mcc, merchantName: kind.name(at: 0)) else {
                preconditionFailure("merchant kind \(kind.key) has no category")
            }
            return path
        }
    }

    func kindIndex(of m: Int) -> Int {
        var lo = 0, hi = kindStart.count - 2
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if kindStart[mid] <= m { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    func id(_ m: Int) -> UUIDValue {
        var g = idKey.generator(m)
        return UUIDValue(randomBits: g.next(), g.next())
    }

    /// When merchant `m` was registered: mostly years ago, some recently; the most
    /// popular merchant of each kind is always at least three years old.
    func registeredAt(_ m: Int) -> Int64 {
        var g = registeredKey.generator(m)
        let day = CivilCalendar.microsPerDay
        let ageDays = Int64(g.exponential(rate: 1.0 / (5 * 365)).clamped(to: 1...(15 * 365)))
        // `kindStart[kindIndex(of: m)] == m`: m starts its kind (a binary search, not a scan).
        let minimum: Int64 = kindStart[kindIndex(of: m)] == m || shells.contains(m) ? 3 * 365 : 1
        return nowMicros - max(ageDays, minimum) * day - g.uniform(0...(day - 1))
    }

    /// A merchant of kind `k` by popularity, registered before `at` (falls back to the most popular).
    func pick<R: RandomNumberGenerator>(kind k: Int, at: Int64, using g: inout R) -> Int? {
        guard let zipf = popularity[k] else { return nil }
        for _ in 0..<4 {
            let m = kindStart[k] + zipf.sample(using: &g) - 1
            if registeredAt(m) < at && !shells.contains(m) { return m }
        }
        return kindStart[k]
    }

    /// The name on the merchant's sign; branches past the kind's name pool get a city.
    func name(_ m: Int, kind k: Int) -> String {
        var b = ByteBuffer(capacity: 64)
        writeName(m, kind: k, into: &b)
        return String(decoding: b.bytes, as: UTF8.self)
    }

    /// Appends `name(m, kind: k)`'s UTF-8 (`MerchantKind.name(at:)`'s "prefix suffix",
    /// then the city for branches), without building a `String`.
    func writeName(_ m: Int, kind k: Int, into b: inout ByteBuffer) {
        let kind = MerchantCatalogData.kinds[k]
        let j = m - kindStart[k]
        let index = j % kind.nameCount
        precondition((0..<kind.nameCount).contains(index), "merchant name index out of range")
        b.append(utf8: kind.prefixes[index / kind.suffixes.count].value)
        b.append(UInt8(ascii: " "))
        b.append(utf8: kind.suffixes[index % kind.suffixes.count].value)
        guard j >= kind.nameCount else { return }
        b.append(UInt8(ascii: " "))
        b.append(utf8: cityName(m))
    }

    func statementName(_ m: Int, kind k: Int) -> String {
        let names = statementNames[k]
        return names[(m - kindStart[k]) % names.count]
    }

    func city(_ m: Int) -> BrazilCity {
        BrazilGeography.cities[cityIndex(m)]
    }

    /// `city(m).name`, without copying the whole `BrazilCity`.
    func cityName(_ m: Int) -> String {
        BrazilGeography.cities[cityIndex(m)].name
    }

    private func cityIndex(_ m: Int) -> Int {
        var g = cityKey.generator(m)
        return g.uniform(below: BrazilGeography.cities.count)
    }
}
