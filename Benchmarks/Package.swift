// swift-tools-version: 6.1
// The package-benchmark suite of fortress-seed (issue 9). A separate package, so that
// `swift build` and `swift test` of the main package never build ordo-one/benchmark.
//
//   cd Benchmarks && swift package benchmark                      # every benchmark
//   cd Benchmarks && swift package benchmark --filter 'transactions.*'
//
// See README.md beside this file for what each benchmark measures and the figures.
import PackageDescription

let benchmarkDependencies: [Target.Dependency] = [
    .product(name: "Benchmark", package: "benchmark"),
    // The main package by path: its identity is the name of the folder it is cloned into.
    .product(name: "FortressSeed", package: mainPackageIdentity),
]

let package = Package(
    name: "fortress-seed-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Per-table generation into a discarding sink: rows/s and mallocs per row.
        .executableTarget(
            name: "Generation",
            dependencies: benchmarkDependencies,
            path: "Benchmarks/Generation",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The value encoders (uuid, timestamptz, numeric, CSV quoting, COPY escaping, JSON): MB/s and values/s.
        .executableTarget(
            name: "Encoders",
            dependencies: benchmarkDependencies,
            path: "Benchmarks/Encoders",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // StreamKey -> RandomStream and the distributions: values/s.
        .executableTarget(
            name: "RandomEngine",
            dependencies: benchmarkDependencies,
            path: "Benchmarks/RandomEngine",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)

/// SwiftPM names a path dependency by its folder (`main`, `fortress-seed`, a CI clone's name...).
var mainPackageIdentity: String {
    let benchmarks = Context.packageDirectory
    let root = benchmarks.split(separator: "/").dropLast().last.map(String.init) ?? "fortress-seed"
    return root.lowercased()
}
