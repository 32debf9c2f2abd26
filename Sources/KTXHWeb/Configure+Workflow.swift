import KTXHStorage
import Vapor

/// Assignments, reporting periods, data entry, review, the status board and the audit trail.
func registerWorkflowRoutes(_ app: Application, store: Store, settings: WebSettings) {
    app.secure(.GET, "/assets/entry.js", .anyone) { _ in
        Asset.response(
            EntryScript.js, type: HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"]))
    }
    let work = WorkController(store: store, settings: settings)
    app.secure(.GET, "/entry", .signedIn, use: work.index)
    let entry = EntryController(store: store, settings: settings)
    app.secure(.GET, "/entry/:periodID/:body", .readFigures, use: entry.show)
    app.secure(.POST, "/entry/:periodID/:body", .enterFigures, use: entry.save)
    app.secure(.GET, "/entry/:periodID/:body/evaluate", .readFigures, use: entry.evaluate)
    let review = ReviewController(store: store, settings: settings)
    app.secure(.POST, "/entry/:periodID/:body/review", .review, use: review.review)
    app.secure(.POST, "/entry/:periodID/:body/reopen", .setUp, use: review.reopen)
    let audit = AuditController(store: store)
    app.secure(.GET, "/entry/:periodID/:body/figures/:indicator", .readFigures, use: audit.history)
    app.secure(.GET, "/audit", .readAll, use: audit.index)
    let board = BoardController(store: store, settings: settings)
    app.secure(.GET, "/board", .readAll, use: board.show)
    app.secure(.POST, "/board/approve", .review, use: board.approve)
    let periods = PeriodsController(store: store, settings: settings)
    app.secure(.GET, "/periods", .readAll, use: periods.index)
    app.secure(.POST, "/periods", .setUp, use: periods.open)
    app.secure(.POST, "/periods/:periodID", .setUp, use: periods.update)
    let assignments = AssignmentsController(store: store, settings: settings)
    app.secure(.GET, "/plans/:planID/assignments", .readAll, use: assignments.show)
    app.secure(.POST, "/plans/:planID/assignments", .setUp, use: assignments.save)
}
