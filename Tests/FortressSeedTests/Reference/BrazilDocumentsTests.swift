import FortressSeed
import Testing

@Suite struct BrazilDocumentsTests {
    static let validCPFs = ["123.456.789-09", "529.982.247-25", "111.444.777-35"]
    static let validNumericCNPJs = ["11.222.333/0001-81", "11.444.777/0001-61"]
    static let alphanumericExample = "12.ABC.345/01DE-35"

    static func digits(_ text: String) -> [Int] {
        text.utf8.filter { (0x30...0x39).contains($0) }.map { Int($0) - 48 }
    }

    /// `text` with its `index`-th character replaced.
    static func replacing(_ text: String, at index: Int, with byte: UInt8) -> String {
        var bytes = Array(text.utf8)
        bytes[index] = byte
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: CPF

    @Test("CPF check digits match the Receita's examples")
    func cpfCheckDigits() {
        #expect(BrazilDocuments.cpfCheckDigits(base9: [1, 2, 3, 4, 5, 6, 7, 8, 9]) == (0, 9))
        #expect(BrazilDocuments.cpfCheckDigits(base9: [5, 2, 9, 9, 8, 2, 2, 4, 7]) == (2, 5))
        #expect(BrazilDocuments.formatCPF(BrazilDocuments.cpfDigits(base9: [1, 2, 3, 4, 5, 6, 7, 8, 9]))
            == "123.456.789-09")
    }

    @Test("Known valid CPFs validate masked and bare", arguments: validCPFs)
    func cpfValid(cpf: String) {
        #expect(BrazilDocuments.isValidCPF(cpf))
        let bare = String(decoding: cpf.utf8.filter { (0x30...0x39).contains($0) }, as: UTF8.self)
        #expect(BrazilDocuments.isValidCPF(bare))
        #expect(BrazilDocuments.formatCPF(Self.digits(cpf)) == cpf)
    }

    /// Single-digit changes of `text` (masked) that still validate, as (index, new character).
    static func undetectedDigitChanges(_ text: String, isValid: (String) -> Bool) -> [(Int, Character)] {
        let bytes = Array(text.utf8)
        var undetected: [(Int, Character)] = []
        for position in bytes.indices where (0x30...0x39).contains(bytes[position]) {
            for digit in UInt8(ascii: "0")...UInt8(ascii: "9") where digit != bytes[position] {
                if isValid(replacing(text, at: position, with: digit)) {
                    undetected.append((position, Character(Unicode.Scalar(digit))))
                }
            }
        }
        return undetected
    }

    @Test("Single-digit changes of a valid CPF are detected, bar the mod-11 collapse")
    func cpfCorruption() {
        // Remainders 0 and 1 both give check digit 0, and the first digit's weight for the
        // second check digit is 11 ≡ 0, so 123.456.789-09 and 223.456.789-09 are both valid
        // CPFs. About one CPF in six has such a blind spot; the Receita's algorithm, not a bug.
        #expect(Self.undetectedDigitChanges("529.982.247-25", isValid: BrazilDocuments.isValidCPF).isEmpty)
        #expect(Self.undetectedDigitChanges("111.444.777-35", isValid: BrazilDocuments.isValidCPF).isEmpty)
        let blind = Self.undetectedDigitChanges("123.456.789-09", isValid: BrazilDocuments.isValidCPF)
        #expect(blind.map(\.0) == [0] && blind.map(\.1) == ["2"])
        #expect(BrazilDocuments.isValidCPF("223.456.789-09"))
    }

    @Test("Changing a CPF check digit is always detected")
    func cpfCheckDigitCorruption() {
        for serial in stride(from: 0, to: BrazilDocuments.cpfSerialCount, by: 3_333_331) {
            let digits = BrazilDocuments.cpfDigits(base9: BrazilDocuments.cpfBase9(serial: serial))
            let cpf = BrazilDocuments.formatCPF(digits)
            for position in [12, 13] {
                for digit in UInt8(ascii: "0")...UInt8(ascii: "9") where digit != Array(cpf.utf8)[position] {
                    #expect(!BrazilDocuments.isValidCPF(Self.replacing(cpf, at: position, with: digit)))
                }
            }
        }
    }

