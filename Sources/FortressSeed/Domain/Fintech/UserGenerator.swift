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
                let life = model.lifecycle(tenant: t, user: u, createdAt: access.createdAt)
                // Drawn even for erased users, so erasing one user never changes another's email.
                let email = access.hasEmail ? uniqueEmail(person, access, &emails) : nil
                let phone = access.hasPhone ? uniquePhone(t, u, person.city.ddd, &phones) : nil
                out.writer.uuid(model.userID(tenant: t, user: u))
                out.writer.uuid(tenantID)
                json.reset()
                if life.erased {
                    // Anonymized (README "Decisions"): contact data and credentials removed,
                    // profile reduced to the erasure record; ids and the ledger stay.
                    out.writer.null()
                    out.writer.null()
                    out.writer.null()
                    json.beginObject()
                    json.key("anonymized"); json.bool(true)
                    json.key("display_name"); json.string("Titular anonimizado")
                    json.endObject()
                } else {
                    out.writer.text(email)
                    out.writer.text(phone)
                    out.writer.text(model.passwordHash(tenant: t, user: u))
                    person.writeProfile(into: &json)
                }
                out.writer.json(json.buffer)
                out.writer.bool(life.isActive)
                out.writer.timestamp(micros: access.createdAt)
                // A churned user's last login is when they churned; nothing happens after it.
                if let churnAt = life.churnAt {
                    out.writer.timestamp(micros: max(access.createdAt, churnAt))
                } else {
                    out.writer.timestamp(micros: access.lastLoginAt)
                }
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
