import Foundation
import Testing

/// A bounded mutation fuzzer: real inputs (the seeds, the public corpus, the committed corpus of inputs that once
/// found something) mutated for `KTXH_FUZZ_SECONDS` per reader (4 s in the test command, as long as you like by
/// hand). A crash ends the test run: the input that caused it is in /tmp/ktxh-fuzz/NAME-current. An input a reader
/// takes more than `hangBound` seconds over is a failure, kept beside it.
struct Fuzzer {
    var name: String
    var inputs: [[UInt8]]
    /// Inputs larger than this are cut: a reader is fuzzed on what it reads, not on waiting.
    var maximumBytes = 65_536

    static let hangBound: TimeInterval = 10
    static let output = URL(fileURLWithPath: "/tmp/ktxh-fuzz")

    static var seconds: Double {
        ProcessInfo.processInfo.environment["KTXH_FUZZ_SECONDS"].flatMap(Double.init) ?? 4
    }

    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["KTXH_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_207
    }

    /// The committed inputs of one reader: Tests/Fixtures/fuzz/NAME/.
    static func corpus(_ name: String) -> [[UInt8]] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz/\(name)")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.path < $1.path }.compactMap { try? Data(contentsOf: $0) }.map { Array($0) }
    }

    /// Runs `body` on every input as it is, then on mutations until the time is spent; returns how many ran.
    @discardableResult
    func run(_ body: ([UInt8]) throws -> Void) throws -> Int {
        try FileManager.default.createDirectory(at: Self.output, withIntermediateDirectories: true)
        let current = Self.output.appendingPathComponent("\(name)-current")
        // The seed and the reader's name (FNV-1a, the same in every process) choose the mutations.
        var mutator = Mutator(seed: name.utf8.reduce(Self.seed ^ 0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 })
        let pool = inputs + Self.corpus(name)
        #expect(!pool.isEmpty, "\(name) has inputs to start from")
        let deadline = Date().addingTimeInterval(Self.seconds)
        var count = 0
        var slowest = 0.0
        func attempt(_ input: [UInt8]) throws {
            let bytes = Array(input.prefix(maximumBytes))
            try Data(bytes).write(to: current)
            let start = Date()
            try body(bytes)
            let took = Date().timeIntervalSince(start)
            slowest = max(slowest, took)
            count += 1
            if took > Self.hangBound {
                let kept = Self.output.appendingPathComponent("\(name)-slow-\(count)")
                try Data(bytes).write(to: kept)
                Issue.record("\(name): \(String(format: "%.1f", took)) s on one input, kept in \(kept.path)")
            }
        }
        for input in pool { try attempt(input) }
        while Date() < deadline, let input = pool.randomElement(using: &mutator.random) {
            let other = pool.randomElement(using: &mutator.random) ?? []
            try attempt(mutator.mutate(input, splice: other))
        }
        try? FileManager.default.removeItem(at: current)
        print("fuzz \(name): \(count) inputs, slowest \(String(format: "%.3f", slowest)) s")
        return count
    }
}
