// swift-tools-version: 6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "judge",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "judge", targets: ["judge"]),
        .library(name: "ScoringCore", targets: ["ScoringCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        // The rules of SCORING.md: pure, no I/O.
        .target(name: "ScoringCore", swiftSettings: swiftSettings),
        // One Refusal type and the catalog of what people read, in Chinese and English.
        .target(name: "Messages", dependencies: ["ScoringCore"], swiftSettings: swiftSettings),
        // Documents in and out: CSV (BOM, CRLF, refusals naming line and column), printable HTML, xlsx.
        .target(
            name: "ResultSheets",
            dependencies: [
                "ScoringCore",
                "Messages",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        // The competition file (YAML) into a checked ScoringCore.Competition; refusals placed at file:line:column.
        .target(
            name: "CompetitionConfig",
            dependencies: [
                "ScoringCore",
                "Messages",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        // The plain values the store keeps and the use cases return, without GRDB: the doors
        // name them without seeing the store.
        .target(name: "StoreValues", dependencies: ["ScoringCore", "Messages"], swiftSettings: swiftSettings),
        // SQLite through GRDB: schema, migrations, the database façade.
        .target(
            name: "ScoreStore",
            dependencies: [
                "ScoringCore",
                "Messages",
                "StoreValues",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // Every use case and its policy: the one door to the database for the CLI and the service.
        .target(
            name: "Officiating",
            dependencies: [
                "ScoringCore",
                "CompetitionConfig",
                "ResultSheets",
                "ScoreStore",
                "StoreValues",
                "Messages",
            ],
            swiftSettings: swiftSettings
        ),
        // `judge serve`: the HTTP door (JSON API, sessions, live board) over the use cases.
        .target(
            name: "Service",
            dependencies: [
                "ScoringCore",
                "Messages",
                "Officiating",
                "StoreValues",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // The command-line tool: parses arguments, calls one use case, prints.
        .executableTarget(
            name: "judge",
            dependencies: [
                "Officiating",
                "StoreValues",
                "Messages",
                "ScoringCore",
                "ResultSheets",
                "CompetitionConfig",
                "Service",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScoringCoreTests",
            dependencies: [
                "ScoringCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MessagesTests",
            dependencies: ["Messages", "ScoringCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ResultSheetsTests",
            dependencies: [
                "ResultSheets",
                "Messages",
                "ScoringCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CompetitionConfigTests",
            dependencies: ["CompetitionConfig", "Messages"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScoreStoreTests",
            dependencies: ["ScoreStore", "StoreValues", "CompetitionConfig", "Messages"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ServiceTests",
            dependencies: [
                "judge",
                "Service",
                "Officiating",
                "ScoreStore",
                "CompetitionConfig",
                "Messages",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OfficiatingTests",
            dependencies: ["Officiating", "ScoreStore", "CompetitionConfig", "Messages", "ScoringCore"],
            swiftSettings: swiftSettings
        ),
        // End to end: runs the built `judge` executable over Fixtures/.
        .testTarget(
            name: "JudgeTests",
            dependencies: ["judge", "Messages"],
            swiftSettings: swiftSettings
        ),
    ]
)
