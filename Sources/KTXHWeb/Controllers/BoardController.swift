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
        let overview = try await SubmissionOverview.load(store: store, today: today, openOnly: false)
        let page = BoardPage(
            overview, canApprove: Policy.allows(try req.account, .review),
            notice: req.query[Int.self, at: "approved"].map { "Đã duyệt \($0) số liệu." })
        return HTMLResponse.render(page.view())
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
