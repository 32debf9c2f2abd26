import ArgumentParser
import Foundation
import KTXHImport

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tìm chỗ báo cáo tự mâu thuẫn: tỷ lệ sai, chữ khác biểu, các phần không khớp tổng.",
        discussion: """
            Ví dụ: ktxh check bao-cao-6-thang.txt
                   ktxh check bao-cao.docx --resolution nghi-quyet.docx --json
            Mỗi phát hiện nêu loại, lời giải thích, các dòng liên quan và các giá trị được so sánh.
            """)

    @Argument(help: "Tệp báo cáo: văn bản thuần (UTF-8, bảng ngăn cách bằng tab) hoặc Word (.docx).")
    var file: String

    @Option(help: "Nghị quyết mà báo cáo thực hiện, để so chỉ tiêu trong biểu với chỉ tiêu nghị quyết.")
    var resolution: String?

    @Flag(help: "In một đối tượng JSON {\"findings\": […]}.")
    var json = false

    func run() throws {
        let findings = ConsistencyCheck.findings(
            in: try DocumentFile.text(file), resolution: try resolution.map(DocumentFile.text))
        print(json ? FindingOutput.json(findings) : FindingOutput.text(findings))
    }
}
