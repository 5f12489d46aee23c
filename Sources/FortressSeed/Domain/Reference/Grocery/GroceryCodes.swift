/// Barcodes, fiscal codes and SKUs for the grocery catalog: pure functions, no state.
///
/// - EAN-13 (GTIN-13), GS1's retail barcode: 12 data digits and a check digit. Weight the
///   data digits 1, 3, 1, 3, ... from the left, sum, and the check digit is
///   `(10 − sum mod 10) mod 10`. GS1 Brasil hands out prefixes 789 and 790, so a Brazilian
///   product reads `789 CCCC IIIII K`: prefix (3 digits), company (4), item (5), check (1).
///   Real company prefixes vary from 4 to 7 digits at the expense of the item number; the
///   fixed 4 + 5 split here keeps generation simple. Codes are valid but not registered.
/// - NCM (Nomenclatura Comum do Mercosul): 8 digits, shown "1006.30.21": the HS heading
///   (4), subheading (2), Mercosul item and subitem (2). `products.tax_code` holds it.
/// - SKU: "MER-000123-0", the department's `skuCode`, the sequence number and a Luhn
///   check digit; see `sku(department:index:)`.
public enum GroceryCodes {
    /// The GS1 Brasil country prefixes.
    public static let gs1BrasilPrefixes: ClosedRange<Int> = 789...790

    /// Company numbers `ean13(prefix:company:item:)` accepts: 4 digits.
    public static let companyRange: ClosedRange<Int> = 0...9_999
    /// Item numbers `ean13(prefix:company:item:)` accepts: 5 digits.
    public static let itemRange: ClosedRange<Int> = 0...99_999
    /// Number of serials `ean13(serial:)` accepts: every company and item under both prefixes.
    public static let ean13SerialCount = 2_000_000_000

    // MARK: EAN-13

    /// The check digit of 12 data digits (each 0...9): weights 1, 3, 1, 3, ... from the left.
    ///
    /// `ean13CheckDigit([7, 8, 9, 1, 0, 0, 0, 3, 1, 5, 5, 0]) == 7` (7891000315507).
    public static func ean13CheckDigit(_ twelveDigits: [Int]) -> Int {
        precondition(twelveDigits.count == 12 && twelveDigits.allSatisfy { (0...9).contains($0) },
                     "EAN-13 data is 12 digits")
        var sum = 0
        for (index, digit) in twelveDigits.enumerated() {
            sum += index % 2 == 0 ? digit : 3 * digit
        }
        return (10 - sum % 10) % 10
    }

    /// The EAN-13 `prefix CCCC IIIII K` as a 13-digit integer (7_891_000_315_507).
    ///
    /// Injective in (prefix, company, item): the data digits are their concatenation.
    public static func ean13Value(prefix: Int, company: Int, item: Int) -> Int {
        precondition(gs1BrasilPrefixes.contains(prefix), "GS1 Brasil prefix is 789 or 790")
        precondition(companyRange.contains(company), "EAN-13 company number is 4 digits")
        precondition(itemRange.contains(item), "EAN-13 item number is 5 digits")
        let data = (prefix * 10_000 + company) * 100_000 + item
        return data * 10 + ean13CheckDigit(digits(data, count: 12))
    }

    /// The EAN-13 `prefix CCCC IIIII K` as 13 ASCII digits, e.g. "7891000315507".
    public static func ean13(prefix: Int, company: Int, item: Int) -> String {
        decimalString(ean13Value(prefix: prefix, company: company, item: item), count: 13)
    }

    /// The `serial`-th EAN-13 (0 ≤ serial < `ean13SerialCount`): prefix 789 for the first
    /// billion, then 790; company and item are the serial's last 9 digits.
    ///
    /// A bijection onto the codes `ean13(prefix:company:item:)` makes, so a product's row
    /// index gives a unique barcode. To tie codes to brands instead, give each brand its own
    /// company numbers and number its products as items.
    public static func ean13(serial: Int) -> String {
        precondition((0..<ean13SerialCount).contains(serial), "EAN-13 serial out of range")
        let rest = serial % 1_000_000_000
        return ean13(prefix: 789 + serial / 1_000_000_000, company: rest / 100_000, item: rest % 100_000)
    }

