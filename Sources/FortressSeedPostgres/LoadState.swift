import FortressSeed

/// The bookkeeping table `fortress_seed_load_state`: what was loaded, by which scenario, seed and version.
///
/// Every load records one row per table in the same transaction as the
/// table's rows, so the row exists exactly when the data is committed. That
/// is what makes a per-table load resumable (a rerun skips the recorded
/// tables, and a table without a row cannot hold rows of this load) and what
/// `--append` checks (another seed cannot collide; the same seed would).
/// `--truncate` empties it with the data.
public struct LoadState: Sendable, Equatable {
    /// Which generated data a row describes.
    public struct Key: Sendable, Hashable, CustomStringConvertible {
        public let scenarioSHA256: String
        public let seed: UInt64
        public let version: String

        public init(scenarioSHA256: String, seed: UInt64, version: String) {
            self.scenarioSHA256 = scenarioSHA256
            self.seed = seed
            self.version = version
        }

        public var description: String { "scenario sha256 \(scenarioSHA256.prefix(12)), seed \(seed), version \(version)" }
    }

    public let key: Key
    public let table: String
    public let rows: Int64

    /// The table's name in the target.
    public static let tableName = "fortress_seed_load_state"
    /// `table_name` prefix of the rows that list what a per-table `--fast` load dropped (rebuilt at its end).
    static let dropPrefix = "drop:"

    /// Whether this row records a loaded table (not a dropped index or constraint).
    var isTable: Bool { !table.hasPrefix(Self.dropPrefix) }

    static let createSQL = """
        CREATE TABLE IF NOT EXISTS \(tableName) (
            scenario_sha256 text NOT NULL,
            seed numeric(20, 0) NOT NULL,
            version text NOT NULL,
            table_name text NOT NULL,
            rows bigint NOT NULL,
            committed_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (scenario_sha256, seed, version, table_name)
        )
        """

    /// Every recorded row (none when the bookkeeping table does not exist).
    static func read(_ db: Connection) throws(PostgresError) -> [LoadState] {
        guard try !TargetCatalog.existingTables(db, among: [tableName]).isEmpty else { return [] }
        return try db.query("SELECT scenario_sha256, seed::text, version, table_name, rows::text FROM \(tableName) ORDER BY committed_at, table_name")
            .compactMap { r in
                guard let sha = r[0], let seed = r[1].flatMap({ UInt64($0) }), let version = r[2], let table = r[3] else { return nil }
                return LoadState(key: Key(scenarioSHA256: sha, seed: seed, version: version), table: table, rows: Int64(r[4] ?? "") ?? 0)
            }
    }

    /// Records that `table` was committed with `rows` rows (run inside the table's transaction).
    static func record(_ db: Connection, key: Key, table: String, rows: Int64) throws(PostgresError) {
        _ = try db.query(
            "INSERT INTO \(tableName) (scenario_sha256, seed, version, table_name, rows) VALUES ($1, $2::numeric, $3, $4, $5::bigint)",
            [key.scenarioSHA256, String(key.seed), key.version, table, String(rows)])
    }
}
