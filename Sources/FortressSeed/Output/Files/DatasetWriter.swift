#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a dataset as fixture files: CSV per table, or one psql script.
///
/// Tables are written in foreign-key order, each streamed through one
/// reusable buffer, so memory does not grow with the number of rows.
public struct DatasetWriter: Sendable {
    public let dataset: Dataset
    public let version: String

    public init(dataset: Dataset, version: String) {
        self.dataset = dataset
        self.version = version
    }

    /// Writes `format` into `directory` (created if needed) plus `manifest.json`.
    ///
    /// - Parameters:
    ///   - schemaDDL: for `.sql`, a schema script to put at the head (`--with-schema`).
    ///   - force: write into a non-empty directory that holds no previous manifest.
    ///   - jobs: tables generated at once, each on its own thread. Every table's bytes
    ///     depend only on (scenario, seed), so the output is identical for any `jobs`.
    /// - Throws: `OutputError` for file problems.
    public func write(_ format: OutputFormat, to directory: String, schemaDDL: String? = nil, force: Bool = false, jobs: Int = 1) throws -> Manifest {
        try Self.prepare(directory, force: force)
        var manifest = Manifest(
            generatorVersion: version, scenario: dataset.scenario.name, scenarioSource: dataset.scenarioSource,
            scenarioSHA256: dataset.scenarioSHA256, seed: dataset.seed, scale: dataset.scale, format: format)
        manifest.postLoadSQL = dataset.sequenceFixups()
        manifest.shard = dataset.shard
        switch format {
        case .csv: manifest.entries = try writeCSV(directory, jobs: jobs)
        case .sql: (manifest.entries, manifest.script) = try writeSQL(directory, schemaDDL: schemaDDL, jobs: jobs)
        }
        let file = try OutputFile(path: directory + "/manifest.json")
        try file.write(manifest.json())
        _ = try file.close()
        return manifest
    }

    /// Streams one table into `path` in `D`'s dialect, after an optional header line.
    private func writeTable<D: TextDialect>(
        _ generated: GeneratedTable, _: D.Type, path: String, header: String?, jobs: Int
    ) throws -> Manifest.Entry {
        let table = generated.table
        let file = try OutputFile(path: path)
        if let header { try file.write(header + "\n") }
        let rows: Int64
        if jobs > 1 && generated == .transactions {
            rows = try writeTransactionsInSlices(D.self, to: file, jobs: jobs)
        } else {
            var stream = RowStream(writer: TextRowWriter<D>(columnCount: table.columns.count), sink: file)
            try dataset.generate(generated, into: &stream)
            try stream.flush()
            rows = stream.rows
        }
        let digest = try file.close()
        let name = String(path[path.index(after: path.lastIndex(of: "/")!)...])
        return .init(table: table.name, file: name, rows: rows, bytes: file.byteCount, sha256: digest)
    }

    /// About this many users' rows per slice of `transactions`: on load-test a user has
    /// about 150 KB of rows, so a slice is a few MB.
    static let transactionSliceUsers = 32
    /// Threads generating slices of `transactions` at most, whatever `--jobs`: each holds
    /// up to two slices in memory (one being written, one waiting).
    static let transactionSliceThreads = 4

    /// `transactions` generated on `jobs` threads, for `--jobs`: its rows are its tenants'
    /// rows in tenant order, and each tenant's rows depend on that tenant alone, so
    /// contiguous slices of tenants are generated apart (each into memory) and written
    /// in order: the same bytes as one thread. (The same rows `Dataset.generate(.transactions,
    /// ...)` writes: this model's tenants.)
    ///
    /// Memory stays bounded: at most two slices per thread are held, and a slice much
    /// larger than planned (a business tenant with hundreds of users) is not held at all:
    /// the writing thread streams it to the file itself when its turn comes, while the
    /// other threads prepare the slices after it.
    private func writeTransactionsInSlices<D: TextDialect>(_: D.Type, to file: OutputFile, jobs: Int) throws -> Int64 {
        let model = dataset.finance
        let slices = model.tenantSlices(users: Self.transactionSliceUsers)
        let columns = GeneratedTable.transactions.table.columns.count
        @Sendable func sliceModel(_ i: Int) -> FinanceModel {
            var slice = model
            slice.tenantSlice = slices[i].tenants
            return slice
        }
        var rows: Int64 = 0
        let threads = min(jobs, Self.transactionSliceThreads)
        try OrderedBlocks.run(count: slices.count, jobs: threads, window: threads, produce: { i -> RowsInMemory? in
            guard slices[i].users <= 2 * Self.transactionSliceUsers else { return nil }
            var stream = RowStream(
                writer: TextRowWriter<D>(columnCount: columns), sink: UnusedSink(), flushThreshold: .max)
            try TransactionGenerator(model: sliceModel(i)).generate(into: &stream)
            return RowsInMemory(bytes: stream.writer.buffer, rows: stream.rows)
        }, consume: { i, inMemory in
            if let inMemory {
                try file.write(inMemory.bytes)
                rows += inMemory.rows
            } else {
                var stream = RowStream(writer: TextRowWriter<D>(columnCount: columns), sink: file)
                try TransactionGenerator(model: sliceModel(i)).generate(into: &stream)
                try stream.flush()
                rows += stream.rows
            }
        })
        return rows
    }

