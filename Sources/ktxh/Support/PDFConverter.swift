import Foundation

/// Chuyển sang PDF: LibreOffice run headless on a DOCX the program has just written. An effect at the edge:
/// the document layer writes DOCX only, and this is the one place that starts another program.
struct PDFConverter {
    /// `soffice` (or `libreoffice`); nil when LibreOffice is not installed.
    var executable: URL?

    /// Looks for LibreOffice: `KTXH_SOFFICE` if set, otherwise `soffice` or `libreoffice` on the PATH.
    init(environment: [String: String]) {
        if let explicit = environment["KTXH_SOFFICE"], !explicit.isEmpty {
            executable = FileManager.default.isExecutableFile(atPath: explicit) ? URL(fileURLWithPath: explicit) : nil
            return
        }
        let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        executable = ["soffice", "libreoffice"].lazy.flatMap { name in directories.map { "\($0)/\(name)" } }
            .first { FileManager.default.isExecutableFile(atPath: $0) }.map { URL(fileURLWithPath: $0) }
    }

    static var live: PDFConverter { PDFConverter(environment: ProcessInfo.processInfo.environment) }

    static let missing = """
        Không tìm thấy LibreOffice (lệnh soffice) để tạo PDF. Cài LibreOffice (ví dụ: apt-get install \
        libreoffice-writer), hoặc xuất --format docx rồi lưu thành PDF bằng Word, hoặc --format html rồi in ra PDF.
        """

    /// Lets `write` produce a DOCX in a private folder, converts it, and moves the PDF to `destination`.
    func convert(to destination: URL, write: (URL) throws -> Void) throws {
        guard let executable else { throw CommandError(userMessage: Self.missing) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = destination.deletingPathExtension().lastPathComponent
        let source = folder.appendingPathComponent(name + ".docx")
        try write(source)
        let process = Process()
        process.executableURL = executable
        // A profile of its own, so a LibreOffice the user has open does not swallow the request.
        process.arguments = [
            "--headless", "--norestore", "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
            "--convert-to", "pdf", "--outdir", folder.path, source.path,
        ]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let produced = folder.appendingPathComponent(name + ".pdf")
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: produced.path) else {
            throw CommandError(
                userMessage: "LibreOffice không chuyển được văn bản sang PDF (mã \(process.terminationStatus)). \(message)")
        }
        if FileManager.default.fileExists(atPath: destination.path) { try FileManager.default.removeItem(at: destination) }
        try FileManager.default.moveItem(at: produced, to: destination)
    }
}
