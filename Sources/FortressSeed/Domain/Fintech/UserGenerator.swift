/// Rows of `users`, tenant by tenant.
///
/// Emails and phones must be unique per tenant (`ux_users_tenant_email` on
/// `lower(email)`, `ux_users_tenant_phone`), so each tenant's users are
/// generated in order with the tenant's taken values in a set: a collision
/// gets a number appended (email) or a redraw (phone). Memory is bounded by
/// the largest tenant, not by the number of rows.
struct UserGenerator {
    let model: FinanceModel

    func generate<W: RowWriting, S: ByteSink>(into out: inout RowStream<W, S>) throws {
        var json = JSONWriter(capacity: 1024)
        var emails = Set<String>()
        var phones = Set<String>()
        for t in 0..<model.tenantCount {
            emails.removeAll(keepingCapacity: true)
            phones.removeAll(keepingCapacity: true)
            let tenantID = model.tenantID(t)
            let tenantCreated = model.tenantCreatedAt(t)
            for u in 0..<model.userCount(tenant: t) {
                let person = model.person(tenant: t, user: u)
                let access = model.userAccess(tenant: t, user: u, tenantCreatedAt: tenantCreated)
                out.writer.uuid(model.userID(tenant: t, user: u))
                out.writer.uuid(tenantID)
                out.writer.text(access.hasEmail ? uniqueEmail(person, access, &emails) : nil)
                out.writer.text(access.hasPhone ? uniquePhone(t, u, person.city.ddd, &phones) : nil)
                out.writer.text(model.passwordHash(tenant: t, user: u))
                json.reset()
                person.writeProfile(into: &json)
                out.writer.json(json.buffer)
                out.writer.bool(access.isActive)
                out.writer.timestamp(micros: access.createdAt)
                out.writer.timestamp(micros: access.lastLoginAt)
                try out.endRow()
            }
        }
    }

    private func uniqueEmail(_ person: Person, _ access: UserAccess, _ taken: inout Set<String>) -> String {
        var email = person.email(variant: access.emailVariant, number: nil, domain: access.emailDomain, mixedCase: access.mixedCaseEmail)
        var n = 2
        while !taken.insert(email.lowercased()).inserted {
            email = person.email(variant: access.emailVariant, number: n, domain: access.emailDomain, mixedCase: access.mixedCaseEmail)
            n += 1
        }
        return email
    }

    private func uniquePhone(_ t: Int, _ u: Int, _ homeDDD: Int, _ taken: inout Set<String>) -> String {
        var attempt = 0
        while true {
            let phone = model.phone(tenant: t, user: u, homeDDD: homeDDD, attempt: attempt)
            if taken.insert(phone).inserted { return phone }
            attempt += 1
        }
    }
}