    /// The encoded rows of one slice of a table.
    private struct RowsInMemory: Sendable {
        let bytes: ByteBuffer
        let rows: Int64
    }

    /// The sink of a stream that never flushes (its rows stay in the writer's buffer).
    private struct UnusedSink: ByteSink {
        func write(_ buffer: ByteBuffer) throws { preconditionFailure("UnusedSink: the stream was meant to keep its rows") }
    }

    /// The tables that dominate a run's time (generation and hashing grow with their
    /// bytes), heaviest first; measured on load-test: the outbox is about 60% of the
    /// bytes, transactions 25%, and the next ones replay the ledger.
    private static let heaviestTables: [GeneratedTable] = [
        .eventsOutbox, .transactions, .analyticsFactDailyTransactions, .receipts, .attachments, .auditLogs, .orders,
    ]

    /// Indices of `tables` in the order threads should start them: the heaviest tables
    /// first (longest-processing-time scheduling), then the rest in foreign-key order.
    /// Only the order of work changes; results stay in foreign-key order.
    static func startOrder(_ tables: [GeneratedTable]) -> [Int] {
        let heavy = heaviestTables.compactMap { tables.firstIndex(of: $0) }
        return heavy + tables.indices.filter { !heavy.contains($0) }
    }

    private func writeCSV(_ directory: String, jobs: Int) throws -> [Manifest.Entry] {
        let tables = dataset.tables
        return try ParallelTables.map(tables.count, jobs: jobs, startOrder: Self.startOrder(tables)) { i in
            try writeTable(
                tables[i], CSVDialect.self, path: directory + "/" + tables[i].table.name + ".csv", header: tables[i].table.csvHeader,
                jobs: jobs)
        }
    }

    /// Each table's COPY data goes to a hidden section file (in parallel), then the
    /// script is assembled from them in foreign-key order.
    private func writeSQL(_ directory: String, schemaDDL: String?, jobs: Int) throws -> ([Manifest.Entry], Manifest.Entry) {
        let tables = dataset.tables
        let sections = try ParallelTables.map(tables.count, jobs: jobs, startOrder: Self.startOrder(tables)) { i in
            try writeTable(tables[i], CopyTextDialect.self, path: directory + "/." + tables[i].table.name + ".copy", header: nil, jobs: jobs)
        }
        let name = "fortress-seed.sql"
        let file = try OutputFile(path: directory + "/" + name)
        var head = "-- Fortress synthetic data, written by fortress-seed \(version).\n"
        head += "-- scenario \(dataset.scenario.name) (sha256 \(dataset.scenarioSHA256)), seed \(dataset.seed)"
        head += dataset.scale == 1 ? "\n" : ", scale \(dataset.scale)\n"
        head += "-- Load in one transaction: psql -v ON_ERROR_STOP=1 -f \(name)\n"
        head += "\\set ON_ERROR_STOP on\nSET client_encoding = 'UTF8';\nBEGIN;\n"
        try file.write(head)
        if let schemaDDL { try file.write(schemaDDL + "\n") }
        var entries: [Manifest.Entry] = []
        for (generated, section) in zip(tables, sections) {
            let table = generated.table
            try file.write("\nCOPY \(table.name) (\(table.columnList)) FROM stdin;\n")
            try Self.append(directory + "/" + section.file, to: file)
            try file.write("\\.\n")
            entries.append(.init(table: table.name, file: name, rows: section.rows, bytes: section.bytes, sha256: section.sha256))
        }
        try file.write(dataset.sequenceFixups().map { $0 + "\n" }.joined() + "COMMIT;\n")
        let digest = try file.close()
        return (entries, .init(table: "*", file: name, rows: entries.reduce(0) { $0 + $1.rows }, bytes: file.byteCount, sha256: digest))
    }

    /// Copies a section file into the script, then removes it.
    static func append(_ path: String, to file: OutputFile) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw OutputError.file(path: path, operation: "read", reason: String(cString: strerror(errno))) }
        defer { close(fd); unlink(path) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError.file(path: path, operation: "read", reason: String(cString: strerror(errno)))
            }
            if n == 0 { return }
            try file.write(Array(buffer[0..<n]))
        }
    }

    /// Creates the directory (and its parents). An existing directory must be
    /// empty or hold a previous run's `manifest.json`, unless `force`.
    static func prepare(_ directory: String, force: Bool) throws(OutputError) {
        var st = stat()
        var prefix = directory.hasPrefix("/") ? "/" : ""
        for part in directory.split(separator: "/") {
            prefix += part
            if stat(prefix, &st) != 0 && mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw .directory(path: directory, reason: String(cString: strerror(errno)))
            }
            prefix += "/"
        }
        guard stat(directory, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            throw .directory(path: directory, reason: "exists and is not a directory")
        }
        guard !force, access(directory + "/manifest.json", F_OK) != 0 else { return }
        guard let dir = opendir(directory) else {
            throw .directory(path: directory, reason: String(cString: strerror(errno)))
        }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { throw .notEmpty(path: directory) }
        }
    }
}

