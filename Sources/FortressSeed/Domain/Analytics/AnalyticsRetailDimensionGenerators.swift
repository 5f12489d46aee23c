/// Rows of `analytics_dim_product`: one per product, as `products` describes it.
///
/// `department` is the department's display name, which is also the name of the
/// global category above the product's own (`products.category_id`'s parent), so
/// the dimension can be checked against the base tables in SQL.
struct AnalyticsProductGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        let catalog = model.retail.catalog
        for p in 0..<catalog.count {
            let f = catalog.facts(p)
            out.writer.uuid(catalog.id(p))
            out.writer.text(catalog.sku(p))
            out.writer.text(catalog.name(f))
            out.writer.text(f.brand?.name)
            out.writer.text(f.department.displayName)
            try out.endRow()
        }
    }
}

/// Rows of `analytics_dim_location`: one per location, with the `location_kind`
/// label and the state and city of its address.
struct AnalyticsLocationGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        let locations = model.retail.locations
        for l in 0..<locations.count {
            let site = locations.site(l)
            out.writer.uuid(locations.id(l))
            out.writer.text(locations.name(l))
            out.writer.label(locations.kind(l).sqlLabel)
            out.writer.text(site.uf)
            out.writer.text(site.city)
            try out.endRow()
        }
    }
}
