// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "ktxh",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ktxh", targets: ["ktxh"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent-kit", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // The domain: pure values and functions, no I/O.
        .target(name: "KTXHCore", swiftSettings: swiftSettings),
        // Reading what people write: targets in prose, plan and progress tables, contradictions in a report.
        .target(name: "KTXHReading", dependencies: ["KTXHCore"], swiftSettings: swiftSettings),
        // Bytes or rows in, core values out: files, the catalogue, the import review.
        .target(
            name: "KTXHImport",
            dependencies: [
                "KTXHCore", "KTXHReading", "KTXHDocuments", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // The database: migrations and queries for SQLite and PostgreSQL.
        .target(
            name: "KTXHStorage",
            dependencies: [
                "KTXHCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            swiftSettings: swiftSettings
        ),
        // The demo data set shipped with the product, loaded through the importer into storage.
        .target(
            name: "KTXHDemo",
            dependencies: ["KTXHCore", "KTXHReading", "KTXHImport", "KTXHStorage"],
            resources: [.copy("Data")],
            swiftSettings: swiftSettings
        ),
        // Core values in, bytes out: XLSX, DOCX and HTML reports, the narrative written from the data, criteria-set files.
        .target(
            name: "KTXHDocuments",
            dependencies: [
                "KTXHCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        // Use cases that wire storage to the importers and the documents: import a file, load a report.
        .target(
            name: "KTXHWorkflows", dependencies: ["KTXHCore", "KTXHReading", "KTXHImport", "KTXHStorage", "KTXHDocuments"],
            swiftSettings: swiftSettings
        ),
        // `ktxh bench`: every benchmark beside its reference tool, measured in the same run.
        .target(
            name: "KTXHBenchmarks",
            dependencies: ["KTXHCore", "KTXHStorage", "KTXHImport", "KTXHWorkflows", "KTXHDocuments", "KTXHWeb"],
            swiftSettings: swiftSettings
        ),
        // The live password hasher: Vapor's bcrypt behind the core's PasswordHasher, for the web app and the CLI.
        .target(
            name: "KTXHPasswords", dependencies: ["KTXHCore", .product(name: "Vapor", package: "vapor")],
            swiftSettings: swiftSettings
        ),
        // The web app.
        .target(
            name: "KTXHWeb",
            dependencies: [
                "KTXHCore",
                "KTXHStorage",
                "KTXHDocuments",
                "KTXHReading",
                "KTXHImport",
                "KTXHWorkflows",
                "KTXHPasswords",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        // The thin command-line front.
        .executableTarget(
            name: "ktxh",
            dependencies: [
                "KTXHCore", "KTXHStorage", "KTXHReading", "KTXHImport", "KTXHDemo", "KTXHWeb", "KTXHWorkflows", "KTXHDocuments",
                "KTXHPasswords", "KTXHBenchmarks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "KTXHTestSupport", dependencies: ["KTXHStorage"], path: "Tests/KTXHTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "KTXHCoreTests", dependencies: ["KTXHCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "KTXHDocumentsTests",
            dependencies: [
                "KTXHDocuments", "KTXHDemo", "KTXHImport", "KTXHTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "KTXHImportTests",
            dependencies: [
                "KTXHReading", "KTXHImport", "KTXHDocuments", "KTXHTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "KTXHWorkflowsTests",
            dependencies: ["KTXHWorkflows", "KTXHDemo", "KTXHTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "KTXHBenchmarksTests", dependencies: ["KTXHBenchmarks"], swiftSettings: swiftSettings),
        .testTarget(name: "KTXHStorageTests", dependencies: ["KTXHStorage", "KTXHTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "KTXHDemoTests", dependencies: ["KTXHDemo", "KTXHStorage", "KTXHTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "KTXHWebTests",
            dependencies: [
                "KTXHWeb", "KTXHDemo", "KTXHTestSupport", "KTXHWorkflows", "KTXHPasswords",
                .product(name: "VaporTesting", package: "vapor"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "ktxhTests", dependencies: ["ktxh", "KTXHStorage", "KTXHTestSupport"], swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
