import KTXHStorage
import Vapor

/// Assignments, reporting periods, data entry, review, the status board and the audit trail.
func registerWorkflowRoutes(_ app: Application, store: Store, settings: WebSettings) {
    app.page(.script) { _ in
        Asset.response(
            EntryScript.js, type: HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"]))
    }
    let work = WorkController(store: store, settings: settings)
    app.page(.myWork, get: work.index)
    let entry = EntryController(store: store, settings: settings)
    app.page(.entry(periodID: .any, body: .any), get: entry.show, post: entry.save)
    app.page(.entryEvaluate(periodID: .any, body: .any), get: entry.evaluate)
    let review = ReviewController(store: store, settings: settings)
    app.page(.entryReview(periodID: .any, body: .any), post: review.review)
    app.page(.entryReopen(periodID: .any, body: .any), post: review.reopen)
    let audit = AuditController(store: store)
    app.page(.figureHistory(periodID: .any, body: .any, indicator: .any), get: audit.history)
    app.page(.audit, get: audit.index)
    let board = BoardController(store: store, settings: settings)
    app.page(.board, get: board.show)
    app.page(.boardApprove, post: board.approve)
    let periods = PeriodsController(store: store, settings: settings)
    app.page(.periods, get: periods.index, post: periods.open)
    app.page(.period(id: .any), post: periods.update)
    let assignments = AssignmentsController(store: store, settings: settings)
    app.page(.assignments(planID: .any), get: assignments.show, post: assignments.save)
    let tasks = TasksController(store: store, settings: settings)
    app.page(.planTasks(planID: .any), get: tasks.index, post: tasks.propose)
    app.page(.task(planID: .any, taskID: .any), get: tasks.show, post: tasks.report)
    app.page(.taskAssign(planID: .any, taskID: .any), post: tasks.assign)
    app.page(.taskAttachment(planID: .any, taskID: .any, reportID: .any), get: tasks.attachment)
}
