import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Vapor

/// The list of entry forms a person can open: a reporter's own bodies, everyone's for the others.
struct WorkController {
    let store: Store
    let settings: WebSettings

    func index(_ req: Request) async throws -> Response {
        let account = try req.account
        let today = CalendarDay(settings.now(), in: WebSettings.timeZone)
        let overview = try await SubmissionOverview.load(store: store, today: today, openOnly: true, wholeUnits: account.scope)
        return HTMLResponse.render(WorkPage(overview, account: account).view())
    }
}
