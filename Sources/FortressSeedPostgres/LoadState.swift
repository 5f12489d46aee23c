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
    /// Which generated data a row describes: scenario, seed, version and shard.
    public struct Key: Sendable, Hashable, CustomStringConvertible {
        public let scenarioSHA256: String
        public let seed: UInt64
        public let version: String
        /// The slice of the dataset (`--shard i/N`); `Shard.whole` for an unsharded load.
        public let shard: Shard

        public init(scenarioSHA256: String, seed: UInt64, version: String, shard: Shard = .whole) {
            self.scenarioSHA256 = scenarioSHA256
            self.seed = seed
            self.version = version
            self.shard = shard
        }

        /// Same scenario, seed and version, shard `j/N` of the same `N` with `j ≠ i`: disjoint rows of one dataset.
        public func isSibling(of other: Key) -> Bool {
            scenarioSHA256 == other.scenarioSHA256 && seed == other.seed && version == other.version
                && shard.count == other.shard.count && shard.index != other.shard.index
        }

        public var description: String {
            "scenario sha256 \(scenarioSHA256.prefix(12)), seed \(seed), version \(version)" + (shard.count > 1 ? ", shard \(shard)" : "")
        }
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
            shard integer NOT NULL DEFAULT 0,
            shard_count integer NOT NULL DEFAULT 1,
            table_name text NOT NULL,
            rows bigint NOT NULL,
            committed_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT \(tableName)_pkey PRIMARY KEY (scenario_sha256, seed, version, shard, shard_count, table_name)
        )
        """

    /// Brings a bookkeeping table written before shards were recorded (versions up to 0.3) to the current shape.
    static let upgradeSQL = """
        DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
                         AND table_name = '\(tableName)' AND column_name = 'shard') THEN
            ALTER TABLE \(tableName) ADD COLUMN shard integer NOT NULL DEFAULT 0, ADD COLUMN shard_count integer NOT NULL DEFAULT 1,
              DROP CONSTRAINT IF EXISTS \(tableName)_pkey;
            ALTER TABLE \(tableName) ADD CONSTRAINT \(tableName)_pkey PRIMARY KEY (scenario_sha256, seed, version, shard, shard_count, table_name);
          END IF;
        END $$
        """

    /// Creates the bookkeeping table, or upgrades an older one (inside the caller's transaction).
    static func ensure(_ db: Connection) throws(PostgresError) {
        try db.execute(createSQL)
        try db.execute(upgradeSQL)
    }

    /// Every recorded row (none when the bookkeeping table does not exist).
    static func read(_ db: Connection) throws(PostgresError) -> [LoadState] {
        guard try !TargetCatalog.existingTables(db, among: [tableName]).isEmpty else { return [] }
        // Through to_jsonb so a table from before shards were recorded reads as unsharded.
        return try db.query("""
            SELECT scenario_sha256, seed::text, version, table_name, rows::text,
                   coalesce(to_jsonb(s)->>'shard', '0'), coalesce(to_jsonb(s)->>'shard_count', '1')
            FROM \(tableName) s ORDER BY committed_at, table_name
            """)
            .compactMap { r in
                guard let sha = r[0], let seed = r[1].flatMap({ UInt64($0) }), let version = r[2], let table = r[3],
                      let index = r[5].flatMap({ Int($0) }), let count = r[6].flatMap({ Int($0) }), count >= 1, index >= 0, index < count
                else { return nil }
                let key = Key(scenarioSHA256: sha, seed: seed, version: version, shard: Shard(index: index, count: count))
                return LoadState(key: key, table: table, rows: Int64(r[4] ?? "") ?? 0)
            }
    }

    /// Records that `table` was committed with `rows` rows (run inside the table's transaction).
    static func record(_ db: Connection, key: Key, table: String, rows: Int64) throws(PostgresError) {
        _ = try db.query(
            "INSERT INTO \(tableName) (scenario_sha256, seed, version, shard, shard_count, table_name, rows) VALUES ($1, $2::numeric, $3, $4::integer, $5::integer, $6, $7::bigint)",
            [key.scenarioSHA256, String(key.seed), key.version, String(key.shard.index), String(key.shard.count), table, String(rows)])
    }

    /// Forgets the dropped-object rows of `key` (a per-table `--fast` load rebuilt them).
    static func forgetDrops(_ db: Connection, key: Key) throws(PostgresError) {
        _ = try db.query(
            "DELETE FROM \(tableName) WHERE scenario_sha256 = $1 AND seed = $2::numeric AND version = $3 AND shard = $4::integer AND shard_count = $5::integer AND table_name LIKE 'drop:%'",
            [key.scenarioSHA256, String(key.seed), key.version, String(key.shard.index), String(key.shard.count)])
    }
}
