import Foundation
import KTXHCore
import KTXHImport
import KTXHStorage
import KTXHWorkflows
import Vapor

/// Nhiệm vụ: a plan's tasks proposed from its resolution and confirmed, assigned, and reported on by the bodies
/// that lead them; the list shows which are late or at risk today.
struct TasksController {
    let store: Store
    let settings: WebSettings

    var today: CalendarDay { CalendarDay(settings.now(), in: WebSettings.timeZone) }

    func index(_ req: Request) async throws -> Response {
        try await list(req, review: nil)
    }

    struct ProposeForm: Content {
        var text: String?
        var file: File?
        /// "xem" to review, "luu" to save what the review showed.
        var action: String?
    }

    /// Reviews the tasks a pasted text or a file proposes; saves them when the reviewed text comes back confirmed.
    func propose(_ req: Request) async throws -> Response {
        let planID = try req.planID()
        let form = try req.content.decode(ProposeForm.self)
        var text = form.text ?? ""
        if let file = form.file, file.data.readableBytes > 0 {
            let data = Data(buffer: file.data)
            if file.filename.lowercased().hasSuffix(".docx") {
                do { text = try DocxText.text(of: data) } catch {
                    return try await list(
                        req, review: nil, errors: ["Tệp «\(file.filename)»: \(error.description)"], status: .unprocessableEntity)
                }
            } else if let decoded = String(data: data, encoding: .utf8) {
                text = decoded
            } else {
                return try await list(
                    req, review: nil, errors: ["Tệp «\(file.filename)» không phải văn bản UTF-8 hay .docx."],
                    status: .unprocessableEntity)
            }
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return try await list(req, review: nil, errors: ["Chưa dán nội dung hay chọn tệp nghị quyết."], status: .badRequest)
        }
        let proposals = try await TaskWorkflow.propose(text, planID: planID, store: store)
        guard form.action == "luu" else { return try await list(req, review: (text, proposals)) }
        let added = try await TaskWorkflow.add(
            proposals, planID: planID, store: store, actor: try req.account.username, at: settings.now())
        return req.redirect(to: SiteRoute.planTasks(planID: planID).path + "?da-them=\(added.count)", redirectType: .normal)
    }

    private func list(
        _ req: Request, review: (text: String, proposals: [TaskWorkflow.Proposal])?, errors: [String] = [],
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let planID = try req.planID()
        let plan = try await plan(planID)
        let filter = TasksPage.Filter(rawValue: req.query[String.self, at: "loc"] ?? "") ?? .all
        let rows = try await TaskWorkflow.rows(planID: planID, store: store, today: today, timeZone: WebSettings.timeZone)
        let page = TasksPage(
            plan: plan, rows: rows, filter: filter, today: today, canSetUp: Policy.allows(try req.account, .setUp),
            review: review, errors: errors, added: req.query[Int.self, at: "da-them"])
        return HTMLResponse.render(page.view(), status: status)
    }

    func show(_ req: Request) async throws -> Response {
        try await detail(req, errors: [], status: .ok)
    }

    struct ReportForm: Content {
        var status: String?
        var note: String?
        var period: String?
        var revision: Int?
        var attachment: File?
    }

