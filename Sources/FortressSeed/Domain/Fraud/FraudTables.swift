/// Merchant kinds the patterns use, as indices into `MerchantCatalogData.kinds`, resolved once.
enum FraudTables {
    /// Card-not-present merchants where stolen cards are tested with tiny amounts.
    static let testingKinds = indices(["digital-media", "games", "food-delivery", "ride-app", "tickets", "variety-store", "cosmetics", "bookstore"])
    /// Resellable goods bought once a card works or a credit line is maxed out.
    static let bigTicketKinds = indices(["electronics", "appliances", "airline", "furniture", "department-store"])
    /// Merchants that fake sales and refunds with a ring of customers.
    static let collusionKinds = MerchantDirectory.shellKinds

    private static func indices(_ keys: [String]) -> [Int] {
        let kinds = MerchantCatalogData.kinds
        let found = keys.compactMap { key in kinds.firstIndex { $0.key == key } }
        precondition(!found.isEmpty, "fraud merchant kinds missing from the catalog")
        return found
    }
}
