import Foundation
import ZIPFoundation

/// Gói OOXML: the ZIP container (Open Packaging Conventions) that every .xlsx and .docx is.
///
/// The package is written beside its destination and moved into place only when complete, so a failed export
/// never leaves half a file where the user expects a document.
final class OOXMLPackage {
    private let archive: Archive
    private let partial: URL
    private let destination: URL
    private var contentTypes = ContentTypes()

    /// A fixed timestamp for every part: the same data gives the same bytes, run after run.
    private static let timestamp = Date(timeIntervalSince1970: 315_619_200)  // 1980-01-02

    /// Starts a package whose main part is `mainPart` ("xl/workbook.xml"), with its root relationships and
    /// document properties.
    init(creatingAt destination: URL, mainPart: String, title: String) throws {
        self.destination = destination
        partial = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        archive = try Archive(url: partial, accessMode: .create)
        try add("_rels/.rels", contentType: Relationships.contentType, bytes: Relationships.root(mainPart: mainPart).xml())
        try DocumentProperties(title: title).add(to: self)
    }

    deinit {
        try? FileManager.default.removeItem(at: partial)
    }

    /// Adds a part held in memory, declaring its content type.
    func add(_ path: String, contentType: String, bytes: [UInt8]) throws {
        contentTypes.override(path, contentType)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Self.timestamp,
            compressionMethod: .deflate
        ) { position, size in
            let start = Int(position)
            return Data(bytes[start..<min(bytes.count, start + size)])
        }
    }

    /// Adds a part streamed from a file on disk (a worksheet written row by row), in chunks.
    func add(_ path: String, contentType: String, file: URL) throws {
        contentTypes.override(path, contentType)
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int64 ?? 0
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: size, modificationDate: Self.timestamp,
            compressionMethod: .deflate, bufferSize: 1 << 20
        ) { position, chunk in
            try handle.seek(toOffset: UInt64(position))
            return try handle.read(upToCount: chunk) ?? Data()
        }
    }

    /// Writes `[Content_Types].xml` and moves the package to its destination.
    func finish() throws {
        let types = contentTypes.xml()
        try archive.addEntry(
            with: "[Content_Types].xml", type: .file, uncompressedSize: Int64(types.count),
            modificationDate: Self.timestamp, compressionMethod: .deflate
        ) { position, size in
            let start = Int(position)
            return Data(types[start..<min(types.count, start + size)])
        }
        // rename(2) replaces an existing file atomically, where FileManager would first remove it.
        guard rename(partial.path, destination.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
        }
    }
}
