import FortressSeed
import Testing

@Suite struct GroceryCodesTests {
    /// Real, printed barcodes.
    static let knownValid = ["7891000315507", "4006381333931", "5901234123457", "7894900011517", "0036000291452"]

    @Test("Known real EAN-13 codes validate", arguments: knownValid)
    func knownCodes(code: String) {
        #expect(GroceryCodes.isValidEAN13(code))
        let digits = code.utf8.map { Int($0 - UInt8(ascii: "0")) }
        #expect(GroceryCodes.ean13CheckDigit(Array(digits[0..<12])) == digits[12])
    }

    @Test("Every single-digit corruption is detected", arguments: knownValid)
    func corruption(code: String) {
        let bytes = Array(code.utf8)
        for position in 0..<13 {
            for digit in UInt8(ascii: "0")...UInt8(ascii: "9") where digit != bytes[position] {
                var corrupted = bytes
                corrupted[position] = digit
                #expect(!GroceryCodes.isValidEAN13(String(decoding: corrupted, as: UTF8.self)),
                        "\(code) with \(position) → \(digit - 48)")
            }
        }
    }

    @Test("Malformed EAN-13 strings are rejected")
    func malformed() {
        for text in ["", "789100031550", "78910003155070", "789100031550X", "7891000 15507", "７891000315507",
                     "-891000315507", "7891000315508"] {
            #expect(!GroceryCodes.isValidEAN13(text), "\(text)")
        }
    }

    @Test("ean13(prefix:company:item:) is prefix, 4-digit company, 5-digit item, check digit")
    func composition() {
        #expect(GroceryCodes.ean13(prefix: 789, company: 1_000, item: 31_550) == "7891000315507")
        #expect(GroceryCodes.ean13Value(prefix: 789, company: 1_000, item: 31_550) == 7_891_000_315_507)
        #expect(GroceryCodes.ean13CheckDigit([7, 8, 9, 1, 0, 0, 0, 3, 1, 5, 5, 0]) == 7)
        for prefix in GroceryCodes.gs1BrasilPrefixes {
            for company in [0, 1, 4_321, 9_999] {
                for item in [0, 7, 12_345, 99_999] {
                    let code = GroceryCodes.ean13(prefix: prefix, company: company, item: item)
                    #expect(code.utf8.count == 13)
                    #expect(code.hasPrefix(String(prefix)))
                    #expect(GroceryCodes.isValidEAN13(code), "\(code)")
                }
            }
        }
    }

    @Test("ean13(serial:) is injective and valid")
    func serials() {
        var seen = Set<String>()
        let serials = Array(0..<20_000) + [999_999_999, 1_000_000_000, GroceryCodes.ean13SerialCount - 1]
            + stride(from: 20_000, to: GroceryCodes.ean13SerialCount, by: 7_777_777).map { $0 }
        for serial in serials {
            let code = GroceryCodes.ean13(serial: serial)
            #expect(GroceryCodes.isValidEAN13(code))
            #expect(seen.insert(code).inserted, "serial \(serial) repeats \(code)")
        }
        #expect(GroceryCodes.ean13(serial: 0) == GroceryCodes.ean13(prefix: 789, company: 0, item: 0))
        #expect(GroceryCodes.ean13(serial: 1_000_000_000).hasPrefix("790"))
    }

    @Test("NCM formatting keeps leading zeros")
    func ncm() {
        #expect(GroceryCodes.formatNCM(1006_30_21) == "1006.30.21")
        #expect(GroceryCodes.formatNCM(0401_10_10) == "0401.10.10")
        #expect(GroceryCodes.formatNCM(2203_00_00) == "2203.00.00")
        #expect(GroceryCodes.formatNCM(0) == "0000.00.00")
        #expect(GroceryCodes.ncmHeading(3401_11_90) == 3401)
    }

    @Test("SKUs: department code, padded index, Luhn digit")
    func skuFormat() {
        #expect(GroceryCodes.sku(department: .mercearia, index: 123) == "MER-000123-0")
        #expect(GroceryCodes.sku(department: .acougue, index: 0) == "ACO-000000-0")
        #expect(GroceryCodes.sku(department: .pet, index: 1_234_567).hasPrefix("PET-1234567-"))
        for text in ["MER-000123-1", "MER-00123-0", "XXX-000123-0", "MER-000123", "MER-0001234-0", "MER-00012a-0",
                     "MER-000123-", "MER-000123-00"] {
            #expect(!GroceryCodes.isValidSKU(text), "\(text)")
        }
    }

    @Test("SKUs are injective over a large range, across departments, and validate")
    func skuInjective() {
        var seen = Set<String>()
        for department in GroceryDepartment.allCases {
            for index in stride(from: 0, to: 2_000_000, by: 97) {
                let sku = GroceryCodes.sku(department: department, index: index)
                #expect(seen.insert(sku).inserted, "\(sku) repeats")
            }
        }
        var dense = Set<String>()
        for index in 0..<150_000 {
            dense.insert(GroceryCodes.sku(department: .mercearia, index: index))
        }
        #expect(dense.count == 150_000)
        for index in [0, 9, 999_999, 1_000_000, 123_456_789] {
            #expect(GroceryCodes.isValidSKU(GroceryCodes.sku(department: .limpeza, index: index)))
        }
    }

    @Test("A single wrong digit in a SKU is detected")
    func skuCorruption() {
        for index in [0, 123, 98_765, 4_000_321] {
            let bytes = Array(GroceryCodes.sku(department: .bebidas, index: index).utf8)
            for position in bytes.indices where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                for digit in UInt8(ascii: "0")...UInt8(ascii: "9") where digit != bytes[position] {
                    var corrupted = bytes
                    corrupted[position] = digit
                    #expect(!GroceryCodes.isValidSKU(String(decoding: corrupted, as: UTF8.self)))
                }
            }
        }
    }
}
