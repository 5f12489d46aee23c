/// CPF and CNPJ numbers with check digits exactly as the Receita Federal defines them.
///
/// Both use modulo 11: multiply each character's value by its weight, sum, take the
/// remainder r of the division by 11; the check digit is 0 when r < 2, else 11 − r.
///
/// - CPF (people): 9 base digits + 2 check digits, shown "123.456.789-09". The ninth base
///   digit is the fiscal region that issued it (`BrazilState.cpfFiscalRegion`).
/// - CNPJ (companies): 8-character root + 4-character branch ("0001" is the head office)
///   + 2 numeric check digits, shown "11.222.333/0001-81". From July 2026 (IN RFB
///   2.229/2024) root and branch may also hold uppercase letters ("12.ABC.345/01DE-35");
///   each character then counts as its ASCII code minus 48 ('0'...'9' → 0...9,
///   'A' → 17, ..., 'Z' → 42), which leaves every numeric CNPJ's check digits unchanged.
///
/// Numbers whose characters are all the same (111.111.111-11, 00.000.000/0000-00) pass the
/// arithmetic but are not issued: validation rejects them and the generators here never
/// produce them.
public enum BrazilDocuments {
    // MARK: CPF

    /// Number of serials `cpfBase9(serial:)` accepts: every 9-digit base except the ten repdigits.
    public static let cpfSerialCount = 999_999_990

    /// Number of serials `cpfBase9(serial:fiscalRegion:)` accepts per region.
    public static let cpfRegionalSerialCount = 99_999_999

    /// The two CPF check digits of a 9-digit base (each element 0...9).
    public static func cpfCheckDigits(base9: [Int]) -> (Int, Int) {
        precondition(base9.count == 9 && base9.allSatisfy { (0...9).contains($0) }, "a CPF base is 9 digits")
        var sum1 = 0, sum2 = 0
        for (index, digit) in base9.enumerated() {
            sum1 += digit * (10 - index)
            sum2 += digit * (11 - index)
        }
        let first = checkDigit(sum1)
        let second = checkDigit(sum2 + first * 2)
        return (first, second)
    }

    /// The 11 digits of the CPF with base `base9`.
    public static func cpfDigits(base9: [Int]) -> [Int] {
        let (first, second) = cpfCheckDigits(base9: base9)
        return base9 + [first, second]
    }

    /// The `serial`-th (0 ≤ serial < `cpfSerialCount`) 9-digit CPF base that is not a repdigit.
    ///
    /// A bijection in increasing order, so distinct serials give distinct CPFs.
    public static func cpfBase9(serial: Int) -> [Int] {
        precondition((0..<cpfSerialCount).contains(serial), "CPF serial out of range")
        var number = serial + 1  // skips 000000000
        for repeated in 1...9 where number >= repeated * 111_111_111 {
            number += 1
        }
        return decimalDigits(number, count: 9)
    }

    /// A CPF base issued in `fiscalRegion` (0...9): the `serial`-th 8-digit prefix
    /// (0 ≤ serial < `cpfRegionalSerialCount`) followed by the region digit, skipping the repdigit.
    public static func cpfBase9(serial: Int, fiscalRegion: Int) -> [Int] {
        precondition((0..<cpfRegionalSerialCount).contains(serial), "CPF regional serial out of range")
        precondition((0...9).contains(fiscalRegion), "a fiscal region is one digit")
        var prefix = serial
        if prefix >= fiscalRegion * 11_111_111 { prefix += 1 }
        return decimalDigits(prefix, count: 8) + [fiscalRegion]
    }

    /// "123.456.789-09" from 11 digits.
    public static func formatCPF(_ digits: [Int]) -> String {
        precondition(digits.count == 11 && digits.allSatisfy { (0...9).contains($0) }, "a CPF is 11 digits")
        return applyMask(cpfMask, to: digits.map { UInt8(ascii: "0") + UInt8($0) })
    }

    /// Whether `text` is a valid CPF, masked ("123.456.789-09") or bare ("12345678909").
    ///
    /// Rejects wrong shapes, wrong check digits and all-same-digit numbers.
    public static func isValidCPF(_ text: String) -> Bool {
        guard let chars = unmask(text, mask: cpfMask), chars.allSatisfy(isDigit) else { return false }
        let digits = chars.map { Int($0) - 48 }
        if isRepeated(chars) { return false }
        let (first, second) = cpfCheckDigits(base9: Array(digits[0..<9]))
        return digits[9] == first && digits[10] == second
    }

    // MARK: CNPJ

    /// The 36 characters a CNPJ root or branch may hold from July 2026: "0"..."9", "A"..."Z".
    public static let alphanumericCNPJAlphabet: [UInt8] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

    /// The two check digits of a numeric CNPJ base (8 root + 4 branch digits, each 0...9).
    public static func cnpjCheckDigits(base12: [Int]) -> (Int, Int) {
        precondition(base12.count == 12 && base12.allSatisfy { (0...9).contains($0) }, "a CNPJ base is 12 digits")
        return cnpjCheckDigits(values: base12)
    }

    /// The 14 digits of the numeric CNPJ with root `root` (0...99_999_999) and branch
    /// `branch` (1...9999; 1 is the head office, "0001").
    public static func cnpjDigits(root: Int, branch: Int) -> [Int] {
        precondition((0...99_999_999).contains(root), "a CNPJ root has 8 digits")
        precondition((1...9999).contains(branch), "a CNPJ branch is 0001...9999")
        let base = decimalDigits(root, count: 8) + decimalDigits(branch, count: 4)
        let (first, second) = cnpjCheckDigits(values: base)
        return base + [first, second]
    }

