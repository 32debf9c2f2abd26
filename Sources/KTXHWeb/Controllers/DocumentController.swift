import Crypto
import Foundation
import KTXHCore
import KTXHDocuments
import KTXHStorage
import KTXHWorkflows
import Vapor

/// Downloads: the progress table, the plan's appendix and the draft report, written by `KTXHDocuments` from
/// the same data as the pages.
struct DocumentController {
    let store: Store

    func progress(_ req: Request, _ download: SiteRoute.Download) async throws -> Response {
        let (id, period) = (try req.planID(), try req.period())
        let report = try await load { try await $0.progress(planID: id, period: period) }
        let name = "bieu-tien-do-\(report.table.plan.key)-\(period.code)"
        let items = Dashboard(table: report.table, bodies: [:]).items
        let charts = [DashboardCharts.labels(items, period: period), DashboardCharts.percentOfPlan(items, period: period)]
        return try await respond(
            req, report.reportTable, download: download, name: name, charts: charts.filter { !$0.bars.isEmpty })
    }

    func plan(_ req: Request, _ download: SiteRoute.Download) async throws -> Response {
        let id = try req.planID()
        let appendix = try await load { try await $0.appendix(planID: id) }
        return try await respond(req, appendix.reportTable, download: download, name: "chi-tieu-\(appendix.table.plan.key)")
    }

    /// Biểu theo dõi nhiệm vụ, on today's date in Vietnam.
    func tasks(_ req: Request, _ download: SiteRoute.Download, today: CalendarDay) async throws -> Response {
        let id = try req.planID()
        let text = req.query[String.self, at: "ky"]
        let period = text.flatMap(Period.init)
        if let text, period == nil { throw Abort(.badRequest, reason: "Kỳ báo cáo «\(text)» không hợp lệ (ví dụ: 2025-H1).") }
        let sheet = try await load {
            try await $0.taskSheet(planID: id, day: today, timeZone: WebSettings.timeZone, period: period)
        }
        return try await respond(req, sheet.reportTable, download: download, name: "theo-doi-nhiem-vu-\(sheet.plan.key)")
    }

    func draft(_ req: Request, today: CalendarDay) async throws -> Response {
        let (id, period) = (try req.planID(), try req.period())
        let report = try await load { try await $0.progress(planID: id, period: period) }
        let tasks = try await load {
            try await $0.taskSheet(planID: id, day: today, timeZone: WebSettings.timeZone, period: period)
        }
        let charts = try await NIOThreadPool.singleton.runIfActive { DraftReport.chartPictures(report) }
        let document = DraftReport(report: report, charts: charts, tasks: tasks).document
        let data = try await written(req) { try document.write(to: $0) }
        return file(data, type: .docx, name: "du-thao-bao-cao-\(report.table.plan.key)-\(period.code).docx")
    }

    private func respond(
        _ req: Request, _ table: ReportTable, download: SiteRoute.Download, name: String, charts: [BarChart] = []
    ) async throws -> Response {
        switch download {
        case .print:
            let html = table.html(charts: charts)
            var headers = HTTPHeaders()
            headers.contentType = .html
            headers.replaceOrAdd(
                name: "Content-Security-Policy", value: SessionMiddleware.policy(styleHash: Self.styleHash(html)))
            return Response(status: .ok, headers: headers, body: .init(string: html))
        case .xlsx:
            return file(try await written(req) { try table.writeXLSX(to: $0) }, type: .xlsx, name: name + ".xlsx")
        case .docx:
            return file(try await written(req) { try table.writeDOCX(to: $0) }, type: .docx, name: name + ".docx")
        }
    }

    /// Writes a document to a temporary file off the event loop and reads it back.
    private func written(_ req: Request, _ write: @escaping @Sendable (URL) throws -> Void) async throws -> Data {
        try await req.application.threadPool.runIfActive {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-web-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: url) }
            try write(url)
            return try Data(contentsOf: url)
        }
    }

    private func file(_ data: Data, type: HTTPMediaType, name: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.contentDisposition = .init(.attachment, filename: name)
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// The SHA-256 of a page's one inline stylesheet, as a Content-Security-Policy names it.
    static func styleHash(_ html: String) -> String? {
        guard let open = html.range(of: "<style>"), let close = html.range(of: "</style>", range: open.upperBound..<html.endIndex)
        else { return nil }
        return Data(SHA256.hash(data: Data(html[open.upperBound..<close.lowerBound].utf8))).base64EncodedString()
    }

    private func load<T>(_ body: (ReportLoader) async throws -> T) async throws -> T {
        do {
            return try await body(ReportLoader(store: store))
        } catch let failure as ReportLoader.Failure {
            switch failure {
            case .noPlan: throw Abort(.notFound, reason: failure.message)
            case .periodOutsideTerm: throw Abort(.badRequest, reason: failure.message)
            }
        }
    }
}

extension HTTPMediaType {
    static let xlsx = HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    static let docx = HTTPMediaType(
        type: "application", subType: "vnd.openxmlformats-officedocument.wordprocessingml.document")

}
