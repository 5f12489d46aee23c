import FortressSeed
import Testing

@Suite struct GroceryDepartmentTests {
    @Test("At least 12 departments with slug raw values, unique names and SKU codes")
    func identities() {
        let departments = GroceryDepartment.allCases
        #expect(departments.count >= 12)
        #expect(Set(departments.map(\.rawValue)).count == departments.count)
        #expect(Set(departments.map(\.displayName)).count == departments.count)
        #expect(Set(departments.map(\.skuCode)).count == departments.count)
        let slugBytes = Set("abcdefghijklmnopqrstuvwxyz-".utf8)
        for (index, department) in departments.enumerated() {
            #expect(department.ordinal == index)
            #expect(department.rawValue.utf8.allSatisfy(slugBytes.contains), "\(department.rawValue)")
            #expect(department.skuCode.utf8.count == 3)
            #expect(department.skuCode.utf8.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) })
            #expect(GroceryDepartment(skuCode: department.skuCode) == department)
        }
        #expect(GroceryDepartment.acougue.rawValue == "acougue")
        #expect(GroceryDepartment.acougue.displayName == "Açougue")
        #expect(GroceryDepartment.hortifruti.displayName == "Hortifrúti")
        #expect(GroceryDepartment(skuCode: "XYZ") == nil)
    }

    @Test("Weights, store-brand shares and price spreads are well formed", arguments: GroceryDepartment.allCases)
    func figures(department: GroceryDepartment) {
        #expect(department.weight > 0 && department.weight.isFinite)
        #expect((0...1).contains(department.storeBrandShare))
        let price = department.price
        #expect(0 < price.minCents && price.minCents < price.medianCents && price.medianCents < price.maxCents)
        #expect(department.shelfLifeDays.lowerBound >= 1)
        #expect(GroceryDepartment.weighted.count == GroceryDepartment.allCases.count)
    }

    @Test("Subcategories are unique, non-empty and each has kinds", arguments: GroceryDepartment.allCases)
    func subcategories(department: GroceryDepartment) {
        let names = department.subcategories
        #expect(names.count >= 4)
        #expect(Set(names).count == names.count)
        let used = Set(GroceryCatalog.kinds(in: department).map(\.subcategory))
        for name in names {
            #expect(!name.isEmpty && name.first != " " && name.last != " ")
            #expect(used.contains(name), "\(department.rawValue): subcategory \(name) has no kinds")
        }
        for name in used {
            #expect(names.contains(name), "\(department.rawValue): kind subcategory \(name) is not declared")
        }
    }

    @Test("NCM headings are 4-digit, unique and exactly those the kinds use", arguments: GroceryDepartment.allCases)
    func ncmHeadings(department: GroceryDepartment) {
        let headings = department.ncmHeadings
        #expect(Set(headings).count == headings.count)
        for heading in headings {
            #expect((101...9_706).contains(heading), "\(heading)")
        }
        let used = Set(GroceryCatalog.kinds(in: department).map { GroceryCodes.ncmHeading($0.ncm) })
        #expect(used == Set(headings), "\(department.rawValue): used \(used.sorted()), declared \(headings)")
    }
}