    /// "11.222.333/0001-81" from 14 digits.
    public static func formatCNPJ(_ digits: [Int]) -> String {
        precondition(digits.count == 14 && digits.allSatisfy { (0...9).contains($0) }, "a CNPJ is 14 digits")
        return applyMask(cnpjMask, to: digits.map { UInt8(ascii: "0") + UInt8($0) })
    }

    /// The two check digits of an alphanumeric CNPJ base: 12 ASCII codes of "0"..."9" or "A"..."Z".
    ///
    /// For an all-digit base this equals `cnpjCheckDigits(base12:)`.
    public static func alphanumericCNPJCheckDigits(base12: [UInt8]) -> (Int, Int) {
        precondition(base12.count == 12 && base12.allSatisfy(isCNPJBaseCharacter),
                     "an alphanumeric CNPJ base is 12 characters 0-9 or A-Z")
        return cnpjCheckDigits(values: base12.map { Int($0) - 48 })
    }

    /// The 14 ASCII characters of the CNPJ with alphanumeric base `base12`.
    public static func alphanumericCNPJ(base12: [UInt8]) -> [UInt8] {
        let (first, second) = alphanumericCNPJCheckDigits(base12: base12)
        return base12 + [UInt8(ascii: "0") + UInt8(first), UInt8(ascii: "0") + UInt8(second)]
    }

    /// An alphanumeric CNPJ base from two serials written in base 36 over
    /// `alphanumericCNPJAlphabet`: the root from `rootSerial` (0 ..< 36^8) and the branch
    /// from `branchSerial` (1 ..< 36^4, so never "0000").
    ///
    /// Distinct serial pairs give distinct bases.
    public static func alphanumericCNPJBase12(rootSerial: Int, branchSerial: Int) -> [UInt8] {
        precondition((0..<2_821_109_907_456).contains(rootSerial), "root serial must be below 36^8")
        precondition((1..<1_679_616).contains(branchSerial), "branch serial must be in 1..<36^4")
        return base36(rootSerial, count: 8) + base36(branchSerial, count: 4)
    }

    /// "12.ABC.345/01DE-35" from 14 ASCII characters.
    public static func formatAlphanumericCNPJ(_ characters: [UInt8]) -> String {
        precondition(characters.count == 14, "a CNPJ is 14 characters")
        return applyMask(cnpjMask, to: characters)
    }

    /// Whether `text` is a valid CNPJ, numeric or alphanumeric, masked
    /// ("12.ABC.345/01DE-35") or bare ("12ABC34501DE35").
    ///
    /// Root and branch take "0"..."9" and uppercase "A"..."Z" (lowercase is rejected); the
    /// check digits must be numeric and right; all-same-character numbers are rejected.
    public static func isValidCNPJ(_ text: String) -> Bool {
        guard let chars = unmask(text, mask: cnpjMask) else { return false }
        guard chars[0..<12].allSatisfy(isCNPJBaseCharacter), isDigit(chars[12]), isDigit(chars[13]) else {
            return false
        }
        if isRepeated(chars) { return false }
        let (first, second) = cnpjCheckDigits(values: chars[0..<12].map { Int($0) - 48 })
        return Int(chars[12]) - 48 == first && Int(chars[13]) - 48 == second
    }

    // MARK: Shared

    static let cpfMask = Array("XXX.XXX.XXX-XX".utf8)
    static let cnpjMask = Array("XX.XXX.XXX/XXXX-XX".utf8)
    static let cnpjWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]

    /// First and second check digits over 12 character values; the first uses the last 12
    /// weights (5, 4, 3, 2, 9, ..., 2), the second all 13 over the values and the first digit.
    static func cnpjCheckDigits(values: [Int]) -> (Int, Int) {
        var sum1 = 0, sum2 = 0
        for (index, value) in values.enumerated() {
            sum1 += value * cnpjWeights[index + 1]
            sum2 += value * cnpjWeights[index]
        }
        let first = checkDigit(sum1)
        let second = checkDigit(sum2 + first * cnpjWeights[12])
        return (first, second)
    }

    static func checkDigit(_ sum: Int) -> Int {
        let remainder = sum % 11
        return remainder < 2 ? 0 : 11 - remainder
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isCNPJBaseCharacter(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    static func isRepeated(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == bytes[0] }
    }

    /// The characters in the mask's "X" slots, if `text` is the bare characters or the
    /// fully masked form; nil for any other shape.
    static func unmask(_ text: String, mask: [UInt8]) -> [UInt8]? {
        let bytes = Array(text.utf8)
        let slots = mask.filter { $0 == UInt8(ascii: "X") }.count
        if bytes.count == slots { return bytes }
        guard bytes.count == mask.count else { return nil }
        var chars: [UInt8] = []
        chars.reserveCapacity(slots)
        for (byte, maskByte) in zip(bytes, mask) {
            if maskByte == UInt8(ascii: "X") {
                chars.append(byte)
            } else if byte != maskByte {
                return nil
            }
        }
        return chars
    }

    static func applyMask(_ mask: [UInt8], to characters: [UInt8]) -> String {
        var output = mask
        var next = 0
        for index in output.indices where output[index] == UInt8(ascii: "X") {
            output[index] = characters[next]
            next += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func decimalDigits(_ value: Int, count: Int) -> [Int] {
        var digits = [Int](repeating: 0, count: count)
        var rest = value
        for index in stride(from: count - 1, through: 0, by: -1) {
            digits[index] = rest % 10
            rest /= 10
        }
        return digits
    }

    static func base36(_ value: Int, count: Int) -> [UInt8] {
        var characters = [UInt8](repeating: UInt8(ascii: "0"), count: count)
        var rest = value
        for index in stride(from: count - 1, through: 0, by: -1) {
            characters[index] = alphanumericCNPJAlphabet[rest % 36]
            rest /= 36
        }
        return characters
    }
}
