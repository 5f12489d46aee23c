/// A failure writing output files.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    /// The output directory could not be created or is not a directory.
    case directory(path: String, reason: String)
    /// A file could not be opened, written or closed.
    case file(path: String, operation: String, reason: String)
    /// The output directory holds other files (not a previous run's) and `force` was not given.
    case notEmpty(path: String)

    public var description: String {
        switch self {
        case .directory(let path, let reason): "\(path): cannot use as output directory: \(reason)"
        case .file(let path, let operation, let reason): "\(path): cannot \(operation): \(reason)"
        case .notEmpty(let path):
            "\(path): is not empty and holds no fortress-seed manifest.json; choose an empty --out directory, or pass --force to write into it anyway"
        }
    }
}
