/// The `email` and `phone` each user of a tenant has in `users`, before erasure.
///
/// Emails and phones must be unique per tenant (`ux_users_tenant_email` on
/// `lower(email)`, `ux_users_tenant_phone`), so a tenant's users are derived in
/// order with the taken values in a set: a collision gets a number appended
/// (email) or a redraw (phone). Memory is bounded by the largest tenant.
/// `UserGenerator` writes these values and the audit trail names them.
struct TenantContacts {
    private(set) var emails: [String?] = []
    private(set) var phones: [String?] = []
    private var takenEmails = Set<String>()
    private var takenPhones = Set<String>()

    /// Derives the contacts of every user of tenant `t`, in user order.
    mutating func load(_ model: FinanceModel, tenant t: Int) {
        emails.removeAll(keepingCapacity: true)
        phones.removeAll(keepingCapacity: true)
        takenEmails.removeAll(keepingCapacity: true)
        takenPhones.removeAll(keepingCapacity: true)
        let created = model.tenantCreatedAt(t)
        for u in 0..<model.userCount(tenant: t) {
            let person = model.person(tenant: t, user: u)
            let access = model.userAccess(tenant: t, user: u, tenantCreatedAt: created)
            emails.append(access.hasEmail ? uniqueEmail(person, access) : nil)
            phones.append(access.hasPhone ? uniquePhone(model, t, u, person.city.ddd) : nil)
        }
    }

    private mutating func uniqueEmail(_ person: Person, _ access: UserAccess) -> String {
        var email = person.email(variant: access.emailVariant, number: nil, domain: access.emailDomain, mixedCase: access.mixedCaseEmail)
        var n = 2
        while !takenEmails.insert(email.lowercased()).inserted {
            email = person.email(variant: access.emailVariant, number: n, domain: access.emailDomain, mixedCase: access.mixedCaseEmail)
            n += 1
        }
        return email
    }

    private mutating func uniquePhone(_ model: FinanceModel, _ t: Int, _ u: Int, _ homeDDD: Int) -> String {
        var attempt = 0
        while true {
            let phone = model.phone(tenant: t, user: u, homeDDD: homeDDD, attempt: attempt)
            if takenPhones.insert(phone).inserted { return phone }
            attempt += 1
        }
    }
}
