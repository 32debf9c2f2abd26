import Foundation
import KTXHCore
import KTXHDocuments
import KTXHImport
import KTXHReading
import KTXHStorage
import KTXHWorkflows
import Vapor

/// Criteria sets, the criteria matrix, a commune's sheet, the roadmap and the unit pages.
struct CriteriaController {
    let store: Store

    struct UploadForm: Content {
        var file: File
    }

    func sets(_ req: Request) async throws -> Response {
        HTMLResponse.render(try await setsPage(message: nil).view())
    }

    func upload(_ req: Request) async throws -> Response {
        let form = try req.content.decode(UploadForm.self)
        do {
            let set = try await CriteriaWorkflow.loadSet(
                store: store, text: String(buffer: form.file.data), file: form.file.filename)
            return HTMLResponse.render(try await setsPage(message: "Đã nạp bộ tiêu chí «\(set.key)».").view())
        } catch let error as ImportErrors {
            return HTMLResponse.render(try await setsPage(message: error.description).view(), status: .badRequest)
        }
    }

    func file(_ req: Request) async throws -> Response {
        let name = req.parameter(.file)
        let key = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
        guard let set = try await store.criteriaSets().first(where: { $0.key == key }) else {
            throw Abort(.notFound, reason: "Không tìm thấy bộ tiêu chí «\(key)».")
        }
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "application", subType: "yaml", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "\(key).yaml")
        return Response(status: .ok, headers: headers, body: .init(string: try CriteriaSetWriter.yaml(set)))
    }

    func matrix(_ req: Request) async throws -> Response {
        let parent = req.parameter(.parent)
        let year = try Self.year(req)
        let matrix = try await CriteriaWorkflow.matrix(store: store, parentCode: parent, year: year)
        guard !matrix.reports.isEmpty else { throw Abort(.notFound, reason: "Không có xã nào thuộc «\(parent)» năm \(year).") }
        return HTMLResponse.render(CriteriaMatrixPage(matrix: matrix, years: Self.demoYears).view())
    }

    func sheet(_ req: Request) async throws -> Response {
        let unit = req.parameter(.unit)
        let report = try await CriteriaWorkflow.evaluate(store: store, unitCode: unit, year: try Self.year(req))
        // ?so-voi=2011: the same commune in an earlier year, each year under its own set.
        let compared: Int? = req.query["so-voi"]
        var baseline: UnitCriteriaReport?
        if let compared { baseline = try await CriteriaWorkflow.evaluate(store: store, unitCode: unit, year: compared) }
        let page = CriteriaSheetPage(report: report, baseline: baseline, years: Self.demoYears)
        return HTMLResponse.render(page.view())
    }

    func roadmap(_ req: Request) async throws -> Response {
        let parent = req.parameter(.parent)
        let lines = try await CriteriaWorkflow.roadmap(store: store, parentCode: parent)
        let name = try await store.unit(code: parent)?.name ?? parent
        let page = RoadmapPage(
            heading: "Lộ trình xây dựng nông thôn mới: \(name)",
            lines: lines.map { item in
                RoadmapPage.Line(
                    year: item.entry.year, unit: item.unitName, tier: item.entry.tier.vietnameseName,
                    goal: item.entry.goal.vietnameseName, items: item.entry.items.joined(separator: ", "),
                    planned: item.entry.plannedText ?? "", result: item.result, text: item.entry.text)
            })
        return HTMLResponse.render(page.view())
    }

    func unit(_ req: Request) async throws -> Response {
        let code = req.parameter(.code)
        let at: String? = req.query["at"]
        let day = at.flatMap(CalendarDay.init) ?? CalendarDay.endOfYear(2024)
        guard let history = try await UnitHistoryWorkflow.history(store: store, code: code, at: day) else {
            throw Abort(.notFound, reason: "Mã «\(code)» không chỉ đơn vị nào vào ngày \(day.vietnamese).")
        }
        return HTMLResponse.render(UnitShowPage(history: history, day: day).view())
    }

    private func setsPage(message: String?) async throws -> CriteriaSetsPage {
        CriteriaSetsPage(
            sets: try await store.criteriaSets(), message: message,
            links: [
                ("Ma trận 2011", SiteRoute.criteriaMatrix(parentCode: "058", year: 2011).path),
                ("Ma trận 2020", SiteRoute.criteriaMatrix(parentCode: "058", year: 2020).path),
                ("Lộ trình 2021-2025", SiteRoute.roadmap(parentCode: "058").path),
                ("Thành phố Bắc Kạn", SiteRoute.unit(code: "058").path),
            ])
    }

    /// The years the report being read compares (seed 003: the 2011 baseline and 2020).
    static let demoYears = [2011, 2020]

    private static func year(_ req: Request) throws -> Int {
        let text = req.parameter(.year)
        guard let year = Int(text), (1900...2100).contains(year) else {
            throw Abort(.badRequest, reason: "Năm «\(text)» không hợp lệ.")
        }
        return year
    }
}
