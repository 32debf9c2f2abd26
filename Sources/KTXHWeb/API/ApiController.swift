import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows
import Vapor

/// `/api/v1`: what the pages show, as JSON for other systems (docs/api.md). Each handler reads the request, calls
/// the same use case as the page and renders; the shapes shared with the CLI's `--json` come from `JSONShapes`.
struct ApiController {
    let store: Store
    let settings: WebSettings
    let uploads: UploadFolders

    func document(_ req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: OpenAPIDocument.json))
    }

    func plans(_ req: Request) async throws -> Response {
        ApiResponse.json(["plans": try await store.planSummaries().map { JSONShapes.plan($0) }])
    }

    func plan(_ req: Request) async throws -> Response {
        let id = try req.planID()
        guard let summary = try await store.planSummaries().first(where: { $0.id == id }),
            let document = try await store.planDocument(id: id)
        else { throw Abort(.notFound, reason: "Không có kế hoạch mã \(id).") }
        let indicators = try await store.indicators()
        let targets = document.targets.map { target -> [String: Any] in
            let indicator = indicators[target.indicatorCode]
            return [
                "indicator": target.indicatorCode, "name": indicator?.name ?? target.indicatorCode,
                "unit": indicator?.unitOfMeasure ?? "", "target": target.text, "number": target.label ?? NSNull(),
                "section": indicator?.section ?? NSNull(),
            ]
        }
        var object = JSONShapes.plan(summary)
        object["targets"] = targets
        return ApiResponse.json(object)
    }

    func progress(_ req: Request) async throws -> Response {
        let id = try req.planID()
        let period = try req.period()
        guard let table = try await store.progressTable(planID: id, period: period) else {
            throw Abort(.notFound, reason: "Không có kế hoạch mã \(id).")
        }
        let rows = table.indicatorRows.map { row -> [String: Any] in
            let evaluation = row.evaluation
            return [
                "indicator": row.indicator.code, "name": row.indicator.name, "unit": row.indicator.unitOfMeasure,
                "target": row.target.text, "actual": JSONText.decimal(row.current?.value.number),
                "actualText": row.current.map(\.value.text) ?? NSNull(),
                "previous": JSONText.decimal(row.previous?.value.number),
                "percentOfPlan": JSONText.decimal(evaluation?.percentOfPlan?.rounded(2)),
                "percentOfPrevious": JSONText.decimal(evaluation?.percentOfPrevious?.rounded(2)),
                "label": evaluation?.label?.rawValue ?? NSNull(),
            ]
        }
        return ApiResponse.json(["plan": id, "period": period.code, "rows": rows])
    }

    /// The JSON of `ktxh tasks list --json`, on today's date in Vietnam.
    func tasks(_ req: Request) async throws -> Response {
        let id = try req.planID()
        guard try await store.planSummaries().contains(where: { $0.id == id }) else {
            throw Abort(.notFound, reason: "Không có kế hoạch mã \(id).")
        }
        let today = CalendarDay(settings.now(), in: WebSettings.timeZone)
        let overdue = req.query[Bool.self, at: "overdue"] ?? false
        let rows = try await TaskWorkflow.rows(
            planID: id, store: store, today: today, timeZone: WebSettings.timeZone, overdueOnly: overdue)
        return ApiResponse.json(["plan": id, "today": today.iso, "tasks": rows.map(JSONShapes.task)])
    }

    func unit(_ req: Request) async throws -> Response {
        let code = req.parameter(.code)
        let at: String? = req.query["at"]
        let day = at.flatMap(CalendarDay.init) ?? CalendarDay(settings.now(), in: WebSettings.timeZone)
        guard let history = try await UnitHistoryWorkflow.history(store: store, code: code, at: day) else {
            throw Abort(.notFound, reason: "Mã «\(code)» không chỉ đơn vị nào vào ngày \(day.vietnamese).")
        }
        return ApiResponse.json(JSONShapes.unit(history))
    }

    func criteria(_ req: Request) async throws -> Response {
        let unit = req.parameter(.unit)
        let text = req.parameter(.year)
        guard let year = Int(text), (1900...2100).contains(year) else {
            throw Abort(.badRequest, reason: "Năm «\(text)» không hợp lệ.")
        }
        guard try await store.unit(code: unit) != nil else { throw Abort(.notFound, reason: "Không có đơn vị mã «\(unit)».") }
        do {
            let report = try await CriteriaWorkflow.evaluate(store: store, unitCode: unit, year: year)
            return ApiResponse.json(JSONShapes.criteria(report))
        } catch let error as StorageError {
            // No set in force for the unit and year: nothing to judge by.
            throw Abort(.notFound, reason: error.message)
        }
    }
}
