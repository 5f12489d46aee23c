/// What money in a category does to a person's balance.
public enum CategoryKind: String, CaseIterable, Sendable {
    case expense
    case income
    case transfer
}

/// A leaf of the category tree with the rule that matches card purchases to it.
public struct SubcategoryTemplate: Sendable {
    /// pt_BR name, unique across the whole tree, e.g. "Supermercado".
    public let name: String
    /// MCCs whose purchases belong here; empty for money that has no merchant (rent paid by
    /// boleto, salary, Pix).
    public let mccs: [MerchantCategoryCode]
    /// Extra words the merchant name must contain, only where an MCC is shared by several
    /// subcategories (4900 is both "Energia" and "Água e saneamento"); empty otherwise.
    public let nameKeywords: [String]
}

/// A top-level personal-finance category with its subcategories.
public struct CategoryTemplate: Sendable {
    /// pt_BR name, e.g. "Alimentação".
    public let name: String
    public let kind: CategoryKind
    /// Two to six subcategories.
    public let children: [SubcategoryTemplate]
}

/// The position of a subcategory in `CategoryTreeTemplate.categories`.
public struct CategoryPath: Hashable, Sendable {
    /// Index into `CategoryTreeTemplate.categories`.
    public let categoryIndex: Int
    /// Index into that category's `children`.
    public let childIndex: Int

    public init(categoryIndex: Int, childIndex: Int) {
        self.categoryIndex = categoryIndex
        self.childIndex = childIndex
    }

    /// The top-level category.
    public var category: CategoryTemplate { CategoryTreeTemplate.categories[categoryIndex] }
    /// The subcategory.
    public var subcategory: SubcategoryTemplate { category.children[childIndex] }
}

/// The pt_BR personal-finance category tree seeded as the global (tenant_id NULL) taxonomy.
///
/// Two levels: `categories` (Alimentação, Moradia, ...) and their `children`
/// (Supermercado, Aluguel, ...). Each child lists the MCCs that map to it, so the
/// `categories.rules` column and transaction categorisation can both be derived from
/// this one table. Every MCC here has merchants in `MerchantCatalogData` and vice versa.
///
/// ```swift
/// let path = CategoryTreeTemplate.subcategory(for: 4900, merchantName: "Águas do Vale")
/// // path?.category.name == "Moradia", path?.subcategory.name == "Água e saneamento"
/// ```
public enum CategoryTreeTemplate {
    /// The subcategory a purchase with `mcc` at `merchantName` belongs to, or nil when no
    /// subcategory lists the MCC.
    ///
    /// Among subcategories listing `mcc`, in tree order: the first whose `nameKeywords`
    /// has a word contained in `merchantName` (case-sensitive); else the first without
    /// keywords; else the first. Pure and deterministic.
    public static func subcategory(for mcc: MerchantCategoryCode, merchantName: String) -> CategoryPath? {
        var firstCandidate: CategoryPath?
        var firstWithoutKeywords: CategoryPath?
        for (categoryIndex, category) in categories.enumerated() {
            for (childIndex, child) in category.children.enumerated() where child.mccs.contains(mcc) {
                let path = CategoryPath(categoryIndex: categoryIndex, childIndex: childIndex)
                if firstCandidate == nil { firstCandidate = path }
                if child.nameKeywords.isEmpty {
                    if firstWithoutKeywords == nil { firstWithoutKeywords = path }
                } else if child.nameKeywords.contains(where: { contains(merchantName, $0) }) {
                    return path
                }
            }
        }
        return firstWithoutKeywords ?? firstCandidate
    }

    /// The path of the subcategory called `name`, or nil.
    public static func path(ofSubcategory name: String) -> CategoryPath? {
        for (categoryIndex, category) in categories.enumerated() {
            if let childIndex = category.children.firstIndex(where: { $0.name == name }) {
                return CategoryPath(categoryIndex: categoryIndex, childIndex: childIndex)
            }
        }
        return nil
    }

    /// Every MCC listed anywhere in the tree, ascending, without repeats.
    public static var mccs: [MerchantCategoryCode] {
        var codes: [MerchantCategoryCode] = []
        for category in categories {
            for child in category.children {
                for mcc in child.mccs where !codes.contains(mcc) {
                    codes.append(mcc)
                }
            }
        }
        return codes.sorted()
    }

    /// Whether `needle`'s UTF-8 bytes occur in `haystack`'s.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let text = Array(haystack.utf8)
        let pattern = Array(needle.utf8)
        if pattern.isEmpty { return true }
        if pattern.count > text.count { return false }
        for start in 0...(text.count - pattern.count) where text[start] == pattern[0] {
            if text[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }

    static func child(
        _ name: String, _ mccs: [MerchantCategoryCode] = [], keywords: [String] = []
    ) -> SubcategoryTemplate {
        SubcategoryTemplate(name: name, mccs: mccs, nameKeywords: keywords)
    }
}
