import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHStorage
import KTXHWorkflows
import Vapor

/// The upload page: a file is reviewed exactly as `ktxh import --dry-run` reviews it, and saved only when
/// the person confirms. The uploaded file waits in a private folder under an unguessable token.
struct ImportController {
    let store: Store
    let uploads: UploadFolders
    let settings: WebSettings

    struct UploadForm: Content {
        var file: File?
        /// A resolution's text pasted instead of a file.
        var text: String?
        var period: String?
        var unit: String?
        var year: String?
    }

    struct ConfirmForm: Content {
        var name: String
        var period: String?
        var unit: String?
        var year: String?
        var confirmMatches: String?
        /// The columns a person chose where the header left it open ("cột 4"), one field per role.
        var columnPlan: String?
        var columnValue: String?
        var columnPrevious: String?

        /// The form field of each role a question can be about.
        static let columnFields: [(column: PlanTable.Column, field: String, value: KeyPath<ConfirmForm, String?>)] = [
            (.plan, "columnPlan", \.columnPlan), (.value, "columnValue", \.columnValue),
            (.previous, "columnPrevious", \.columnPrevious),
        ]

        var columns: [PlanTable.Column: String] {
            Dictionary(
                uniqueKeysWithValues: Self.columnFields.compactMap { role in
                    self[keyPath: role.value].flatMap { $0.isEmpty ? nil : (role.column, $0) }
                })
        }
    }

    /// The file a pasted text is kept in until it is confirmed: read as any text file is.
    static let pastedName = "noi-dung-dan.txt"

    func form(_ req: Request) async throws -> Response {
        HTMLResponse.render(ImportFormPage(message: nil).view())
    }

    func upload(_ req: Request) async throws -> Response {
        let form = try req.content.decode(UploadForm.self)
        // Kept as typed: the file is read as any text file is (CR LF line ends included).
        let pasted = (form.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let upload: UploadFolders.Upload
        if let file = form.file, file.data.readableBytes > 0 {
            upload = try uploads.keep(Data(buffer: file.data), name: file.filename)
        } else if !pasted.isEmpty {
            upload = try uploads.keep(Data(pasted.utf8), name: Self.pastedName)
        } else {
            let message = "Chưa chọn tệp hay dán nội dung, hoặc tệp rỗng."
            return HTMLResponse.render(ImportFormPage(message: message).view(), status: .badRequest)
        }
        let fields = ConfirmForm(name: upload.name, period: form.period, unit: form.unit, year: form.year)
        return try await review(upload, fields: fields, status: .ok)
    }

    func confirm(_ req: Request) async throws -> Response {
        let fields = try req.content.decode(ConfirmForm.self)
        let upload = try uploads.upload(req, name: fields.name)
        guard FileManager.default.fileExists(atPath: upload.file.path) else {
            throw Abort(.notFound, reason: "Tệp tải lên đã hết hạn hoặc đã được nhập; hãy tải lên lại.")
        }
        let read = try await ImportWorkflow.review(upload.file, name: upload.name, options: Self.options(fields), store: store)
        guard read.canApply else { return try await self.review(upload, fields: fields, status: .unprocessableEntity) }
        // The targets as the planner corrected them on the review page.
        var typed: [String: String] = [:]
        for target in read.plan?.targets ?? [] {
            if let text = try? req.content.get(String.self, at: ImportReviewPage.targetField(target.indicatorCode)) {
                typed[target.indicatorCode] = text
            }
        }
        let review = read.correctingTargets(typed, catalogue: try await store.indicators())
        let result = try await ImportWorkflow.apply(review, store: store, req: req, settings: settings)
        uploads.remove(upload)
        let plan = try await store.planSummaries().first { $0.key == review.plan?.plan.key }
        return HTMLResponse.render(ImportDonePage(file: fields.name, result: result, plan: plan, period: review.period).view())
    }

    private func review(_ upload: UploadFolders.Upload, fields: ConfirmForm, status: HTTPResponseStatus) async throws
        -> Response
    {
        do {
            let review = try await ImportWorkflow.review(
                upload.file, name: upload.name, options: Self.options(fields), store: store)
            let summary = ImportSummary(review, repeated: try await store.repeatedObservations(review.changes.observations))
            var page = ImportReviewPage(summary: summary, token: upload.token, fields: fields)
            let catalogue = try await store.indicators().merging(review.changes.indicators.map { ($0.code, $0) }) { _, new in new
            }
            page.targets = (review.plan?.targets ?? []).filter { !$0.text.isEmpty }.map { target in
                ImportReviewPage.TargetRow(
                    code: target.indicatorCode, name: catalogue[target.indicatorCode]?.name ?? target.indicatorCode,
                    text: target.text, understood: PlanShowPage.describe(target.expression))
            }
            return HTMLResponse.render(page.view(), status: status)
        } catch let error where error is ImportError || error is ImportErrors {
            // Both describe themselves in Vietnamese with the file, line and value.
            return HTMLResponse.render(ImportFormPage(message: "\(error)").view(), status: .unprocessableEntity)
        }
    }

    static func options(_ fields: ConfirmForm) -> ImportOptions {
        ImportOptions(
            period: fields.period.flatMap { Period($0) }, unitCode: fields.unit.flatMap { $0.isEmpty ? nil : $0 },
            year: fields.year.flatMap { Int($0) }, confirmProbableMatches: fields.confirmMatches != nil,
            columns: fields.columns)
    }

    /// Only the last path component, without anything that could climb out of the upload folder.
}
