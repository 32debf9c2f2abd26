import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Vapor

/// A body's figures through the API: read them with their revisions, save them with the same optimistic
/// concurrency as the form (a stale revision gets 409 and the figure as it stands), send them, approve them.
extension ApiController {
    /// One figure as a client writes it: `value` a JSON number, a Vietnamese number as text ("1.889,5"), true or
    /// false, or `{"numerator", "denominator"}`; `revision` the one it was read at (0 for a new figure).
    struct FigureWrite: Decodable {
        var indicator: String
        var value: WrittenValue?
        var revision: Int
        var kind: Observation.Kind?
        var note: String?
        var followUp: Bool?
        var cause: String?
        var remedy: String?
    }

    struct FiguresWrite: Decodable {
        var figures: [FigureWrite]
        /// Send the figures still open to review in the same transaction.
        var submit: Bool?
    }

    enum WrittenValue: Decodable {
        case number(Decimal), text(String), yesNo(Bool), ratio(numerator: Decimal, denominator: Decimal)

        private enum Keys: String, CodingKey { case numerator, denominator }

        init(from decoder: any Decoder) throws {
            if let object = try? decoder.container(keyedBy: Keys.self) {
                self = .ratio(
                    numerator: try object.decode(Decimal.self, forKey: .numerator),
                    denominator: try object.decode(Decimal.self, forKey: .denominator))
                return
            }
            let single = try decoder.singleValueContainer()
            if let flag = try? single.decode(Bool.self) {
                self = .yesNo(flag)
            } else if let number = try? single.decode(Decimal.self) {
                self = .number(number)
            } else {
                self = .text(try single.decode(String.self))
            }
        }

        /// As the form's fields hold it, so the API reads a value exactly as the form does.
        func fill(_ input: inout EntryInput) {
            switch self {
            case .number(let value): input.value = VietnameseNumber.format(value)
            case .text(let text): input.value = text
            case .yesNo(let flag): input.yesNo = flag ? "1" : "0"
            case .ratio(let numerator, let denominator):
                input.numerator = VietnameseNumber.format(numerator)
                input.denominator = VietnameseNumber.format(denominator)
            }
        }
    }

    /// The forms the token's account may read in the open periods, as the *Nhập số liệu* page lists them.
    func forms(_ req: Request) async throws -> Response {
        let account = try req.account
        let today = CalendarDay(settings.now(), in: WebSettings.timeZone)
        let overview = try await SubmissionOverview.load(store: store, today: today, openOnly: true, wholeUnits: account.scope)
        let forms = overview.columns.flatMap { column -> [[String: Any]] in
            column.bodies.keys.sorted().filter { Policy.allows(account, .readFigures, for: $0) }.compactMap { body in
                guard let status = column.bodies[body], let plan = column.plan else { return nil }
                return [
                    "periodID": column.reporting.id, "body": body.slug, "bodyName": body.department ?? plan.unitName,
                    "plan": plan.id, "period": column.reporting.period.code, "cutoff": column.reporting.cutoff.iso,
                    "deadline": column.reporting.deadline.iso, "assigned": status.assigned, "notEntered": status.notEntered,
                    "daysOverdue": status.daysOverdue,
                    "path": SiteRoute.apiFigures(periodID: column.reporting.id, body: body.slug).path,
                ]
            }
        }
        return ApiResponse.json(["forms": forms])
    }

    func figures(_ req: Request) async throws -> Response {
        let form = try await EntryForm.load(req, store: store, permission: .readFigures)
        return ApiResponse.json(Self.figures(form))
    }

    static func figures(_ form: EntryForm) -> [String: Any] {
        let figures = form.items.map { item -> [String: Any] in
            let evaluation = form.evaluate(item, value: item.current?.value)
            return [
                "indicator": item.indicator.code, "name": item.indicator.name, "unit": item.indicator.unitOfMeasure,
                "target": item.target.text, "value": JSONText.decimal(item.current?.value.number),
                "valueText": item.current.map(\.value.text) ?? NSNull(), "kind": item.current?.kind.rawValue ?? NSNull(),
                "revision": item.state?.revision ?? 0, "status": (item.state?.status ?? .draft).rawValue,
                "statusName": (item.state?.status ?? .draft).vietnameseName,
                "updatedBy": item.state?.updatedBy ?? NSNull(), "label": evaluation?.label?.rawValue ?? NSNull(),
                "percentOfPlan": JSONText.decimal(evaluation?.percentOfPlan?.rounded(2)),
            ]
        }
        return [
            "period": form.reporting.period.code, "periodID": form.reporting.id, "body": form.body.slug,
            "bodyName": form.bodyName, "open": form.reporting.isOpen, "figures": figures,
        ]
    }

