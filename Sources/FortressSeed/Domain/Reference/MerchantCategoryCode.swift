/// An ISO 18245 merchant category code (MCC): four decimal digits, e.g. 5411 for grocery stores.
///
/// Written with leading zeros (`0742`, veterinary services), which is how the
/// `merchants.merchant_code` text column stores it.
public struct MerchantCategoryCode: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByIntegerLiteral {
    /// The code as a number, 0...9999.
    public let rawValue: Int

    public init(rawValue: Int) {
        precondition((0...9999).contains(rawValue), "an MCC has four digits")
        self.rawValue = rawValue
    }

    public init(integerLiteral value: Int) {
        self.init(rawValue: value)
    }

    /// The four-digit text form, zero-padded: "5411", "0742".
    public var code: String {
        var bytes = [UInt8](repeating: UInt8(ascii: "0"), count: 4)
        var rest = rawValue
        for index in stride(from: 3, through: 0, by: -1) {
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
