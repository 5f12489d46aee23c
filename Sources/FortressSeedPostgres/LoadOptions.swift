import FortressSeed

/// How `Loader` loads: what it may do to the target, how it commits and how it buffers.
public struct LoadOptions: Sendable {
    /// When rows become visible, and so what "all or nothing" covers.
    public enum CommitMode: String, Sendable, CaseIterable {
        /// One transaction for the whole load: any failure leaves the target as it was.
        case single
        /// One transaction per table: a failure keeps the tables committed before it,
        /// and a rerun with the same scenario, seed and version resumes after them.
        case perTable = "per-table"
    }

    /// DDL to apply first, inside the load's (first) transaction (`--create-schema`).
    public var schemaDDL: String?
    /// Empty the Fortress tables first (`--truncate`); otherwise refuse non-empty targets.
    public var truncate: Bool
    /// Add rows to non-empty tables (`--append`); allowed only when ids cannot collide (checked).
    public var append: Bool
    /// Run `ANALYZE` on the loaded tables after the commit, so the planner sees them.
    public var analyze: Bool
    /// Bulk-load settings, COPY FREEZE, indexes and foreign keys rebuilt after the data (`--fast`).
    public var fast: Bool
    /// Single transaction or per table (`--commit`).
    public var commit: CommitMode
    /// Parallel connections (`--jobs`): for the final ANALYZE in every mode, and in `.perTable`
    /// mode for the tables themselves (one transaction cannot span connections).
    public var jobs: Int
    /// Bytes per buffer handed to libpq.
    public var bufferBytes: Int
    /// Buffers in flight between generator and sender (memory is about depth × bufferBytes per job).
    public var pipeDepth: Int
    /// Bytes the next units' generator may encode ahead of the table being sent (0: none).
    public var lookaheadBytes: Int
    /// `maintenance_work_mem` for index and foreign-key builds under `fast`.
    public var maintenanceWorkMem: String

    public init(
        schemaDDL: String? = nil, truncate: Bool = false, append: Bool = false, analyze: Bool = true,
        fast: Bool = false, commit: CommitMode = .single, jobs: Int = 1,
        bufferBytes: Int = 1 << 20, pipeDepth: Int = 4, lookaheadBytes: Int = 16 << 20, maintenanceWorkMem: String = "512MB"
    ) {
        self.schemaDDL = schemaDDL
        self.truncate = truncate
        self.append = append
        self.analyze = analyze
        self.fast = fast
        self.commit = commit
        self.jobs = jobs
        self.bufferBytes = bufferBytes
        self.pipeDepth = pipeDepth
        self.lookaheadBytes = lookaheadBytes
        self.maintenanceWorkMem = maintenanceWorkMem
    }

    /// Why these options cannot be combined for loading `shard`, or nil. The CLI turns it into a usage error.
    ///
    /// `--fast` drops and rebuilds keys, indexes and foreign keys, which locks each
    /// table for the whole load: shards loading at once would queue behind each
    /// other (or deadlock) and each would rebuild every index. Shards load with the
    /// schema's indexes in place.
    public func conflict(shard: Shard) -> String? {
        if shard.count > 1 && fast {
            return "--fast cannot load a shard (\(shard)): it drops and rebuilds keys and indexes, locking each table for the whole load, "
                + "so shards loading at once would wait for each other; load shards without --fast"
        }
        if shard.count > 1 && schemaDDL != nil {
            return "--create-schema cannot be combined with --shard \(shard): shards load at once, so create the schema once before they start "
                + "(fortress-seed schema --scenario NAME | psql)"
        }
        return conflict
    }

    /// Why these options cannot be combined, or nil. The CLI turns it into a usage error.
    public var conflict: String? {
        if truncate && append { return "--truncate and --append exclude each other" }
        if jobs < 1 { return "--jobs must be at least 1" }
        return nil
    }
}
