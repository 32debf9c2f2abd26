import KTXHCore
import KTXHDocuments
import KTXHWorkflows

/// `ktxh report`'s reading of the database: opens the store, loads through `ReportLoader`, closes it.
struct ReportRequest {
    var database: DatabaseOptions
    var planID: Int64
    var overrides: DocumentDetails.Overrides

    func progress(period: Period) async throws -> ProgressReport {
        try await load { try await $0.progress(planID: planID, period: period) }
    }

    func appendix() async throws -> PlanAppendix {
        try await load { try await $0.appendix(planID: planID) }
    }

    func taskSheet(day: CalendarDay, period: Period? = nil) async throws -> TaskSheet {
        try await load { try await $0.taskSheet(planID: planID, day: day, timeZone: Tasks.timeZone, period: period) }
    }

    private func load<T>(_ body: (ReportLoader) async throws -> T) async throws -> T {
        do {
            return try await database.withStore { try await body(ReportLoader(store: $0, overrides: overrides)) }
        } catch let failure as ReportLoader.Failure {
            throw CommandError(userMessage: failure.message)
        }
    }
}
