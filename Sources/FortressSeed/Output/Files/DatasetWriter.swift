#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a dataset as fixture files: CSV per table, or one psql script.
///
/// Tables are written in foreign-key order, each streamed through one
/// reusable buffer, so memory does not grow with the number of rows.
public struct DatasetWriter {
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
    /// - Throws: `OutputError` for file problems.
    public func write(_ format: OutputFormat, to directory: String, schemaDDL: String? = nil, force: Bool = false) throws -> Manifest {
        try Self.prepare(directory, force: force)
        var manifest = Manifest(
            generatorVersion: version, scenario: dataset.scenario.name, scenarioSource: dataset.scenarioSource,
            scenarioSHA256: dataset.scenarioSHA256, seed: dataset.seed, format: format)
        switch format {
        case .csv: manifest.entries = try writeCSV(directory)
        case .sql: (manifest.entries, manifest.script) = try writeSQL(directory, schemaDDL: schemaDDL)
        }
        let file = try OutputFile(path: directory + "/manifest.json")
        try file.write(manifest.json())
        _ = try file.close()
        return manifest
    }

    private func writeCSV(_ directory: String) throws -> [Manifest.Entry] {
        var entries: [Manifest.Entry] = []
        for generated in dataset.tables {
            let table = generated.table
            let name = "\(table.name).csv"
            let file = try OutputFile(path: directory + "/" + name)
            try file.write(table.csvHeader + "\n")
            var stream = RowStream(writer: TextRowWriter<CSVDialect>(columnCount: table.columns.count), sink: file)
            try dataset.generate(generated, into: &stream)
            try stream.flush()
            let digest = try file.close()
            entries.append(.init(table: table.name, file: name, rows: stream.rows, bytes: file.byteCount, sha256: digest))
        }
        return entries
    }

    private func writeSQL(_ directory: String, schemaDDL: String?) throws -> ([Manifest.Entry], Manifest.Entry) {
        let name = "fortress-seed.sql"
        let file = try OutputFile(path: directory + "/" + name)
        var head = "-- Fortress synthetic data, written by fortress-seed \(version).\n"
        head += "-- scenario \(dataset.scenario.name) (sha256 \(dataset.scenarioSHA256)), seed \(dataset.seed)\n"
        head += "-- Load in one transaction: psql -v ON_ERROR_STOP=1 -f \(name)\n"
        head += "\\set ON_ERROR_STOP on\nSET client_encoding = 'UTF8';\nBEGIN;\n"
        try file.write(head)
        if let schemaDDL { try file.write(schemaDDL + "\n") }
        var entries: [Manifest.Entry] = []
        for generated in dataset.tables {
            let table = generated.table
            try file.write("\nCOPY \(table.name) (\(table.columnList)) FROM stdin;\n")
            var section = SectionSink(file: file)
            var stream = RowStream(writer: TextRowWriter<CopyTextDialect>(columnCount: table.columns.count), sink: section)
            try dataset.generate(generated, into: &stream)
            try stream.flush()
            section = stream.sink
            try file.write("\\.\n")
            entries.append(.init(table: table.name, file: name, rows: stream.rows, bytes: section.bytes, sha256: section.hash.hexDigest()))
        }
        try file.write(dataset.sequenceFixups().map { $0 + "\n" }.joined() + "COMMIT;\n")
        let digest = try file.close()
        return (entries, .init(table: "*", file: name, rows: entries.reduce(0) { $0 + $1.rows }, bytes: file.byteCount, sha256: digest))
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

/// Forwards one table's COPY data to the script file, hashing just that section.
struct SectionSink: ByteSink {
    let file: OutputFile
    var hash = SHA256()
    var bytes: Int64 = 0

    mutating func write(_ buffer: ByteBuffer) throws {
        hash.update(buffer)
        bytes += Int64(buffer.count)
        try file.write(buffer)
    }
}
