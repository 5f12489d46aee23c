// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "fortress-seed",
    products: [
        .library(name: "FortressSeed", targets: ["FortressSeed"]),
        .executable(name: "fortress-seed", targets: ["fortress-seed"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The engine: schema contract, random streams, generators, encoders, sinks.
        // No ArgumentParser and no libpq here, so other packages' tests can use it.
        .target(
            name: "FortressSeed",
            dependencies: [.product(name: "Yams", package: "Yams")],
            // The events' JSON Schemas: a contract for consumers, read by the tests, not compiled in.
            exclude: ["Domain/Events/Schemas"],
            swiftSettings: strict
        ),
        // libpq, seen only by FortressSeedPostgres (Debian: libpq-dev).
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        // The PostgreSQL loader: connection, binary COPY sink, compatibility check, verify.
        .target(
            name: "FortressSeedPostgres",
            dependencies: ["FortressSeed", "CLibPQ"],
            swiftSettings: strict
        ),
        // The command: parses, wires, reports.
        .executableTarget(
            name: "fortress-seed",
            dependencies: [
                "FortressSeed",
                "FortressSeedPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "FortressSeedTests",
            dependencies: ["FortressSeed"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "FortressSeedPostgresTests",
            dependencies: ["FortressSeed", "FortressSeedPostgres"],
            swiftSettings: strict
        ),
        // Runs the built command and, tagged .postgres, loads into a real PostgreSQL.
        .testTarget(
            name: "CLITests",
            dependencies: ["FortressSeed", "fortress-seed"],
            swiftSettings: strict
        ),
    ]
)
