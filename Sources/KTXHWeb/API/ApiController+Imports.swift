import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHStorage
import KTXHWorkflows
import Vapor

/// Importing a file through the API, in the two steps of the upload page: send the file and get its review (nothing
/// saved), then apply it by the review's token, all of it in one transaction or nothing.
extension ApiController {
    /// How to read the file: `?name=` (required: its extension says its format), and the options of `ktxh import`.
    struct ImportQuery: Codable {
        var name: String
        var plan: Int64?
        var period: String?
        var unit: String?
        var year: Int?
        var confirmMatches: Bool?

        var options: ImportOptions {
            ImportOptions(
                planID: plan, period: period.flatMap(Period.init), unitCode: unit, year: year,
                confirmProbableMatches: confirmMatches ?? false)
        }
    }

    struct ReviewAnswer: Encodable {
        var token: String
        var review: ImportSummary
    }

    static let queryFile = "tuy-chon.json"

    func importFile(_ req: Request) async throws -> Response {
        let query = try req.query.decode(ImportQuery.self)
        if let period = query.period, Period(period) == nil {
            throw ApiProblem(status: .badRequest, reason: "Kỳ báo cáo «\(period)» không hợp lệ (ví dụ: 2024-H1, 2024-9M, 2024).")
        }
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw ApiProblem(status: .badRequest, reason: "Yêu cầu cần nội dung tệp (Content-Type: application/octet-stream).")
        }
        let upload = try uploads.keep(Data(buffer: body), name: query.name)
        var stored = query
        stored.name = upload.name
        try JSONEncoder().encode(stored).write(to: upload.folder.appendingPathComponent(Self.queryFile))
        let summary = try await review(upload, query: stored).summary
        return try Self.encoded(ReviewAnswer(token: upload.token, review: summary), status: .created)
    }

    func applyImport(_ req: Request) async throws -> Response {
        var upload = try uploads.upload(req, name: Self.queryFile)
        guard let data = FileManager.default.contents(atPath: upload.file.path),
            let query = try? JSONDecoder().decode(ImportQuery.self, from: data)
        else { throw ApiProblem(status: .notFound, reason: "Tệp tải lên «\(upload.token)» đã hết hạn hoặc đã được nhập.") }
        upload.name = UploadFolders.safeName(query.name)
        let (review, summary) = try await review(upload, query: query)
        guard review.canApply else {
            throw ApiProblem(
                status: .unprocessableEntity,
                reason: "Không nhập gì: tệp còn chỗ chưa hiểu hoặc chưa xác nhận.",
                members: ["problems": summary.problems.map(\.message)])
        }
        let result = try await ImportWorkflow.apply(review, store: store, req: req, settings: settings)
        uploads.remove(upload)
        return try Self.encoded(ImportOutcome(review: summary, result: result), status: .ok)
    }

    private func review(_ upload: UploadFolders.Upload, query: ImportQuery) async throws
        -> (review: ImportReview, summary: ImportSummary)
    {
        do {
            let review = try await ImportWorkflow.review(upload.file, name: upload.name, options: query.options, store: store)
            return (review, ImportSummary(review, repeated: try await store.repeatedObservations(review.changes.observations)))
        } catch let error as ImportError {
            throw ApiProblem(status: .unprocessableEntity, reason: error.description)
        } catch let errors as ImportErrors {
            throw ApiProblem(status: .unprocessableEntity, reason: errors.description)
        }
    }

    static func encoded(_ value: some Encodable, status: HTTPResponseStatus) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        return Response(status: status, headers: headers, body: .init(data: try encoder.encode(value)))
    }
}
