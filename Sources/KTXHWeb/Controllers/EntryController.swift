import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Vapor

/// The data-entry form of one body for one reporting period: show, save (and send for review), and the
/// live evaluation the form's script asks for. Every save is checked against the body's scope: a field
/// naming an indicator of another body is refused with 403 and nothing is saved.
struct EntryController {
    let store: Store
    let settings: WebSettings

    func show(_ req: Request) async throws -> Response {
        let context = try await EntryForm.load(req, store: store, permission: .readFigures)
        let notice: String? =
            if let n = req.query[Int.self, at: "saved"] {
                "Đã lưu \(n) chỉ tiêu."
            } else if let n = req.query[Int.self, at: "submitted"] {
                "Đã gửi \(n) chỉ tiêu để duyệt."
            } else if let n = req.query[Int.self, at: "reviewed"] { "Đã xử lý \(n) chỉ tiêu." } else { nil }
        var page = EntryPage(context, account: try req.account, notice: notice)
        page.tasks = try await ownTasks(context)
        return HTMLResponse.render(page.view())
    }

    /// The tasks of the period's plan that the form's body leads.
    private func ownTasks(_ context: EntryForm) async throws -> [EntryPage.TaskLink] {
        let planID = context.reporting.planID
        let today = CalendarDay(settings.now(), in: WebSettings.timeZone)
        return try await TaskWorkflow.rows(planID: planID, store: store, today: today, timeZone: WebSettings.timeZone)
            .filter { ReportingBody(unitCode: context.plan.unitCode, department: $0.task.lead) == context.body }
            .map { row in
                EntryPage.TaskLink(
                    text: row.task.text, deadline: row.task.deadline?.vietnamese ?? "", status: row.task.status.vietnameseName,
                    standing: row.standing.vietnamese, cssClass: TasksPage.standingClass(row.standing),
                    link: SiteRoute.task(planID: planID, taskID: row.task.id).path)
            }
    }

    func save(_ req: Request) async throws -> Response {
        let context = try await EntryForm.load(req, store: store, permission: .enterFigures)
        let form = try req.content.decode(RowForm.self)
        let submit = form["intent"] == "submit"
        let items = Dictionary(context.items.map { ($0.indicator.code, $0) }, uniquingKeysWith: { a, _ in a })
        var inputs: [String: EntryInput] = [:]
        var edits: [FigureEdit] = []
        var messages: [String: [String]] = [:]
        for input in form.rows("r").map(EntryInput.init(row:)) {
            guard let item = items[input.code] else { throw Abort(.forbidden, reason: Request.forbidden) }
            inputs[input.code] = input
            let (value, errors) = input.parsedValue(for: item.indicator)
            messages[input.code, default: []] += errors
            edits.append(
                FigureEdit(
                    key: item.key, baseRevision: input.revision, value: value, kind: input.kind,
                    cutoff: input.kind == .actual ? context.reporting.cutoff : nil, note: input.note,
                    followUp: input.followUp, cause: input.cause, remedy: input.remedy))
        }
        // A value that does not read and a shortfall without its explanation are shown together, on the form.
        messages.merge(FigureEntry.problems(edits, submit: submit, in: context)) { $0 + $1 }
        let errors = messages.values.flatMap { $0 }
        guard errors.isEmpty else {
            return try render(context, req, inputs: inputs, messages: messages, errors: errors, status: .unprocessableEntity)
        }
        do {
            let done = try await FigureEntry(store: store).save(
                edits, submit: submit, in: context, by: try req.account.username, at: settings.now())
            settings.metrics.figuresSaved(done.saved)
            return submit ? redirect(context, "submitted", done.submitted) : redirect(context, "saved", done.saved)
        } catch let refusal as FigureEntry.Refusal {
            throw Abort(.conflict, reason: refusal.message)
        } catch WorkflowError.conflict(let key, let state, let value) {
            let fresh = try await EntryForm.load(req, store: store, permission: .enterFigures)
            var shown = inputs[key.indicatorCode] ?? EntryInput()
            if let value { shown.show(value) }
            shown.revision = state.revision
            inputs[key.indicatorCode] = shown
            let by = state.updatedBy.isEmpty ? "người khác" : "«\(state.updatedBy)»"
            let message =
                "Số liệu này vừa được \(by) lưu trước bạn: giá trị hiện tại là \(value?.value.text ?? "trống"). "
                + "Giá trị bạn nhập chưa được lưu; hãy kiểm tra rồi lưu lại nếu vẫn muốn thay."
            messages[key.indicatorCode] = [message]
            return try render(fresh, req, inputs: inputs, messages: messages, errors: [message], status: .conflict)
        } catch WorkflowError.locked(let key, let status) {
            let name = items[key.indicatorCode]?.indicator.name ?? key.indicatorCode
            throw Abort(.conflict, reason: "«\(name)» đang ở trạng thái \(status.vietnameseName): không sửa được.")
        }
    }

    /// The live evaluation: the engine's label and % KH for a value as typed, as JSON for the form's script.
    func evaluate(_ req: Request) async throws -> Response {
        let context = try await EntryForm.load(req, store: store, permission: .readFigures)
        let code = req.query[String.self, at: "code"] ?? ""
        guard let item = context.items.first(where: { $0.indicator.code == code }) else {
            throw Abort(.notFound, reason: "Chỉ tiêu «\(code)» không có trong phiếu này.")
        }
        var input = EntryInput()
        input.value = req.query[String.self, at: "value"] ?? ""
        input.numerator = req.query[String.self, at: "num"] ?? ""
        input.denominator = req.query[String.self, at: "den"] ?? ""
        input.yesNo = req.query[String.self, at: "yes"] ?? ""
        let (value, errors) = input.parsedValue(for: item.indicator)
        let result = LiveEvaluation(errors.first, context.evaluate(item, value: value ?? item.current?.value))
        return try await result.encodeResponse(for: req)
    }

    private func redirect(_ context: EntryForm, _ what: String, _ count: Int) -> Response {
        Response(status: .seeOther, headers: ["Location": context.route.path + "?\(what)=\(count)"])
    }

    private func render(
        _ context: EntryForm, _ req: Request, inputs: [String: EntryInput], messages: [String: [String]],
        errors: [String], status: HTTPResponseStatus
    ) throws -> Response {
        let page = EntryPage(context, account: try req.account, inputs: inputs, messages: messages, errors: errors)
        return HTMLResponse.render(page.view(), status: status)
    }
}

/// What the form's script shows beside a field: the label and % KH, or why the value is not a number.
struct LiveEvaluation: Content {
    var text: String
    var cssClass: String
    var shortfall: Bool
    var reason: String

    init(_ error: String?, _ evaluation: Evaluation?) {
        if let error {
            text = error
            cssClass = "label short"
            shortfall = false
            reason = ""
            return
        }
        let percent = evaluation?.percentOfPlan.map { " · \(VietnameseNumber.formatPercent($0)) KH" } ?? ""
        text = (evaluation?.label?.rawValue ?? "Không đánh giá") + percent
        cssClass = Display.cssClass(evaluation?.label)
        shortfall = evaluation?.label?.isShortfall ?? false
        reason = evaluation?.reason ?? ""
    }
}
