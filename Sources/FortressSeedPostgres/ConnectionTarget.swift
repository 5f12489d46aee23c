/// Which database to connect to, resolved the way the Fortress applications do.
///
/// `--database-url` wins, else `DATABASE_URL` (the Prisma convention of the
/// spec), else an empty conninfo, which makes libpq read its own `PGHOST`,
/// `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGSERVICE`, `~/.pg_service.conf`,
/// `~/.pgpass` ... So every libpq option (`sslmode`, `sslrootcert`,
/// `target_session_attrs`, multiple hosts) passes through, as URL query
/// parameters or keywords. Prisma's own parameters (`?schema=`) are taken
/// out; `schema` becomes the `search_path`.
public struct ConnectionTarget: Sendable, Equatable {
    /// Where the connection string came from.
    public enum Source: String, Sendable {
        case option = "--database-url"
        case environment = "DATABASE_URL"
        case libpqDefaults = "libpq defaults"
    }

    /// The string handed to `PQconnectdb`: a URL, keywords, or empty. Holds
    /// the password if one was given: never print it, print `description`.
    public let conninfo: String
    public let source: Source
    /// Prisma's `?schema=`, applied as `search_path` after connecting.
    public let schema: String?

    public init(conninfo: String, source: Source) {
        let split = ConnectionString.withoutPrismaParameters(conninfo)
        self.conninfo = split.conninfo
        self.schema = split.schema
        self.source = source
    }

    /// `--database-url`, else `DATABASE_URL`, else libpq's defaults.
    public static func resolve(databaseURL: String?, environment: [String: String]) -> ConnectionTarget {
        if let url = databaseURL, !url.isEmpty { return ConnectionTarget(conninfo: url, source: .option) }
        if let url = environment["DATABASE_URL"], !url.isEmpty { return ConnectionTarget(conninfo: url, source: .environment) }
        return ConnectionTarget(conninfo: "", source: .libpqDefaults)
    }

    /// The masked connection string, or what libpq's defaults point at.
    public var description: String {
        conninfo.isEmpty ? "the server of the PG* environment (libpq defaults)" : ConnectionString.masked(conninfo)
    }
}