    /// A body's report on a task: its status and what was done, with a file when one is attached.
    func report(_ req: Request) async throws -> Response {
        let (planID, task) = try await self.task(req)
        guard try await reports(req.account, on: task, in: try await plan(planID)) else {
            throw Abort(
                .forbidden, reason: "Nhiệm vụ này do «\(task.lead)» chủ trì; tài khoản của bạn báo cáo cho đơn vị khác.")
        }
        let form = try req.content.decode(ReportForm.self)
        var errors: [String] = []
        let status = form.status.flatMap(TaskStatus.init(text:))
        if status == nil { errors.append("Trạng thái «\(form.status ?? "")» không có; chọn một trạng thái trong danh sách.") }
        let note = (form.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if note.isEmpty { errors.append("Nội dung báo cáo: hãy ghi đã làm được gì, còn vướng gì.") }
        let periodText = (form.period ?? "").trimmingCharacters(in: .whitespaces)
        let period = Period(periodText)
        if !periodText.isEmpty, period == nil { errors.append("Kỳ báo cáo «\(periodText)» không hợp lệ (ví dụ: 2025-H1).") }
        var attachment: (name: String, type: String, data: Data)?
        if let file = form.attachment, file.data.readableBytes > 0 {
            let data = Data(buffer: file.data)
            let name = UploadFolders.safeName(file.filename)
            switch TaskAttachment.check(name: name, data: data) {
            case .success(let type): attachment = (name, type, data)
            case .failure(let refusal): errors.append(refusal.message)
            }
        }
        guard errors.isEmpty, var status else { return try await detail(req, errors: errors, status: .unprocessableEntity) }
        if status == .done { status = TaskStatus.completed(on: today, deadline: task.deadline) }
        do {
            try await store.reportTask(
                id: task.id, TaskReportInput(period: period, status: status, note: note, attachment: attachment),
                baseRevision: form.revision, by: try req.account.username, at: settings.now())
        } catch let stale as StaleTask {
            let message =
                "Nhiệm vụ vừa được người khác cập nhật (trạng thái: \(stale.current.status.vietnameseName)); "
                + "báo cáo của bạn chưa được lưu, hãy xem lại rồi gửi lại."
            return try await detail(req, errors: [message], status: .conflict)
        }
        return req.redirect(to: SiteRoute.task(planID: planID, taskID: task.id).path + "?da-luu=1", redirectType: .normal)
    }

    struct AssignForm: Content {
        var lead: String?
        var partners: String?
        var deadline: String?
        var revision: Int?
        var indicators: [String]?
    }

    func assign(_ req: Request) async throws -> Response {
        let (planID, task) = try await self.task(req)
        let form = try req.content.decode(AssignForm.self)
        let deadlineText = (form.deadline ?? "").trimmingCharacters(in: .whitespaces)
        let deadline = TaskDeadline(code: deadlineText) ?? CalendarDay(deadlineText).map(TaskDeadline.day)
        guard deadlineText.isEmpty || deadline != nil else {
            let message =
                "Thời hạn «\(deadlineText)» không hiểu được. Ví dụ: 30/6/2025, Q3/2025, 10/2025, năm 2025, thường xuyên."
            return try await detail(req, errors: [message], status: .unprocessableEntity)
        }
        let partners = (form.partners ?? "").split(whereSeparator: { $0 == "\n" || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let codes = form.indicators ?? []
        if let unknown = try await TaskWorkflow.unknownIndicator(codes, planID: planID, store: store) {
            return try await detail(req, errors: [unknown], status: .unprocessableEntity)
        }
        do {
            let assignment = TaskAssignment(
                lead: (form.lead ?? "").trimmingCharacters(in: .whitespaces), partners: partners, deadline: deadline,
                indicatorCodes: codes)
            _ = try await store.assignTask(
                id: task.id, assignment, baseRevision: form.revision ?? task.revision, by: try req.account.username,
                at: settings.now())
        } catch is StaleTask {
            return try await detail(
                req, errors: ["Nhiệm vụ vừa được người khác cập nhật; việc giao chưa được lưu, hãy xem lại."], status: .conflict)
        }
        return req.redirect(to: SiteRoute.task(planID: planID, taskID: task.id).path + "?da-giao=1", redirectType: .normal)
    }

    func attachment(_ req: Request) async throws -> Response {
        let (_, task) = try await self.task(req)
        let reportID = try req.id(.reportID, "báo cáo")
        guard try await store.taskReports(taskID: task.id).contains(where: { $0.id == reportID }),
            let file = try await store.taskAttachment(reportID: reportID)
        else { throw Abort(.notFound, reason: "Báo cáo này không có tệp đính kèm.") }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: file.type)
        let ascii = file.name.unicodeScalars.allSatisfy(\.isASCII) ? file.name : "tep-dinh-kem"
        let encoded = file.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        return Response(status: .ok, headers: headers, body: .init(data: file.data))
    }

    /// A reporting body reports on the tasks it leads: its scope covers the plan's unit and the lead department.
    private func reports(_ account: Account, on task: PlanTask, in plan: PlanSummary) -> Bool {
        Policy.allows(account, .enterFigures, for: ReportingBody(unitCode: plan.unitCode, department: task.lead))
    }

    private func plan(_ id: Int64) async throws -> PlanSummary {
        guard let plan = try await store.planSummaries().first(where: { $0.id == id }) else {
            throw Abort(.notFound, reason: "Không có kế hoạch mã \(id).")
        }
        return plan
    }

    /// The task the path names, checked to belong to the plan it names.
    private func task(_ req: Request) async throws -> (Int64, PlanTask) {
        let planID = try req.planID()
        let id = try req.id(.taskID, "nhiệm vụ")
        guard let task = try await store.task(id: id), task.planID == planID else {
            throw Abort(.notFound, reason: "Kế hoạch \(planID) không có nhiệm vụ mã \(id).")
        }
        return (planID, task)
    }

    private func detail(_ req: Request, errors: [String], status: HTTPResponseStatus) async throws -> Response {
        let (planID, task) = try await self.task(req)
        let plan = try await plan(planID)
        let account = try req.account
        let standing = try await TaskWorkflow.standing(of: task, store: store, today: today, timeZone: WebSettings.timeZone)
        let notice =
            req.query[Int.self, at: "da-luu"] != nil
            ? "Đã lưu báo cáo." : req.query[Int.self, at: "da-giao"] != nil ? "Đã lưu việc giao nhiệm vụ." : nil
        let page = TaskPage(
            plan: plan, task: task, indicators: try await TaskWorkflow.planIndicators(planID: planID, store: store),
            standing: standing, reports: try await store.taskReports(taskID: task.id),
            audit: try await store.auditEntries(entity: .task, key: Store.taskKey(task.id)),
            canReport: reports(account, on: task, in: plan), canAssign: Policy.allows(account, .setUp), errors: errors,
            notice: errors.isEmpty ? notice : nil)
        return HTMLResponse.render(page.view(), status: status)
    }
}
