import ArgumentParser
import Foundation
import KTXHImport
import KTXHReading

struct ParseTargets: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse-targets",
        abstract: "Trích các chỉ tiêu từ văn bản nghị quyết (.txt hoặc .docx).",
        discussion: """
            Ví dụ: ktxh parse-targets nghi-quyet.docx --json
            Mỗi chỉ tiêu: số thứ tự, tên chỉ tiêu, chỉ tiêu như văn bản viết, phép so sánh (=, ≥, >, ≤, <, range, text), \
            giá trị, đơn vị, tăng/giảm, dòng và câu văn.
            """)

    @Argument(help: "Tệp nghị quyết: văn bản thuần (UTF-8) hoặc Word (.docx).")
    var file: String

    @Flag(help: "In một đối tượng JSON {\"targets\": […]}.")
    var json = false

    func run() throws {
        let targets = ResolutionText.extractTargets(try DocumentFile.text(file))
        print(json ? TargetOutput.json(targets) : TargetOutput.text(targets))
    }
}
