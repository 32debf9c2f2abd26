import ArgumentParser
import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHStorage
import KTXHWorkflows

/// `ktxh tasks`: the tasks ("nhiệm vụ, giải pháp") a resolution sets, who leads them, and how they stand.
struct Tasks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Nhiệm vụ, giải pháp trong nghị quyết: đề xuất, lưu vào kế hoạch, giao, báo cáo, theo dõi.",
        subcommands: [TasksExtract.self, TasksImport.self, TasksList.self, TasksAssign.self, TasksReport.self])

    static let timeZone = TimeZone.vietnam

    /// A status as typed on the command line, by its code or its Vietnamese name.
    static func status(_ text: String) throws -> TaskStatus {
        guard let status = TaskStatus(text: text) else {
            throw ValidationError(
                "Trạng thái «\(text)» không có. Dùng: \(TaskStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return status
    }
}

struct TasksExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Đề xuất các nhiệm vụ từ phần nhiệm vụ, giải pháp của nghị quyết (.txt hoặc .docx).",
        discussion: """
            Ví dụ: ktxh tasks extract nghi-quyet.docx --json
            Mỗi nhiệm vụ: mục (tiêu đề lĩnh vực), nội dung như văn bản viết, cơ quan chủ trì, cơ quan phối hợp, \
            thời hạn (2025-06-30, Q3/2025, 10/2025, năm 2025, thường xuyên) và dòng bắt đầu. Không ghi gì vào cơ sở \
            dữ liệu; «ktxh tasks import» lưu chúng vào một kế hoạch.
            """)

    @Argument(help: "Tệp nghị quyết: văn bản thuần (UTF-8) hoặc Word (.docx).")
    var file: String

    @Flag(help: "In một đối tượng JSON {\"tasks\": […]}.")
    var json = false

    func run() throws {
        let tasks = TaskText.extractTasks(try DocumentFile.text(file))
        print(json ? JSONText.encode(["tasks": tasks]) : TaskOutput.text(tasks.map { ($0, nil) }))
    }
}

struct TasksImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Lưu các nhiệm vụ đề xuất từ nghị quyết vào một kế hoạch (xem trước với --dry-run).",
        discussion: """
            Ví dụ: ktxh tasks import nghi-quyet.docx --plan 1 --dry-run
            Nhiệm vụ kế hoạch đã có (cùng nội dung) không được thêm lần nữa. Tất cả được lưu trong một giao dịch, \
            mỗi nhiệm vụ một dòng nhật ký.
            """)

    @Argument(help: "Tệp nghị quyết: văn bản thuần (UTF-8) hoặc Word (.docx).")
    var file: String

    @Option(help: "Mã kế hoạch (xem «ktxh plans list»).")
    var plan: Int64

    @Flag(help: "Chỉ xem trước, không lưu.")
    var dryRun = false

    @Option(help: "Người thực hiện, ghi vào nhật ký.")
    var actor = "ktxh-cli"

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "In kết quả dạng JSON.")
    var json = false

    func run() async throws {
        let text = try DocumentFile.text(file)
        let (proposals, added) = try await database.withStore { store in
            guard try await store.planSummaries().contains(where: { $0.id == plan }) else {
                throw StorageError("Không có kế hoạch mã \(plan). Xem «ktxh plans list».")
            }
            let proposals = try await TaskWorkflow.propose(text, planID: plan, store: store)
            let added =
                dryRun ? [] : try await TaskWorkflow.add(proposals, planID: plan, store: store, actor: actor, at: CLIClock.now())
            return (proposals, added)
        }
        let fresh = proposals.filter { !$0.isKnown }.count
        if json {
            struct Answer: Encodable {
                var proposed: [ExtractedTask]
                var known: Int
                var added: Int
            }
            print(JSONText.encode(Answer(proposed: proposals.map(\.task), known: proposals.count - fresh, added: added.count)))
        } else {
            print(TaskOutput.text(proposals.map { ($0.task, $0.isKnown ? "đã có" : nil) }))
            print(
                dryRun
                    ? "Xem trước: \(fresh) nhiệm vụ mới, \(proposals.count - fresh) đã có. Chạy lại không có --dry-run để lưu."
                    : "Đã lưu \(added.count) nhiệm vụ vào kế hoạch \(plan); \(proposals.count - fresh) đã có từ trước.")
        }
    }
}

