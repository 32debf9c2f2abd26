import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Vapor

/// The status board and its bulk approval.
struct BoardController {
    let store: Store
    let settings: WebSettings

    func show(_ req: Request) async throws -> Response {
        let today = CalendarDay(settings.now(), in: WebSettings.timeZone)
        let periods = try await store.reportingPeriods()
        let plans = Dictionary(try await store.planSummaries().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var columns: [BoardPage.Column] = []
        var cells: [ReportingBody: [Int: BoardPage.Cell]] = [:]
        for (index, reporting) in periods.enumerated() {
            let plan = plans[reporting.planID]
            columns.append(
                BoardPage.Column(
                    id: reporting.id,
                    title: "\(reporting.period.vietnameseName.capitalizedFirst) · \(plan?.unitName ?? "")",
                    detail: "Hạn \(reporting.deadline.vietnamese)\(reporting.isOpen ? "" : " · đã đóng")"))
            let assignments = try await store.assignments(planID: reporting.planID)
            let states = try await store.figureStates(unitCode: plan?.unitCode ?? "", period: reporting.period)
            for (body, codes) in Dictionary(grouping: assignments, by: \.body) {
                let status = SubmissionStatus(
                    assigned: codes.count, states: codes.compactMap { states[$0.indicatorCode] }, period: reporting,
                    today: today)
                cells[body, default: [:]][index] = Self.cell(status, reporting: reporting, body: body)
            }
        }
        let rows = cells.keys.sorted().map { body in
            BoardPage.Row(
                name: body.department.map { "\($0) (\(body.unitCode))" } ?? "Đơn vị \(body.unitCode)",
                cells: columns.indices.map { cells[body]?[$0] })
        }
        let notice = req.query[Int.self, at: "approved"].map { "Đã duyệt \($0) số liệu." }
        let page = BoardPage(
            columns: columns, rows: rows, canApprove: Policy.allows(try req.account, .review), notice: notice)
        return HTMLResponse.render(page.view())
    }

    static func cell(_ status: SubmissionStatus, reporting: ReportingPeriod, body: ReportingBody) -> BoardPage.Cell {
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
        return BoardPage.Cell(
            headline: status.headline, cssClass: css, lines: lines,
            link: SiteRoute.entry(periodID: reporting.id, body: body.slug).path,
            approvable: status.count(.submitted) > 0 ? "\(reporting.id):\(body.slug)" : nil)
    }

    struct ApproveForm: Content {
        var cells: [String]?
    }

    /// Approves every submitted figure of the chosen cells, in one transaction.
    func approve(_ req: Request) async throws -> Response {
        let chosen = try req.content.decode(ApproveForm.self).cells ?? []
        do {
            let moved = try await FigureEntry(store: store).approve(
                cells: chosen, by: try req.account.username, at: settings.now())
            return Response(status: .seeOther, headers: ["Location": SiteRoute.board.path + "?approved=\(moved)"])
        } catch let refusal as FigureEntry.Refusal {
            let status: HTTPResponseStatus = refusal == .nothingToApprove ? .unprocessableEntity : .badRequest
            throw Abort(status, reason: refusal.message)
        }
    }
}
