extension FinanceModel {
    /// The bcrypt hash (cost 10) of `devPassword`, computed once with pgcrypto's
    /// `crypt('fortress-dev', gen_salt('bf', 10))`; a test verifies it on PostgreSQL.
    public static let devPasswordHash = "$2a$10$ZQEwq5LlgQuVgcGIfZBiseSQkUFcRUt1EgHHs4iWuk1nNeWejJikW"
    /// The password every generated user has under `password: dev`.
    public static let devPassword = "fortress-dev"

    /// User `u` of tenant `t` as a person (user 0 of an individual tenant is its customer).
    func person(tenant t: Int, user u: Int) -> Person {
        var g = keys.person.child(t).generator(u)
        let locale = Mix<UserLocale>.label(at: localeTable.sample(using: &g))
        return people.person(locale: locale, nowDays: scenario.nowMicros / CivilCalendar.microsPerDay, using: &g)
    }

    /// `person(tenant:user:)`'s names and city only (its first draws), without allocating.
    func personSketch(tenant t: Int, user u: Int) -> PersonSketch {
        var g = keys.person.child(t).generator(u)
        let locale = Mix<UserLocale>.label(at: localeTable.sample(using: &g))
        return people.sketch(locale: locale, nowDays: scenario.nowMicros / CivilCalendar.microsPerDay, using: &g)
    }

    /// Contact data and lifecycle times of user `u` of tenant `t`.
    func userAccess(tenant t: Int, user u: Int, tenantCreatedAt: Int64) -> UserAccess {
        var g = keys.access.child(t).generator(u)
        let hour = CivilCalendar.microsPerHour, day = CivilCalendar.microsPerDay
        let now = scenario.nowMicros
        let createdAt: Int64
        if isBusiness(t) {
            let earliest = tenantCreatedAt + hour
            createdAt = earliest >= now - day ? earliest : g.uniform(earliest...(now - day))
        } else {
            createdAt = tenantCreatedAt + g.uniform(1_000_000...600_000_000)
        }
        let lastLogin: Int64? = g.bernoulli(0.92)
            ? max(createdAt, now - Int64(g.exponential(rate: 1 / (5.0 * Double(day)))).clamped(to: 0...(400 * day)))
            : nil
        return UserAccess(
            hasEmail: !g.bernoulli(scenario.users.nullEmailShare), hasPhone: !g.bernoulli(scenario.users.nullPhoneShare),
            emailVariant: people.emailPatterns.sample(using: &g),
            emailDomain: EmailDerivation.domains[people.emailDomains.sample(using: &g)].value,
            mixedCaseEmail: g.bernoulli(0.08), isActive: true, createdAt: createdAt, lastLoginAt: lastLogin)
    }

    /// A mobile number for user `u`; `attempt` > 0 redraws after a collision in the tenant.
    func phone(tenant t: Int, user u: Int, homeDDD: Int, attempt: Int) -> String {
        var g = keys.phone.child(t).child(u).generator(attempt)
        return people.phone(homeDDD: homeDDD, using: &g)
    }

    /// `password_hash`: the shared dev hash, or a distinct hash no password matches.
    ///
    /// The unusable form is a bcrypt-shaped string prefixed with `!` (as locked
    /// accounts are marked in /etc/shadow), so no verifier accepts any password.
    func passwordHash(tenant t: Int, user u: Int) -> String {
        guard scenario.users.password == .unusable else { return Self.devPasswordHash }
        var g = keys.password.child(t).generator(u)
        let alphabet = Array("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var bytes = Array("!$2b$10$".utf8)
        for _ in 0..<53 { bytes.append(alphabet[g.uniform(below: alphabet.count)]) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
