import Foundation
import KTXHImport

/// A document the user names: a .docx is read through its XML, anything else as UTF-8 text; a workbook for
/// the check.
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

    /// What `ktxh check` and the import review read of a file: its text, a Word file's text, or a workbook's
    /// first sheet row by row.
    static func checkedText(_ path: String) throws -> String {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw CommandError(userMessage: "Không đọc được tệp «\(path)».")
        }
        return try ImportFile.read(URL(fileURLWithPath: path)).checkedText
    }
}
