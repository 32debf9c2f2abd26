import ArgumentParser
import Foundation
import KTXHImport
import KTXHReading
import KTXHWorkflows

/// `ktxh tasks`: the tasks ("nhiệm vụ, giải pháp") a resolution sets.
struct Tasks: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Nhiệm vụ, giải pháp trong nghị quyết.", subcommands: [TasksExtract.self])
}

struct TasksExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Đề xuất các nhiệm vụ từ phần nhiệm vụ, giải pháp của nghị quyết (.txt hoặc .docx).",
        discussion: """
            Ví dụ: ktxh tasks extract nghi-quyet.docx --json
            Mỗi nhiệm vụ: mục (tiêu đề lĩnh vực), nội dung như văn bản viết, cơ quan chủ trì, cơ quan phối hợp, \
            thời hạn (2025-06-30, Q3/2025, 10/2025, năm 2025, thường xuyên) và dòng bắt đầu. Không ghi gì vào cơ sở \
            dữ liệu.
            """)

    @Argument(help: "Tệp nghị quyết: văn bản thuần (UTF-8) hoặc Word (.docx).")
    var file: String

    @Flag(help: "In một đối tượng JSON {\"tasks\": […]}.")
    var json = false

    func run() throws {
        let tasks = TaskText.extractTasks(try DocumentFile.text(file))
        if json {
            print(JSONText.encode(["tasks": tasks]))
        } else if tasks.isEmpty {
            print("Không tìm thấy nhiệm vụ nào trong văn bản.")
        } else {
            print(["Dòng", "Mục", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"].joined(separator: "\t"))
            for task in tasks {
                let fields = [
                    "\(task.line)", task.section, task.text, task.lead, task.partners.joined(separator: "; "),
                    task.deadline?.code ?? "",
                ]
                print(fields.joined(separator: "\t"))
            }
        }
    }
}
