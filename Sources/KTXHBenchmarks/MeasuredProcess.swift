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
    /// it fails. Its errors go to a file, so that neither pipe can fill while the other is read.
    static func output(_ arguments: [String]) throws -> String {
        guard let program = find(arguments[0]) else { throw Failure(command: arguments[0], output: "không có trên máy") }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-errors-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil),
            let errorFile = FileHandle(forWritingAtPath: errors.path)
        else { throw Failure(command: arguments[0], output: "không tạo được tệp tạm") }
        defer {
            try? errorFile.close()
            try? FileManager.default.removeItem(at: errors)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = Array(arguments.dropFirst())
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errorFile
        try process.run()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let problems = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw Failure(command: arguments.joined(separator: " "), output: String(problems.suffix(800)))
        }
        return String(decoding: text, as: UTF8.self)
    }
}