    @Test("All-same-digit CPFs are rejected although their check digits add up")
    func cpfRepdigits() {
        for digit in 0...9 {
            let digits = [Int](repeating: digit, count: 11)
            #expect(BrazilDocuments.cpfDigits(base9: Array(digits[0..<9])) == digits)
            let masked = BrazilDocuments.formatCPF(digits)
            #expect(!BrazilDocuments.isValidCPF(masked), "\(masked)")
            #expect(!BrazilDocuments.isValidCPF(String(decoding: masked.utf8.filter { $0 != 0x2E && $0 != 0x2D },
                                                         as: UTF8.self)))
        }
    }

    @Test("Malformed CPFs are rejected")
    func cpfMalformed() {
        for text in ["", "123.456.789-0", "123.456.789-090", "123456789-09", "123.456.78909", "123-456-789.09",
                     "1234567890", "123456789012", "12a.456.789-09", "１23.456.789-09", " 123.456.789-09"] {
            #expect(!BrazilDocuments.isValidCPF(text), "\(text)")
        }
    }

    @Test("CPF serials map to increasing, valid, non-repdigit bases")
    func cpfSerials() {
        #expect(BrazilDocuments.cpfBase9(serial: 0) == [0, 0, 0, 0, 0, 0, 0, 0, 1])
        #expect(BrazilDocuments.cpfBase9(serial: 111_111_109) == [1, 1, 1, 1, 1, 1, 1, 1, 0])
        #expect(BrazilDocuments.cpfBase9(serial: 111_111_110) == [1, 1, 1, 1, 1, 1, 1, 1, 2])
        #expect(BrazilDocuments.cpfBase9(serial: BrazilDocuments.cpfSerialCount - 1) == [9, 9, 9, 9, 9, 9, 9, 9, 8])
        var serials = Array(stride(from: 0, to: BrazilDocuments.cpfSerialCount, by: 9_999_991))
        for repeated in 1...9 {
            let around = repeated * 111_111_111 - repeated
            serials += ((around - 3)...(around + 3)).filter { $0 < BrazilDocuments.cpfSerialCount }
        }
        serials.sort()
        var previous = -1
        for serial in serials {
            let base = BrazilDocuments.cpfBase9(serial: serial)
            let value = base.reduce(0) { $0 * 10 + $1 }
            #expect(value > previous, "serial \(serial)")
            previous = value
            #expect(Set(base).count > 1)
            #expect(BrazilDocuments.isValidCPF(BrazilDocuments.formatCPF(BrazilDocuments.cpfDigits(base9: base))))
        }
    }

    @Test("Regional CPF serials end with the region digit and skip the repdigit")
    func cpfRegionalSerials() {
        for region in 0...9 {
            let skip = region * 11_111_111
            for serial in [0, 1, skip - 1, skip, skip + 1, BrazilDocuments.cpfRegionalSerialCount - 1]
            where (0..<BrazilDocuments.cpfRegionalSerialCount).contains(serial) {
                let base = BrazilDocuments.cpfBase9(serial: serial, fiscalRegion: region)
                #expect(base.count == 9 && base[8] == region)
                #expect(Set(base).count > 1, "region \(region) serial \(serial)")
                #expect(BrazilDocuments.isValidCPF(BrazilDocuments.formatCPF(BrazilDocuments.cpfDigits(base9: base))))
            }
        }
        // Around the skipped repdigit 555555555 the prefixes jump by two.
        #expect(BrazilDocuments.cpfBase9(serial: 55_555_554, fiscalRegion: 5) == [5, 5, 5, 5, 5, 5, 5, 4, 5])
        #expect(BrazilDocuments.cpfBase9(serial: 55_555_555, fiscalRegion: 5) == [5, 5, 5, 5, 5, 5, 5, 6, 5])
    }

    // MARK: CNPJ

    @Test("Numeric CNPJ check digits and formatting")
    func cnpjNumeric() {
        #expect(BrazilDocuments.cnpjCheckDigits(base12: [1, 1, 2, 2, 2, 3, 3, 3, 0, 0, 0, 1]) == (8, 1))
        let digits = BrazilDocuments.cnpjDigits(root: 11_222_333, branch: 1)
        #expect(digits == [1, 1, 2, 2, 2, 3, 3, 3, 0, 0, 0, 1, 8, 1])
        #expect(BrazilDocuments.formatCNPJ(digits) == "11.222.333/0001-81")
        #expect(BrazilDocuments.formatCNPJ(BrazilDocuments.cnpjDigits(root: 11_444_777, branch: 1))
            == "11.444.777/0001-61")
    }

    @Test("Known valid CNPJs validate masked and bare",
          arguments: validNumericCNPJs + [alphanumericExample])
    func cnpjValid(cnpj: String) {
        #expect(BrazilDocuments.isValidCNPJ(cnpj))
        let bare = String(decoding: cnpj.utf8.filter { ![0x2E, 0x2F, 0x2D].contains($0) }, as: UTF8.self)
        #expect(bare.utf8.count == 14)
        #expect(BrazilDocuments.isValidCNPJ(bare))
        #expect(BrazilDocuments.formatAlphanumericCNPJ(Array(bare.utf8)) == cnpj)
    }

    @Test("The Receita's alphanumeric example: 12.ABC.345/01DE-35")
    func cnpjAlphanumericExample() {
        let base = Array("12ABC34501DE".utf8)
        #expect(BrazilDocuments.alphanumericCNPJCheckDigits(base12: base) == (3, 5))
        let full = BrazilDocuments.alphanumericCNPJ(base12: base)
        #expect(BrazilDocuments.formatAlphanumericCNPJ(full) == "12.ABC.345/01DE-35")
        #expect(!BrazilDocuments.isValidCNPJ("12.abc.345/01de-35"), "letters must be uppercase")
        #expect(!BrazilDocuments.isValidCNPJ("12.ABC.345/01DE-3A"), "check digits are numeric")
        #expect(!BrazilDocuments.isValidCNPJ("12.ABC.345/01DE-53"))
    }

    @Test("Alphanumeric check digits equal numeric ones on all-digit bases")
    func cnpjAlphanumericAgreesWithNumeric() {
        for root in stride(from: 0, to: 99_999_999, by: 7_777_777) {
            for branch in [1, 2, 10, 9_999] {
                let digits = BrazilDocuments.cnpjDigits(root: root, branch: branch)
                let ascii = digits.prefix(12).map { UInt8(ascii: "0") + UInt8($0) }
                let (first, second) = BrazilDocuments.alphanumericCNPJCheckDigits(base12: ascii)
                #expect([first, second] == Array(digits.suffix(2)))
                #expect(BrazilDocuments.cnpjCheckDigits(base12: Array(digits.prefix(12))) == (first, second))
                #expect(BrazilDocuments.isValidCNPJ(BrazilDocuments.formatCNPJ(digits)))
            }
        }
    }

    @Test("Every single-digit change of these valid CNPJs is detected",
          arguments: validNumericCNPJs + [alphanumericExample])
    func cnpjDigitCorruption(cnpj: String) {
        // The mod-11 collapse can hide a change in other CNPJs, as with CPFs; not in these.
        #expect(Self.undetectedDigitChanges(cnpj, isValid: BrazilDocuments.isValidCNPJ).isEmpty)
    }

    @Test("Alphanumeric substitutions are detected unless the values differ by a multiple of 11")
    func cnpjLetterCorruption() {
        let bytes = Array(Self.alphanumericExample.utf8)
        let alphabet = BrazilDocuments.alphanumericCNPJAlphabet
        var undetected = 0
        for position in bytes.indices.prefix(15) where alphabet.contains(bytes[position]) {
            for replacement in alphabet where replacement != bytes[position] {
                let corrupted = Self.replacing(Self.alphanumericExample, at: position, with: replacement)
                let delta = Int(replacement) - Int(bytes[position])
                // Inherent to IN RFB 2.229/2024: 'A' (17) and '6' (6) weigh the same modulo 11.
                #expect(BrazilDocuments.isValidCNPJ(corrupted) == (delta % 11 == 0), "\(corrupted)")
                if delta % 11 == 0 { undetected += 1 }
            }
        }
        #expect(undetected > 0)
    }

    @Test("All-same-character and malformed CNPJs are rejected")
    func cnpjInvalid() {
        for digit in 0...9 {
            let digits = [Int](repeating: digit, count: 14)
            #expect(!BrazilDocuments.isValidCNPJ(BrazilDocuments.formatCNPJ(digits)))
        }
        #expect(BrazilDocuments.cnpjCheckDigits(base12: [Int](repeating: 0, count: 12)) == (0, 0),
                "00.000.000/0000-00 adds up, so only the repdigit rule rejects it")
        for text in ["", "11.222.333/0001-8", "11.222.333/0001-811", "11.222.333.0001-81", "11222333/000181",
                     "11.222.333/0001-18", "1a.222.333/0001-81", "AA.AAA.AAA/AAAA-AA", "11.222.333/0001 81"] {
            #expect(!BrazilDocuments.isValidCNPJ(text), "\(text)")
        }
    }

    @Test("Alphanumeric serials give distinct valid bases")
    func cnpjAlphanumericSerials() {
        #expect(BrazilDocuments.alphanumericCNPJBase12(rootSerial: 0, branchSerial: 1) == Array("000000000001".utf8))
        #expect(BrazilDocuments.alphanumericCNPJBase12(rootSerial: 35, branchSerial: 36)
            == Array("0000000Z0010".utf8))
        #expect(BrazilDocuments.alphanumericCNPJBase12(rootSerial: 2_821_109_907_455, branchSerial: 1_679_615)
            == Array("ZZZZZZZZZZZZ".utf8))
        var seen = Set<[UInt8]>()
        for rootSerial in stride(from: 0, to: 2_821_109_907_456, by: 97_000_000_001) {
            for branchSerial in [1, 37, 1_679_615] {
                let base = BrazilDocuments.alphanumericCNPJBase12(rootSerial: rootSerial, branchSerial: branchSerial)
                #expect(seen.insert(base).inserted)
                let full = BrazilDocuments.alphanumericCNPJ(base12: base)
                #expect(BrazilDocuments.isValidCNPJ(BrazilDocuments.formatAlphanumericCNPJ(full)))
                #expect(BrazilDocuments.isValidCNPJ(String(decoding: full, as: UTF8.self)))
            }
        }
    }
}
