import Foundation
import KTXHCore
import KTXHDocuments
import KTXHWorkflows

/// Bảng theo dõi nộp số liệu: reporting bodies × reporting periods. Each cell says who has not sent their
/// figures and for how long past the deadline, what waits for review, and what changed after approval;
/// the cells waiting for review can be approved together.
struct BoardPage {
    struct Column: Hashable {
        var id: Int64
        var title: String
        var detail: String
    }

    struct Cell: Hashable {
        var headline: String
        var cssClass: String
        var lines: [String]
        var link: String
        /// `periodID:slug`, the value of the bulk-approval checkbox; nil when nothing waits for review.
        var approvable: String?
    }

    struct Row: Hashable {
        var name: String
        var cells: [Cell?]
    }

    /// A task late or at risk, of any plan: the board lists them under the figures.
    struct LateTask: Hashable {
        var plan: String
        var text: String
        var lead: String
        var deadline: String
        var standing: String
        var cssClass: String
        var link: String
    }

    var columns: [Column]
    var rows: [Row]
    var canApprove: Bool
    var notice: String?
    var lateTasks: [LateTask] = []
}

extension BoardPage {
    init(_ overview: SubmissionOverview, canApprove: Bool, notice: String?) {
        var cells: [ReportingBody: [Int: Cell]] = [:]
        columns = overview.columns.enumerated().map { index, column in
            for (body, status) in column.bodies {
                cells[body, default: [:]][index] = Self.cell(status, reporting: column.reporting, body: body)
            }
            return Column(
                id: column.reporting.id,
                title: "\(column.reporting.period.vietnameseName.capitalizedFirst) · \(column.plan?.unitName ?? "")",
                detail: "Hạn \(column.reporting.deadline.vietnamese)\(column.reporting.isOpen ? "" : " · đã đóng")")
        }
        rows = cells.keys.sorted().map { body in
            Row(
                name: body.department.map { "\($0) (\(body.unitCode))" } ?? "Đơn vị \(body.unitCode)",
                cells: overview.columns.indices.map { cells[body]?[$0] })
        }
        self.canApprove = canApprove
        self.notice = notice
    }

    static func cell(_ status: SubmissionStatus, reporting: ReportingPeriod, body: ReportingBody) -> Cell {
        var lines = ["\(status.count(.approved))/\(status.assigned) đã duyệt"]
        if status.notEntered > 0 { lines.append("\(status.notEntered) chưa nhập") }
        if status.count(.draft) > 0 { lines.append("\(status.count(.draft)) đang nhập, chưa gửi") }
        if status.count(.submitted) > 0 { lines.append("\(status.count(.submitted)) chờ duyệt") }
        if status.count(.returned) > 0 { lines.append("\(status.count(.returned)) bị trả lại") }
        if status.changedAfterApproval > 0 { lines.append("\(status.changedAfterApproval) sửa sau khi duyệt") }
        if status.daysOverdue > 0 { lines.append("Quá hạn \(status.daysOverdue) ngày (từ \(reporting.deadline.vietnamese))") }
        let css =
            status.headline == "Đã duyệt"
            ? "cell done" : status.daysOverdue > 0 ? "cell late" : status.count(.submitted) > 0 ? "cell waiting" : "cell"
        return Cell(
            headline: status.headline, cssClass: css, lines: lines,
            link: SiteRoute.entry(periodID: reporting.id, body: body.slug).path,
            approvable: status.count(.submitted) > 0 ? "\(reporting.id):\(body.slug)" : nil)
    }
}
