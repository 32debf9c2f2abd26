import ArgumentParser
import Foundation
import KTXHDocuments

/// The formats a document is written in.
enum DocumentFormat: String, CaseIterable, ExpressibleByArgument {
    case xlsx, docx, pdf, html
}

/// `--format` and `-o`: where a document goes and in which format (from the file's extension when not said).
struct OutputOptions: ParsableArguments {
    @Option(help: "xlsx, docx, pdf hoặc html; mặc định theo đuôi của tệp -o.")
    var format: DocumentFormat?

    @Option(name: [.customShort("o"), .customLong("output")], help: "Tệp kết quả.")
    var output: String

    var resolvedFormat: DocumentFormat? {
        format ?? DocumentFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased())
    }

    func validate(allowed: [DocumentFormat]) throws {
        guard let format = resolvedFormat else {
            throw ValidationError("Không biết định dạng của «\(output)»: ghi --format xlsx, docx, pdf hoặc html.")
        }
        guard allowed.contains(format) else {
            let list = allowed.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("Văn bản này xuất được dạng \(list), không xuất được \(format.rawValue).")
        }
    }

    var url: URL { URL(fileURLWithPath: output) }

    /// Writes a report table in the chosen format.
    func write(_ table: ReportTable) throws {
        switch resolvedFormat {
        case .xlsx: try table.writeXLSX(to: url)
        case .docx: try table.writeDOCX(to: url)
        case .html: try Data(table.html().utf8).write(to: url)
        case .pdf: try PDFConverter.live.convert(to: url) { try table.writeDOCX(to: $0) }
        case nil: throw CommandError(userMessage: "Không biết định dạng của «\(output)».")
        }
        print("Đã ghi \(output).")
    }

    /// Writes a Word document, as DOCX or PDF.
    func write(_ document: WordDocument) throws {
        switch resolvedFormat {
        case .docx: try document.write(to: url)
        case .pdf: try PDFConverter.live.convert(to: url) { try document.write(to: $0) }
        default: throw CommandError(userMessage: "Báo cáo chỉ xuất được dạng docx hoặc pdf.")
        }
        print("Đã ghi \(output).")
    }
}