struct TasksList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Liệt kê nhiệm vụ của một kế hoạch với tình hình thực hiện hôm nay.",
        discussion: """
            Ví dụ: ktxh tasks list --plan 1 --overdue --json
            Quá hạn: đã qua thời hạn mà chưa kết thúc. Có nguy cơ chậm: còn không quá \(TaskStanding.warningDays) ngày, \
            hoặc chưa báo cáo từ đầu kỳ báo cáo đang mở. Ngày hôm nay lấy theo giờ Việt Nam (KTXH_NOW để cố định).
            """)

    @Option(help: "Mã kế hoạch.")
    var plan: Int64

    @Option(
        help: ArgumentHelp(
            "Chỉ các nhiệm vụ có trạng thái này (lặp lại được): "
                + TaskStatus.allCases.map(\.rawValue).joined(separator: ", ") + "."))
    var status: [String] = []

    @Flag(help: "Chỉ các nhiệm vụ quá hạn.")
    var overdue = false

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "In kết quả dạng JSON.")
    var json = false

    func run() async throws {
        let statuses = try Set(status.map(Tasks.status))
        let today = CalendarDay(CLIClock.now(), in: Tasks.timeZone)
        let rows = try await database.withStore { store in
            try await TaskWorkflow.rows(
                planID: plan, store: store, today: today, timeZone: Tasks.timeZone, statuses: statuses, overdueOnly: overdue)
        }
        if json {
            print(JSONText.encode(["plan": plan, "today": today.iso, "tasks": rows.map(JSONShapes.task)] as [String: Any]))
        } else if rows.isEmpty {
            print("Không có nhiệm vụ nào\(overdue ? " quá hạn" : "") trong kế hoạch \(plan).")
        } else {
            var lines = ["Mã\tMục\tNhiệm vụ\tChủ trì\tThời hạn\tTrạng thái\tTình hình"]
            for row in rows {
                let task = row.task
                lines.append(
                    [
                        "\(task.id)", task.section, task.text, task.lead, task.deadline?.vietnamese ?? "",
                        task.status.vietnameseName, row.standing.vietnamese,
                    ].joined(separator: "\t"))
            }
            print(lines.joined(separator: "\n"))
        }
    }
}

struct TasksAssign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Giao nhiệm vụ: cơ quan chủ trì, cơ quan phối hợp, thời hạn.")

    @Argument(help: "Mã nhiệm vụ (xem «ktxh tasks list»).")
    var task: Int64

    @Option(help: "Cơ quan chủ trì.")
    var lead: String?

    @Option(help: "Cơ quan phối hợp (lặp lại được).")
    var partner: [String] = []

    @Option(help: "Thời hạn: 2025-06-30, Q3/2025, 10/2025, \"năm 2025\" hoặc \"thường xuyên\".")
    var deadline: String?

    @Option(help: "Mã chỉ tiêu của kế hoạch mà nhiệm vụ phục vụ (lặp lại được).")
    var indicator: [String] = []

    @Option(help: "Người thực hiện, ghi vào nhật ký.")
    var actor = "ktxh-cli"

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let due = try deadline.map { text in
            guard let due = TaskDeadline(code: text) else {
                throw ValidationError("Thời hạn «\(text)» không hiểu được. Ví dụ: 2025-06-30, Q3/2025, 10/2025, \"năm 2025\".")
            }
            return due
        }
        let task = try await database.withStore { store in
            guard let current = try await store.task(id: self.task) else {
                throw StorageError("Không có nhiệm vụ mã \(self.task). Xem «ktxh tasks list --plan …».")
            }
            if let unknown = try await TaskWorkflow.unknownIndicator(indicator, planID: current.planID, store: store) {
                throw StorageError(unknown)
            }
            let assignment = TaskAssignment(
                lead: lead ?? current.lead, partners: partner.isEmpty ? current.partners : partner,
                deadline: due ?? current.deadline, indicatorCodes: indicator.isEmpty ? current.indicatorCodes : indicator)
            return try await store.assignTask(
                id: current.id, assignment, baseRevision: current.revision, by: actor, at: CLIClock.now())
        }
        print("Đã giao nhiệm vụ \(task.id): chủ trì «\(task.lead)», thời hạn \(task.deadline?.vietnamese ?? "chưa có").")
    }
}

struct TasksReport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Báo cáo tiến độ một nhiệm vụ: trạng thái và nội dung, theo kỳ báo cáo.")

    @Argument(help: "Mã nhiệm vụ.")
    var task: Int64

    @Option(help: ArgumentHelp("Trạng thái: " + TaskStatus.allCases.map(\.rawValue).joined(separator: ", ") + "."))
    var status: String

    @Option(help: "Nội dung báo cáo.")
    var note: String

    @Option(help: "Kỳ báo cáo (ví dụ 2025-H1).")
    var period: String?

    @Option(help: "Người báo cáo, ghi vào nhật ký.")
    var actor = "ktxh-cli"

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let state = try Tasks.status(status)
        let reported = try PeriodOptions.parse(period)
        let now = CLIClock.now()
        let report = try await database.withStore { store in
            guard let current = try await store.task(id: task) else {
                throw StorageError("Không có nhiệm vụ mã \(task). Xem «ktxh tasks list --plan …».")
            }
            // "Hoàn thành" after the deadline is "Hoàn thành chậm", as the council counts it.
            let final =
                state == .done
                ? TaskStatus.completed(on: CalendarDay(now, in: Tasks.timeZone), deadline: current.deadline) : state
            return try await store.reportTask(
                id: current.id, TaskReportInput(period: reported, status: final, note: note), baseRevision: nil, by: actor,
                at: now)
        }
        print("Đã ghi báo cáo nhiệm vụ \(task): \(report.status.vietnameseName).")
    }
}

/// The text table `ktxh tasks extract` and `import` print.
enum TaskOutput {
    static func text(_ tasks: [(ExtractedTask, String?)]) -> String {
        guard !tasks.isEmpty else { return "Không tìm thấy nhiệm vụ nào trong văn bản." }
        var lines = [["Dòng", "Mục", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Ghi chú"].joined(separator: "\t")]
        for (task, note) in tasks {
            lines.append(
                [
                    "\(task.line)", task.section, task.text, task.lead, task.partners.joined(separator: "; "),
                    task.deadline?.code ?? "", note ?? "",
                ].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n")
    }
}
