import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Plot

/// Nhiệm vụ của kế hoạch: every task with its lead, deadline, status and where it stands today; the planner proposes
/// tasks from the resolution's text here, reviews them, and saves them.
struct TasksPage {
    enum Filter: String, CaseIterable {
        case all = ""
        case overdue = "qua-han"
        case attention = "can-chu-y"

        var label: String {
            switch self {
            case .all: "Tất cả"
            case .overdue: "Quá hạn"
            case .attention: "Cần chú ý"
            }
        }
    }

    var plan: PlanSummary
    var rows: [TaskWorkflow.Row]
    var filter: Filter
    var today: CalendarDay
    var canSetUp: Bool
    var review: (text: String, proposals: [TaskWorkflow.Proposal])?
    var errors: [String]
    var added: Int?

    var shown: [TaskWorkflow.Row] {
        switch filter {
        case .all: rows
        case .overdue: rows.filter(\.standing.isOverdue)
        case .attention: rows.filter(\.standing.needsAttention)
        }
    }

    static func standingClass(_ standing: TaskStanding) -> String {
        switch standing {
        case .overdue: "label short"
        case .atRisk: "label pending"
        case .closed: "label met"
        case .onTrack: ""
        }
    }

    func view() -> HTML {
        let link = SiteRoute.planTasks(planID: plan.id).path
        let overdue = rows.filter(\.standing.isOverdue).count
        return Layout.page(
            title: "Nhiệm vụ · \(plan.title)",
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), (plan.key, SiteRoute.plan(id: plan.id).path), ("Nhiệm vụ", nil)],
            .h1(.text("Nhiệm vụ, giải pháp")),
            .p(
                .class("subtitle"),
                .text("\(plan.title) · \(rows.count) nhiệm vụ, \(overdue) quá hạn (ngày \(today.vietnamese)).")),
            .unwrap(added) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text("Đã thêm \($0) nhiệm vụ.")) },
            ErrorList.node(errors),
            .if(review != nil, reviewSection()),
            .nav(
                .class("pager"), .attribute(named: "aria-label", value: "Lọc nhiệm vụ"),
                .forEach(Filter.allCases) { choice in
                    .a(
                        .href(choice == .all ? link : link + "?loc=\(choice.rawValue)"),
                        .if(choice == filter, .attribute(named: "aria-current", value: "page")), .text(choice.label))
                }),
            .if(
                shown.isEmpty,
                .p(.class("empty"), .text(rows.isEmpty ? "Kế hoạch chưa có nhiệm vụ nào." : "Không có nhiệm vụ nào."))),
            .if(!shown.isEmpty, table()),
            .if(
                !rows.isEmpty,
                Downloads.links([
                    ("Biểu theo dõi nhiệm vụ (Excel)", SiteRoute.taskDocument(planID: plan.id, .xlsx).path),
                    ("Biểu theo dõi nhiệm vụ (Word)", SiteRoute.taskDocument(planID: plan.id, .docx).path),
                    ("Bản in", SiteRoute.taskDocument(planID: plan.id, .print).path),
                ])),
            .if(canSetUp && review == nil, proposeForm())
        )
    }

    private func table() -> Node<HTML.BodyContext> {
        .table(
            .class("list tasks"),
            .thead(
                .tr(
                    .th(.text("TT")), .th(.text("Lĩnh vực")), .th(.text("Nhiệm vụ")), .th(.text("Chủ trì")),
                    .th(.text("Thời hạn")),
                    .th(.text("Trạng thái")), .th(.text("Tình hình")))),
            .tbody(
                .forEach(shown) { row in
                    let task = row.task
                    return .tr(
                        .td(.text("\(task.position)")), .td(.text(task.section)),
                        .td(.a(.href(SiteRoute.task(planID: plan.id, taskID: task.id).path), .text(task.text))),
                        .td(.text(task.lead)), .td(.text(task.deadline?.vietnamese ?? "")),
                        .td(.text(task.status.vietnameseName)),
                        .td(.span(.class(Self.standingClass(row.standing)), .text(row.standing.vietnamese))))
                }))
    }

    private func proposeForm() -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Đề xuất nhiệm vụ từ nghị quyết")),
            .p(
                .text(
                    "Dán phần nhiệm vụ, giải pháp (hoặc cả nghị quyết) hay chọn tệp .docx, .txt: ktxh đề xuất từng nhiệm vụ với "
                        + "lĩnh vực, cơ quan chủ trì, phối hợp và thời hạn để xem lại trước khi lưu.")),
            .form(
                .class("upload"), .action(SiteRoute.planTasks(planID: plan.id).path), .method(.post), .enctype(.multipartData),
                CSRFField.node(), .input(.type(.hidden), .name("action"), .value("xem")),
                .div(.label(.for("task-file"), .text("Tệp nghị quyết")), .input(.type(.file), .name("file"), .id("task-file"))),
                .div(
                    .label(.for("task-text"), .text("Hoặc dán nội dung")),
                    .textarea(.name("text"), .id("task-text"), .attribute(named: "rows", value: "8"))),
                .button(.type(.submit), .text("Xem trước"))))
    }

    private func reviewSection() -> Node<HTML.BodyContext> {
        let proposals = review?.proposals ?? []
        let fresh = proposals.filter { !$0.isKnown }.count
        return .section(
            .class("review"),
            .h2(.text("Xem trước: \(fresh) nhiệm vụ mới, \(proposals.count - fresh) đã có")),
            .table(
                .class("list"),
                .thead(
                    .tr(
                        .th(.text("Dòng")), .th(.text("Lĩnh vực")), .th(.text("Nhiệm vụ")), .th(.text("Chủ trì")),
                        .th(.text("Phối hợp")), .th(.text("Thời hạn")), .th(.text("")))),
                .tbody(
                    .forEach(proposals) { proposal in
                        let task = proposal.task
                        return .tr(
                            .td(.text("\(task.line)")), .td(.text(task.section)), .td(.text(task.text)), .td(.text(task.lead)),
                            .td(.text(task.partners.joined(separator: "; "))), .td(.text(task.deadline?.vietnamese ?? "")),
                            .td(.text(proposal.isKnown ? "Đã có" : "Mới")))
                    })),
            PostForm.node(
                action: SiteRoute.planTasks(planID: plan.id).path, class: "stack-form",
                .input(.type(.hidden), .name("action"), .value("luu")),
                .textarea(
                    .name("text"), .class("visually-hidden"), .attribute(named: "aria-hidden", value: "true"),
                    .text(review?.text ?? "")),
                .button(
                    .type(.submit), .class("primary"), .if(fresh == 0, .attribute(named: "disabled", value: "disabled")),
                    .text("Lưu \(fresh) nhiệm vụ mới"))),
            .p(.a(.href(SiteRoute.planTasks(planID: plan.id).path), .text("Bỏ, quay lại danh sách"))))
    }
}
