import Foundation
import KTXHWorkflows

/// Another program run and timed: ktxh itself for an import, the sqlite3 shell, psql, Python. Wall time from
/// the clock; peak memory from `/usr/bin/time` when it is installed.
struct MeasuredProcess {
    struct Measurement {
        var seconds: Double
        var peakMegabytes: Double?
    }

    struct Failure: Error, CustomStringConvertible {
        var command: String
        var output: String
        var description: String { "«\(command)» không chạy được: \(output)" }
    }

    /// The program's path on PATH, nil when it is not installed.
    static func find(_ name: String) -> String? {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// This program, to run its own commands as a user runs them.
    static var ktxh: String {
        Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// Runs `arguments` (the program first) to its end; throws with its output when it fails.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Measurement {
        let timer = find("/usr/bin/time")
        let stats = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-time-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: stats) }
        let process = Process()
        guard let program = find(arguments[0]) else { throw Failure(command: arguments[0], output: "không có trên máy") }
        if let timer {
            process.executableURL = URL(fileURLWithPath: timer)
            process.arguments = ["-f", "%M", "-o", stats.path, program] + arguments.dropFirst()
        } else {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(arguments.dropFirst())
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = output
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let errors = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = clock.now - start
        guard process.terminationStatus == 0 else {
            throw Failure(
                command: arguments.joined(separator: " "), output: String(decoding: errors, as: UTF8.self).suffix(800).description
            )
        }
        let kilobytes = (try? String(contentsOf: stats, encoding: .utf8))
            .flatMap { Double($0.split(separator: "\n").last.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? "") }
        return Measurement(seconds: RollUpBenchmark.seconds(elapsed), peakMegabytes: kilobytes.map { $0 / 1024 })
    }

    /// Runs `arguments` (the program first) to its end and returns what it printed; throws with its errors when
    /// it fails.
    static func output(_ arguments: [String]) throws -> String {
        guard let program = find(arguments[0]) else { throw Failure(command: arguments[0], output: "không có trên máy") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = Array(arguments.dropFirst())
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both to their ends before waiting, so a full pipe cannot stall the program.
        let problems = ErrorReader(errors.fileHandleForReading)
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                command: arguments.joined(separator: " "),
                output: String(decoding: problems.data(), as: UTF8.self).suffix(800).description)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Reads a pipe on its own thread while the caller reads another.
    private final class ErrorReader: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var read = Data()

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                read = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func data() -> Data {
            done.wait()
            return read
        }
    }
}
