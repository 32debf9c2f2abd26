import Foundation
import KTXHCore
import KTXHStorage
import Plot

/// Một nhiệm vụ: its text, lead, partners and deadline, where it stands, every report on it with its files, and its
/// audit; the body that leads it reports here, the planner assigns it here.
struct TaskPage {
    var plan: PlanSummary
    var task: PlanTask
    /// The plan's indicators, to name the ones the task serves and to choose them.
    var indicators: [(code: String, name: String)]
    var standing: TaskStanding
    var reports: [TaskReport]
    var audit: [AuditEntry]
    var canReport: Bool
    var canAssign: Bool
    var errors: [String]
    var notice: String?

    func view() -> HTML {
        Layout.page(
            title: "Nhiệm vụ \(task.position) · \(plan.key)",
            breadcrumbs: [
                ("Kế hoạch", SiteRoute.home.path), (plan.key, SiteRoute.plan(id: plan.id).path),
                ("Nhiệm vụ", SiteRoute.planTasks(planID: plan.id).path), ("Nhiệm vụ \(task.position)", nil),
            ],
            .h1(.text("Nhiệm vụ \(task.position)")),
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            ErrorList.node(errors),
            .blockquote(.class("task-text"), .text(task.text)),
            .dl(
                .class("facts"),
                .dt(.text("Lĩnh vực")), .dd(.text(task.section.isEmpty ? "—" : task.section)),
                .dt(.text("Cơ quan chủ trì")), .dd(.text(task.lead.isEmpty ? "Chưa giao" : task.lead)),
                .dt(.text("Cơ quan phối hợp")), .dd(.text(task.partners.isEmpty ? "—" : task.partners.joined(separator: "; "))),
                .dt(.text("Thời hạn")), .dd(.text(task.deadline?.vietnamese ?? "Chưa có")),
                .dt(.text("Chỉ tiêu liên quan")), .dd(.text(served.isEmpty ? "—" : served.joined(separator: "; "))),
                .dt(.text("Trạng thái")), .dd(.text(task.status.vietnameseName)),
                .dt(.text("Tình hình")), .dd(.span(.class(TasksPage.standingClass(standing)), .text(standing.vietnamese)))),
            .if(canReport, reportForm()),
            .h2(.text("Các lần báo cáo")),
            .if(reports.isEmpty, .p(.class("empty"), .text("Chưa có báo cáo nào."))),
            .if(!reports.isEmpty, reportTable()),
            .if(canAssign, assignForm()),
            .h2(.text("Nhật ký thay đổi")),
            AuditTable.node(audit))
    }

    private var served: [String] {
        task.indicatorCodes.map { code in indicators.first { $0.code == code }?.name ?? code }
    }

    private func reportTable() -> Node<HTML.BodyContext> {
        .table(
            .class("list"),
            .thead(
                .tr(
                    .th(.text("Lúc")), .th(.text("Kỳ")), .th(.text("Trạng thái")), .th(.text("Nội dung")),
                    .th(.text("Người báo cáo")), .th(.text("Tệp")))),
            .tbody(
                .forEach(reports) { report in
                    .tr(
                        .td(.text(AuditTable.time(report.reportedAt))), .td(.text(report.period?.vietnameseName ?? "")),
                        .td(.text(report.status.vietnameseName)), .td(.text(report.note)), .td(.text(report.reportedBy)),
                        .td(
                            .unwrap(report.attachmentName) { name in
                                .a(
                                    .href(SiteRoute.taskAttachment(planID: plan.id, taskID: task.id, reportID: report.id).path),
                                    .text(name))
                            }))
                }))
    }

    private func reportForm() -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Báo cáo tiến độ")),
            .form(
                .class("stack-form"), .action(SiteRoute.task(planID: plan.id, taskID: task.id).path), .method(.post),
                .enctype(.multipartData), CSRFField.node(),
                .input(.type(.hidden), .name("revision"), .value(String(task.revision))),
                .div(
                    .label(.for("status"), .text("Trạng thái")),
                    SelectField.node(
                        name: "status", id: "status",
                        options: TaskStatus.allCases.filter { $0 != .doneLate }.map {
                            .init(value: $0.rawValue, text: $0.vietnameseName, selected: $0 == task.status)
                        })),
                .div(
                    .label(.for("note"), .text("Nội dung (đã làm được gì, còn vướng gì)")),
                    .textarea(.name("note"), .id("note"), .attribute(named: "rows", value: "4"), .required(true))),
                .div(
                    .label(.for("period"), .text("Kỳ báo cáo (ví dụ 2025-H1; để trống nếu không theo kỳ)")),
                    .input(.type(.text), .name("period"), .id("period"))),
                .div(
                    .label(.for("attachment"), .text("Tệp đính kèm (PDF, Word, Excel, ảnh; tối đa 10 MB)")),
                    .input(.type(.file), .name("attachment"), .id("attachment"))),
                .button(.type(.submit), .class("primary"), .text("Gửi báo cáo"))))
    }

    private func assignForm() -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Giao nhiệm vụ")),
            PostForm.node(
                action: SiteRoute.taskAssign(planID: plan.id, taskID: task.id).path, class: "stack-form",
                .input(.type(.hidden), .name("revision"), .value(String(task.revision))),
                .div(
                    .label(.for("lead"), .text("Cơ quan chủ trì")),
                    .input(.type(.text), .name("lead"), .id("lead"), .value(task.lead))),
                .div(
                    .label(.for("partners"), .text("Cơ quan phối hợp (mỗi dòng một cơ quan)")),
                    .textarea(
                        .name("partners"), .id("partners"), .attribute(named: "rows", value: "3"),
                        .text(task.partners.joined(separator: "\n")))),
                .div(
                    .label(.for("deadline"), .text("Thời hạn (30/6/2025, Q3/2025, 10/2025, năm 2025, thường xuyên)")),
                    .input(.type(.text), .name("deadline"), .id("deadline"), .value(task.deadline?.code ?? ""))),
                .div(
                    .label(.for("indicators"), .text("Chỉ tiêu mà nhiệm vụ phục vụ (giữ Ctrl để chọn nhiều)")),
                    .element(
                        named: "select",
                        nodes: [
                            .attribute(named: "name", value: "indicators[]"), .attribute(named: "id", value: "indicators"),
                            .attribute(named: "multiple", value: "multiple"), .attribute(named: "size", value: "6"),
                        ]
                            + indicators.map { indicator in
                                .element(
                                    named: "option",
                                    nodes: [
                                        .attribute(named: "value", value: indicator.code),
                                        .if(
                                            task.indicatorCodes.contains(indicator.code),
                                            .attribute(named: "selected", value: "selected")),
                                        .text(indicator.name),
                                    ])
                            })),
                .button(.type(.submit), .text("Lưu việc giao"))))
    }
}
