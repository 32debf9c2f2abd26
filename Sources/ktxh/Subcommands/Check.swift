import ArgumentParser
import Foundation
import KTXHImport
import KTXHReading

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tìm chỗ báo cáo tự mâu thuẫn: tỷ lệ sai, chữ khác biểu, các phần không khớp tổng.",
        discussion: """
            Ví dụ: ktxh check bao-cao-6-thang.txt
                   ktxh check bao-cao.docx --json
            Mỗi phát hiện nêu loại, lời giải thích, các dòng liên quan và các giá trị được so sánh.
            """)

    @Argument(
        help: "Tệp báo cáo: văn bản thuần (UTF-8, bảng ngăn cách bằng tab), Word (.docx) hoặc Excel (.xlsx: trang tính đầu).")
    var file: String

    @Flag(help: "In một đối tượng JSON {\"findings\": […]}.")
    var json = false

    func run() throws {
        let findings = ConsistencyCheck.findings(in: try DocumentFile.checkedText(file))
        print(json ? FindingOutput.json(findings) : FindingOutput.text(findings))
    }
}
