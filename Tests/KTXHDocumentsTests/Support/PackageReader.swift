import Foundation
import ZIPFoundation

/// Reads the parts of an XLSX or DOCX back with ZIPFoundation's reader, as text, for the tests to look at.
struct PackageReader {
    let archive: Archive

    init(_ url: URL) throws {
        archive = try Archive(url: url, accessMode: .read)
    }

    var paths: [String] { archive.map(\.path) }

    func text(_ path: String) throws -> String {
        guard let entry = archive[path] else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// A fresh file name in the temporary folder, removed by the caller.
    static func temporaryFile(_ suffix: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-test-\(UUID().uuidString).\(suffix)")
    }
}

extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
