import FortressSeed
import Testing

@Suite struct MerchantCatalogTests {
    @Test("MCCs print as four zero-padded digits")
    func mccCode() {
        #expect(MerchantCategoryCode(rawValue: 5411).code == "5411")
        #expect((742 as MerchantCategoryCode).code == "0742")
        #expect((1 as MerchantCategoryCode).code == "0001")
        #expect(MerchantCategoryCode(rawValue: 4121) < MerchantCategoryCode(rawValue: 5411))
    }

    @Test("At least 40 kinds with unique keys, positive weights and amounts")
    func kinds() {
        let kinds = MerchantCatalogData.kinds
        #expect(kinds.count >= 40)
        #expect(Set(kinds.map(\.key)).count == kinds.count)
        #expect(MerchantCatalogData.mccs.count >= 40)
        for kind in kinds {
            #expect(kind.weight > 0, "\(kind.key)")
            #expect(kind.typicalAmountCents.lowerBound > 0 && kind.typicalAmountCents.count > 1, "\(kind.key)")
            #expect(MerchantCatalogData.kind(key: kind.key)?.mcc == kind.mcc)
        }
        #expect(MerchantCatalogData.kind(key: "nope") == nil)
    }

    @Test("Name parts are non-empty, trimmed, unique and positively weighted")
    func nameParts() {
        for kind in MerchantCatalogData.kinds {
            for parts in [kind.prefixes, kind.suffixes] {
                #expect(parts.count >= 2, "\(kind.key)")
                #expect(Set(parts.map(\.value)).count == parts.count, "\(kind.key)")
                for (part, weight) in parts {
                    #expect(weight > 0)
                    #expect(!part.isEmpty && part.first != " " && part.last != " ", "\(kind.key): \(part)")
                }
            }
            #expect(kind.nameCount >= 16, "\(kind.key) offers few names")
        }
    }

    @Test("Every merchant name in the catalog is distinct")
    func distinctNames() {
        var seen: [String: String] = [:]
        var total = 0
        for kind in MerchantCatalogData.kinds {
            for index in 0..<kind.nameCount {
                let name = kind.name(at: index)
                if let other = seen.updateValue(kind.key, forKey: name) {
                    Issue.record("\(name) is both \(other) and \(kind.key)")
                }
                total += 1
            }
        }
        #expect(seen.count == total)
        #expect(total >= 2_000)
    }

    @Test("Names are prefix, space, suffix; name(at:) enumerates them suffix-first")
    func nameTemplate() throws {
        let supermarket = try #require(MerchantCatalogData.kind(key: "supermarket"))
        #expect(supermarket.mcc == 5411)
        #expect(supermarket.category == "Supermercado")
        #expect(supermarket.name(prefix: 0, suffix: 0) == "Supermercado Bom Preço")
        #expect(supermarket.name(at: 0) == "Supermercado Bom Preço")
        #expect(supermarket.name(at: 1) == "Supermercado São Jorge")
        #expect(supermarket.name(at: supermarket.suffixes.count) == "Mercado Bom Preço")
        let pharmacy = try #require(MerchantCatalogData.kind(key: "pharmacy"))
        #expect(pharmacy.mcc == 5912 && pharmacy.prefixes[0].value == "Drogaria")
        #expect(MerchantCatalogData.kind(key: "fuel-station")?.mcc == 5541)
        #expect(MerchantCatalogData.kind(key: "streaming")?.isRecurring == true)
    }

    // MARK: Category tree

    @Test("The tree has at least 8 top-level categories of 2 to 6 uniquely named children")
    func treeShape() {
        let categories = CategoryTreeTemplate.categories
        #expect(categories.count >= 8)
        #expect(Set(categories.map(\.name)).count == categories.count)
        let expected: Set<String> = [
            "Alimentação", "Moradia", "Transporte", "Saúde", "Educação", "Lazer", "Compras",
            "Serviços Financeiros", "Receitas",
        ]
        #expect(expected.isSubset(of: Set(categories.map(\.name))))
        var childNames: [String] = []
        for category in categories {
            #expect((2...6).contains(category.children.count), "\(category.name)")
            childNames += category.children.map(\.name)
        }
        #expect(Set(childNames).count == childNames.count, "subcategory names are unique across the tree")
        #expect(Set(childNames).isDisjoint(with: Set(categories.map(\.name))))
        #expect(Set(categories.map(\.kind)) == Set(CategoryKind.allCases))
        for category in categories where category.kind != .expense {
            #expect(category.children.allSatisfy { $0.mccs.isEmpty }, "\(category.name) has no merchants")
        }
    }