    /// Whether `text` is exactly 13 ASCII digits whose last is the check digit of the rest.
    public static func isValidEAN13(_ text: String) -> Bool {
        var values: [Int] = []
        values.reserveCapacity(13)
        for byte in text.utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), values.count < 13 else { return false }
            values.append(Int(byte - UInt8(ascii: "0")))
        }
        guard values.count == 13 else { return false }
        return ean13CheckDigit(Array(values[0..<12])) == values[12]
    }

    // MARK: NCM

    /// An 8-digit NCM code as "NNNN.NN.NN", keeping leading zeros: 401_10_10 → "0401.10.10".
    public static func formatNCM(_ code: Int) -> String {
        precondition((0...99_999_999).contains(code), "an NCM code has 8 digits")
        let text = decimalString(code, count: 8)
        let utf8 = Array(text.utf8)
        let dot = UInt8(ascii: ".")
        return String(decoding: utf8[0..<4] + [dot] + utf8[4..<6] + [dot] + utf8[6..<8], as: UTF8.self)
    }

    /// The 4-digit HS heading of an NCM code (1006 for 1006.30.21).
    public static func ncmHeading(_ code: Int) -> Int {
        code / 10_000
    }

    // MARK: SKU

    /// A readable SKU: department code, `index` zero-padded to at least 6 digits and a Luhn
    /// check digit over those digits, e.g. `sku(department: .mercearia, index: 123)` is
    /// "MER-000123-0".
    ///
    /// Injective: different departments have different codes; within one, the digits are
    /// `index` in decimal (padding only up to 6 digits, so no two indices share a digit
    /// string), and the check digit is a function of them. Use one global product index, or
    /// a per-department sequence: either way no SKU repeats. Indices from 1,000,000 up simply
    /// get more digits.
    public static func sku(department: GroceryDepartment, index: Int) -> String {
        precondition(index >= 0, "SKU index is non-negative")
        let width = max(6, decimalDigitCount(index))
        let number = digits(index, count: width)
        var bytes = Array(department.skuCode.utf8)
        bytes.append(UInt8(ascii: "-"))
        for digit in number { bytes.append(UInt8(ascii: "0") + UInt8(digit)) }
        bytes.append(UInt8(ascii: "-"))
        bytes.append(UInt8(ascii: "0") + UInt8(luhnCheckDigit(number)))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `text` is a SKU `sku(department:index:)` could have made: a known department
    /// code, at least 6 digits (exactly 6 when it starts with 0 and is padded), and the right
    /// check digit.
    public static func isValidSKU(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, GroceryDepartment(skuCode: String(parts[0])) != nil,
              parts[1].count >= 6, parts[2].count == 1 else { return false }
        var number: [Int] = []
        for byte in parts[1].utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
            number.append(Int(byte - UInt8(ascii: "0")))
        }
        guard number.count == 6 || number[0] != 0 else { return false }
        guard let check = parts[2].utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(check) else {
            return false
        }
        return luhnCheckDigit(number) == Int(check - UInt8(ascii: "0"))
    }

    /// The Luhn (mod 10) digit that makes `number` + digit pass the Luhn test: catches every
    /// single-digit error and most adjacent swaps.
    static func luhnCheckDigit(_ number: [Int]) -> Int {
        var sum = 0
        for (offset, digit) in number.reversed().enumerated() {
            if offset % 2 == 0 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return (10 - sum % 10) % 10
    }

    // MARK: Digits

    /// The last `count` decimal digits of `value` (≥ 0), most significant first.
    static func digits(_ value: Int, count: Int) -> [Int] {
        var result = [Int](repeating: 0, count: count)
        var rest = value
        for position in stride(from: count - 1, through: 0, by: -1) {
            result[position] = rest % 10
            rest /= 10
        }
        return result
    }

    static func decimalDigitCount(_ value: Int) -> Int {
        var count = 1
        var rest = value / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        return count
    }

    static func decimalString(_ value: Int, count: Int) -> String {
        String(decoding: digits(value, count: count).map { UInt8(ascii: "0") + UInt8($0) }, as: UTF8.self)
    }
}
