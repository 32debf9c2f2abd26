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
        var page = BoardPage(
            overview, canApprove: Policy.allows(try req.account, .review),
            notice: req.query[Int.self, at: "approved"].map { "Đã duyệt \($0) số liệu." })
        page.lateTasks = try await lateTasks(today: today)
        return HTMLResponse.render(page.view())
    }

    /// Every plan's tasks that need attention today, the overdue first, the longest overdue first.
    private func lateTasks(today: CalendarDay) async throws -> [BoardPage.LateTask] {
        var found: [(days: Int, task: BoardPage.LateTask)] = []
        for plan in try await store.planSummaries() {
            let rows = try await TaskWorkflow.rows(planID: plan.id, store: store, today: today, timeZone: WebSettings.timeZone)
            for row in rows where row.standing.needsAttention {
                let days: Int
                if case .overdue(let late) = row.standing { days = late } else { days = -1 }
                found.append(
                    (
                        days,
                        BoardPage.LateTask(
                            plan: plan.key, text: row.task.text, lead: row.task.lead,
                            deadline: row.task.deadline?.vietnamese ?? "",
                            standing: row.standing.vietnamese, cssClass: TasksPage.standingClass(row.standing),
                            link: SiteRoute.task(planID: plan.id, taskID: row.task.id).path)
                    ))
            }
        }
        return found.sorted { $0.days > $1.days }.map(\.task)
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