    func saveFigures(_ req: Request) async throws -> Response {
        let form = try await EntryForm.load(req, store: store, permission: .enterFigures)
        let written = try ApiResponse.decode(FiguresWrite.self, from: req)
        let submit = written.submit ?? false
        var edits: [FigureEdit] = []
        var errors: [[String: String]] = []
        for figure in written.figures {
            guard let item = form.item(figure.indicator) else {
                throw ApiProblem(
                    status: .forbidden,
                    reason:
                        "Chỉ tiêu «\(figure.indicator)» không thuộc phiếu của «\(form.bodyName)» kỳ \(form.reporting.period.code)."
                )
            }
            var input = EntryInput()
            figure.value?.fill(&input)
            let (value, problems) = input.parsedValue(for: item.indicator)
            errors += problems.map { ["indicator": figure.indicator, "field": "value", "value": input.value, "message": $0] }
            let kind = figure.kind ?? .actual
            edits.append(
                FigureEdit(
                    key: item.key, baseRevision: figure.revision, value: value, kind: kind,
                    cutoff: kind == .actual ? form.reporting.cutoff : nil, note: figure.note ?? item.state?.note ?? "",
                    followUp: figure.followUp ?? item.state?.followUp ?? false, cause: figure.cause ?? item.state?.cause ?? "",
                    remedy: figure.remedy ?? item.state?.remedy ?? ""))
        }
        for (code, messages) in FigureEntry.problems(edits, submit: submit, in: form) {
            errors += messages.map { ["indicator": code, "field": "cause", "value": "", "message": $0] }
        }
        guard errors.isEmpty else {
            throw ApiProblem(
                status: .unprocessableEntity, reason: errors.map { $0["message"] ?? "" }.joined(separator: " "),
                members: ["errors": errors])
        }
        do {
            let done = try await FigureEntry(store: store).save(
                edits, submit: submit, in: form, by: try req.account.username, at: settings.now())
            settings.metrics.figuresSaved(done.saved)
            return ApiResponse.json(["saved": done.saved, "submitted": done.submitted])
        } catch let refusal as FigureEntry.Refusal {
            throw ApiProblem(status: .conflict, reason: refusal.message)
        } catch WorkflowError.conflict(let key, let state, let value) {
            let by = state.updatedBy.isEmpty ? "người khác" : "«\(state.updatedBy)»"
            let current: [String: any Sendable] = [
                "indicator": key.indicatorCode, "revision": state.revision, "updatedBy": state.updatedBy,
                "value": value?.value.number, "valueText": value?.value.text ?? "",
            ]
            throw ApiProblem(
                status: .conflict,
                reason: "Số liệu «\(key.indicatorCode)» vừa được \(by) lưu trước (phiên bản \(state.revision)); "
                    + "giá trị gửi lên chưa được lưu.",
                members: ["current": current])
        } catch WorkflowError.locked(let key, let status) {
            throw ApiProblem(
                status: .conflict, reason: "«\(key.indicatorCode)» đang ở trạng thái \(status.vietnameseName): không sửa được.")
        }
    }

    /// Duyệt: approves every figure of the body that was sent for review.
    func approve(_ req: Request) async throws -> Response {
        let form = try await EntryForm.load(req, store: store, permission: .review)
        do {
            let count = try await FigureEntry(store: store).approve(
                cells: ["\(form.reporting.id):\(form.body.slug)"], by: try req.account.username, at: settings.now())
            return ApiResponse.json(["approved": count])
        } catch let refusal as FigureEntry.Refusal {
            throw ApiProblem(status: .conflict, reason: refusal.message)
        }
    }
}
