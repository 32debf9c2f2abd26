import Foundation

/// One figure of `ktxh bench`: what ktxh took and what the reference tool took on the same data in the same run.
public struct BenchmarkResult: Hashable, Sendable {
    public var name: String
    public var ktxh: Double
    /// Nil when the reference tool is not installed; the figure is then shown without a ratio.
    public var reference: Double?
    public var referenceName: String
    public var unit: String
    /// What the figure is of ("1,000,000 lines, peak memory 56 MB"), for the table (English: BENCHMARKS.md is a developer document).
    public var detail: String
    /// The goal, as a ratio ktxh/reference or an absolute bound, in words.
    public var goal: String

    public init(
        name: String, ktxh: Double, reference: Double?, referenceName: String, unit: String, detail: String = "",
        goal: String = ""
    ) {
        self.name = name
        self.ktxh = ktxh
        self.reference = reference
        self.referenceName = referenceName
        self.unit = unit
        self.detail = detail
        self.goal = goal
    }

    /// ktxh's figure over the reference's: for times, how many times slower ktxh is.
    public var ratio: Double? {
        guard let reference, reference > 0 else { return nil }
        return ktxh / reference
    }
}

/// The machine a run measured: the figures mean nothing without it.
public struct Machine: Hashable, Sendable, Codable {
    public var cores: Int
    public var memoryGiB: Double
    public var system: String
    public var build: String

    public static var current: Machine {
        let info = ProcessInfo.processInfo
        #if DEBUG
            let build = "debug"
        #else
            let build = "release"
        #endif
        return Machine(
            cores: info.activeProcessorCount, memoryGiB: (Double(info.physicalMemory) / 1_073_741_824).rounded(),
            system: info.operatingSystemVersionString, build: build)
    }
}

/// A whole run: `ktxh bench --json` prints it, BENCHMARKS.md shows it.
public struct BenchmarkReport: Sendable {
    public var machine: Machine
    public var date: Date
    public var quick: Bool
    public var results: [BenchmarkResult]

    /// `{"machine": …, "results": [{"name", "ktxh", "reference", "ratio", "unit"}]}`.
    public var jsonObject: [String: Any] {
        [
            "machine": [
                "cores": machine.cores, "memoryGiB": machine.memoryGiB, "system": machine.system, "build": machine.build,
            ],
            "date": ISO8601DateFormatter().string(from: date), "quick": quick,
            "results": results.map { result -> [String: Any] in
                [
                    "name": result.name, "ktxh": result.ktxh, "reference": result.reference ?? NSNull(),
                    "referenceName": result.referenceName, "ratio": result.ratio ?? NSNull(), "unit": result.unit,
                    "detail": result.detail, "goal": result.goal,
                ]
            },
        ]
    }
}
