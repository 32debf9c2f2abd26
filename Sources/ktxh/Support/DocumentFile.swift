import Foundation
import KTXHImport

/// A document the user names: a .docx is read through its XML, anything else as UTF-8 text.
enum DocumentFile {
    static func text(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError(userMessage: "Không đọc được tệp «\(path)».")
        }
        if path.lowercased().hasSuffix(".docx") {
            do {
                return try DocxText.text(of: data)
            } catch {
                throw CommandError(userMessage: "Tệp «\(path)»: \(error.description)")
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandError(userMessage: "Tệp «\(path)» không phải văn bản UTF-8 hay .docx.")
        }
        return text
    }
}
