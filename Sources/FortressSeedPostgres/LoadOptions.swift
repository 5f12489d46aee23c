/// How `Loader` loads: what it may do to the target and how it buffers.
public struct LoadOptions: Sendable {
    /// DDL to apply first, inside the load's transaction (`--create-schema`).
    public var schemaDDL: String?
    /// Empty the Fortress tables first (`--truncate`); otherwise refuse non-empty targets.
    public var truncate: Bool
    /// Run `ANALYZE` on the loaded tables after the commit, so the planner sees them.
    public var analyze: Bool
    /// Bytes per buffer handed to libpq.
    public var bufferBytes: Int
    /// Buffers in flight between generator and sender (memory is about depth × bufferBytes).
    public var pipeDepth: Int

    public init(schemaDDL: String? = nil, truncate: Bool = false, analyze: Bool = true, bufferBytes: Int = 1 << 20, pipeDepth: Int = 4) {
        self.schemaDDL = schemaDDL
        self.truncate = truncate
        self.analyze = analyze
        self.bufferBytes = bufferBytes
        self.pipeDepth = pipeDepth
    }
}
