/// Reading and masking libpq connection strings (URLs and `key=value` strings).
///
/// Every message that names a database goes through `masked(_:)`, so a
/// password given in a URL (`postgresql://u:secret@h/db`), a URL parameter
/// (`?password=secret`) or a keyword string (`password='se cret'`) is
/// shown as `****`. The rest of the string is kept so the user can see
/// which server was meant.
public enum ConnectionString {
    /// What passwords are replaced with.
    public static let mask = "****"

    /// Connection options whose values are secrets.
    static let secretKeys: Set<String> = ["password", "sslpassword"]

    /// Whether `conninfo` is a URL (`postgresql://` or `postgres://`) rather than keywords.
    public static func isURL(_ conninfo: String) -> Bool {
        conninfo.hasPrefix("postgresql://") || conninfo.hasPrefix("postgres://")
    }

    /// `conninfo` with every password replaced by `****`.
    public static func masked(_ conninfo: String) -> String {
        isURL(conninfo) ? maskedURL(conninfo) : maskedKeywords(conninfo)
    }

    /// Masks the userinfo password and any `password=` query parameter of a URL.
    static func maskedURL(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var authority = String(rest[..<authorityEnd])
        if let at = authority.lastIndex(of: "@") {
            let userinfo = authority[..<at]
            if let colon = userinfo.firstIndex(of: ":") {
                authority = String(userinfo[..<colon]) + ":" + mask + String(authority[at...])
            }
        }
        var tail = String(rest[authorityEnd...])
        if let q = tail.firstIndex(of: "?") {
            let params = tail[tail.index(after: q)...].split(separator: "&", omittingEmptySubsequences: false).map { p -> String in
                let key = p.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
                return secretKeys.contains(key.lowercased()) ? key + "=" + mask : String(p)
            }
            tail = String(tail[..<q]) + "?" + params.joined(separator: "&")
        }
        return String(url[..<schemeEnd.upperBound]) + authority + tail
    }

    /// Masks `password = value` in a keyword string, quoted or not.
    static func maskedKeywords(_ s: String) -> String {
        let chars = Array(s)
        var out = ""
        var i = 0
        while i < chars.count {
            // Copy whitespace between pairs.
            while i < chars.count && chars[i].isWhitespace { out.append(chars[i]); i += 1 }
            var key = ""
            while i < chars.count && chars[i] != "=" && !chars[i].isWhitespace { key.append(chars[i]); i += 1 }
            out += key
            while i < chars.count && chars[i].isWhitespace { out.append(chars[i]); i += 1 }
            guard i < chars.count && chars[i] == "=" else { continue }
            out.append("="); i += 1
            while i < chars.count && chars[i].isWhitespace { out.append(chars[i]); i += 1 }
            var value = ""
            if i < chars.count && chars[i] == "'" {
                value.append("'"); i += 1
                while i < chars.count && chars[i] != "'" {
                    if chars[i] == "\\" && i + 1 < chars.count { value.append(chars[i]); i += 1 }
                    value.append(chars[i]); i += 1
                }
                if i < chars.count { value.append("'"); i += 1 }
            } else {
                while i < chars.count && !chars[i].isWhitespace {
                    if chars[i] == "\\" && i + 1 < chars.count { value.append(chars[i]); i += 1 }
                    value.append(chars[i]); i += 1
                }
            }
            out += secretKeys.contains(key.lowercased()) ? mask : value
        }
        return out
    }

    /// Query parameters Prisma's `DATABASE_URL` may carry that libpq rejects.
    ///
    /// The spec's applications use Prisma, whose URLs add these; `schema`
    /// becomes the session's `search_path`, the others only matter to Prisma.
    public static let prismaOnlyParameters: Set<String> = [
        "schema", "connection_limit", "pool_timeout", "pgbouncer", "sslaccept", "socket_timeout",
        "statement_cache_size", "sslidentity",
    ]

    /// Splits a URL into the part libpq accepts and Prisma's `schema` parameter.
    ///
    /// Keyword strings and URLs without Prisma parameters are returned unchanged.
    public static func withoutPrismaParameters(_ conninfo: String) -> (conninfo: String, schema: String?) {
        guard isURL(conninfo), let q = conninfo.firstIndex(of: "?") else { return (conninfo, nil) }
        var schema: String?
        var kept: [Substring] = []
        for p in conninfo[conninfo.index(after: q)...].split(separator: "&") {
            let parts = p.split(separator: "=", maxSplits: 1)
            let key = parts.first.map { $0.lowercased() } ?? ""
            if key == "schema", parts.count == 2 { schema = percentDecoded(String(parts[1])) }
            if !prismaOnlyParameters.contains(key) { kept.append(p) }
        }
        let base = String(conninfo[..<q])
        return (kept.isEmpty ? base : base + "?" + kept.joined(separator: "&"), schema)
    }

    private static func percentDecoded(_ s: String) -> String {
        var bytes: [UInt8] = []
        var it = Array(s.utf8)[...]
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%"), it.count >= 2,
               let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