    @Test("The brief's examples sit where expected")
    func treeExamples() throws {
        let food = try #require(CategoryTreeTemplate.categories.first { $0.name == "Alimentação" })
        #expect(Set(food.children.map(\.name)).isSuperset(of: ["Supermercado", "Restaurantes", "Padaria", "Delivery"]))
        let home = try #require(CategoryTreeTemplate.categories.first { $0.name == "Moradia" })
        #expect(Set(home.children.map(\.name)).isSuperset(of: ["Aluguel", "Energia", "Condomínio"]))
        let path = try #require(CategoryTreeTemplate.path(ofSubcategory: "Supermercado"))
        #expect(path.category.name == "Alimentação" && path.subcategory.mccs == [5411])
        #expect(CategoryTreeTemplate.path(ofSubcategory: "Nada") == nil)
    }

    @Test("Tree MCCs and merchant MCCs are the same set")
    func mccsMatch() {
        #expect(CategoryTreeTemplate.mccs == MerchantCatalogData.mccs)
        #expect(CategoryTreeTemplate.mccs.count >= 40)
    }

    @Test("An MCC shared by several subcategories is told apart by keywords")
    func sharedMCCs() {
        var owners: [MerchantCategoryCode: [SubcategoryTemplate]] = [:]
        for category in CategoryTreeTemplate.categories {
            for child in category.children {
                for mcc in child.mccs { owners[mcc, default: []].append(child) }
                #expect(Set(child.mccs).count == child.mccs.count)
            }
        }
        for (mcc, children) in owners where children.count > 1 {
            #expect(children.filter(\.nameKeywords.isEmpty).count <= 1, "MCC \(mcc.code)")
        }
        #expect(owners[4900]?.map(\.name) == ["Energia", "Água e saneamento"])
    }

    @Test("Every catalog name resolves to its kind's subcategory")
    func namesResolve() throws {
        for kind in MerchantCatalogData.kinds {
            let path = try #require(CategoryTreeTemplate.path(ofSubcategory: kind.category), "\(kind.key)")
            #expect(path.subcategory.mccs.contains(kind.mcc), "\(kind.key)")
            #expect(path.category.kind == .expense)
            for index in 0..<kind.nameCount {
                let name = kind.name(at: index)
                let resolved = CategoryTreeTemplate.subcategory(for: kind.mcc, merchantName: name)
                #expect(resolved == path, "\(name) (\(kind.mcc.code))")
            }
        }
    }

    @Test("Resolution examples and unknown MCCs")
    func resolution() {
        let water = CategoryTreeTemplate.subcategory(for: 4900, merchantName: "Águas do Vale")
        #expect(water?.subcategory.name == "Água e saneamento" && water?.category.name == "Moradia")
        #expect(CategoryTreeTemplate.subcategory(for: 4900, merchantName: "Força e Luz do Sul")?.subcategory.name
            == "Energia")
        #expect(CategoryTreeTemplate.subcategory(for: 5814, merchantName: "Rango Delivery")?.subcategory.name
            == "Delivery")
        #expect(CategoryTreeTemplate.subcategory(for: 5814, merchantName: "Lanchonete do Zé")?.subcategory.name
            == "Lanchonetes")
        #expect(CategoryTreeTemplate.subcategory(for: 4900, merchantName: "Utilidade X")?.subcategory.name
            == "Energia", "no keyword: the first candidate")
        #expect(CategoryTreeTemplate.subcategory(for: 1234, merchantName: "Qualquer") == nil)
    }
}
