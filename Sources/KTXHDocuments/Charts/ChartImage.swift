import Foundation

/// A chart as a picture file for a report: PNG drawn from its SVG by librsvg's `rsvg-convert` (Debian
/// `librsvg2-bin`), which renders the same text, patterns and lines the browser shows.
public enum ChartImage {
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// `rsvg-convert` on PATH, nil when it is not installed.
    public static var converter: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/rsvg-convert" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The PNG of `svg` at twice its size (sharp in a printed report); throws `Unavailable` without the converter.
    public static func png(_ svg: String) throws -> Data {
        guard let converter else {
            throw Unavailable(description: "Máy chủ chưa cài rsvg-convert (gói librsvg2-bin): chỉ tải được SVG.")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: converter)
        process.arguments = ["--zoom", "2", "--format", "png"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The SVG is small (tens of kilobytes): written whole before the picture is read.
        input.fileHandleForWriting.write(Data(svg.utf8))
        try input.fileHandleForWriting.close()
        let png = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, png.starts(with: [0x89, 0x50, 0x4E, 0x47]) else {
            throw Unavailable(description: "Không vẽ được biểu đồ thành PNG.")
        }
        return png
    }
}
