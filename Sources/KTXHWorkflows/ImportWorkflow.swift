import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHStorage

/// `ktxh import` and the upload page: read the file, review it against the database, and save all of it
/// in one transaction, or nothing.
public enum ImportWorkflow {
    /// What the database holds that the importer needs.
    public static func context(_ store: Store) async throws -> ImportContext {
        async let indicators = store.indicators()
        async let plans = store.planDocuments()
        let units = try await store.units()
        return ImportContext(
            indicators: try await indicators, units: Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a }),
            plans: try await plans, standard: try ShippedData.nationalCatalogue(),
            nationalUnits: try ShippedData.adminUnits2024())
    }

    /// Reads and reviews `url`; nothing is written.
    public static func review(
        _ url: URL, name: String? = nil, options: ImportOptions, store: Store, limits: XLSXReader.Limits = XLSXReader.Limits()
    ) async throws -> ImportReview {
        let file = try ImportFile.read(url, name: name, limits: limits)
        var resolved = options
        if resolved.planKey == nil, let id = options.planID {
            guard let document = try await store.planDocument(id: id) else {
                throw ImportError(file: file.name, value: String(id), reason: "Không có kế hoạch mang mã này")
            }
            resolved.planKey = document.plan.key
        }
        return Importer.review(file, options: resolved, context: try await context(store))
    }

    /// Saves a reviewed file's changes as recorded at `now`; refuses while it has problems or unconfirmed
    /// matches. With an `actor` every change is recorded in the audit trail under that name.
    public static func apply(_ review: ImportReview, store: Store, actor: String? = nil, at now: Date) async throws
        -> ApplyResult
    {
        guard review.problems.isEmpty else { throw ImportErrors(review.problems) }
        guard review.questions.isEmpty else {
            throw ImportErrors(review.questions.map { ImportError(file: review.file, line: $0.headerLine, reason: $0.message) })
        }
        guard review.unconfirmed.isEmpty else {
            throw ImportErrors(
                review.unconfirmed.map {
                    ImportError(
                        file: review.file, line: $0.line, value: $0.written,
                        reason: "Tên chỉ tiêu gần giống «\($0.indicator.name)» nhưng chưa được xác nhận")
                })
        }
        return try await store.apply(review.changes, recordedAt: now, actor: actor)
    }
}
