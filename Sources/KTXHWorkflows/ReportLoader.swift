import Foundation
import KTXHCore
import KTXHDocuments
import KTXHStorage

/// Reads what a document needs from the store and lays it out: shared by the web app's downloads and by
/// `ktxh report`, so both write the same file from the same data.
public struct ReportLoader: Sendable {
    public enum Failure: Error, Equatable {
        case noPlan(Int64)
        /// The period is not within the plan's term (a 2025 period for a 2024 plan).
        case periodOutsideTerm(Period, term: Period)

        /// In Vietnamese, for the page or the terminal.
        public var message: String {
            switch self {
            case .noPlan(let id): "Không có kế hoạch mã \(id). Xem danh sách bằng «ktxh plans list»."
            case .periodOutsideTerm(let period, let term):
                "Kỳ \(period.vietnameseName) nằm ngoài thời kỳ của kế hoạch (\(term.vietnameseName))."
            }
        }
    }

    public let store: Store
    public var overrides: DocumentDetails.Overrides

    public init(store: Store, overrides: DocumentDetails.Overrides = .init()) {
        self.store = store
        self.overrides = overrides
    }

    /// The progress table of a plan for a period, with its document details.
    public func progress(planID: Int64, period: Period) async throws -> ProgressReport {
        guard let table = try await store.progressTable(planID: planID, period: period) else { throw Failure.noPlan(planID) }
        guard table.plan.term.covers(period) else { throw Failure.periodOutsideTerm(period, term: table.plan.term) }
        let details = DocumentDetails.defaults(plan: table.plan, unit: table.unit, period: period, kind: .progressReport)
        // The pace against past years, as the dashboard shows it; the narrative quotes the indicators at risk.
        let monitored = try await MonitoringWorkflow.monitor(store: store, table: table)
        var report = ProgressReport(table: monitored.pacedTable, details: details.applying(overrides))
        report.projections = monitored.projections
        return report
    }

    /// A plan's appendix, with the figures of the year before its term.
    public func appendix(planID: Int64) async throws -> PlanAppendix {
        guard let document = try await store.planDocument(id: planID),
            let table = try await store.progressTable(planID: planID, period: document.plan.term.samePeriodLastYear)
        else { throw Failure.noPlan(planID) }
        let details = DocumentDetails.defaults(plan: table.plan, unit: table.unit, period: table.plan.term, kind: .resolution)
        return PlanAppendix(previousYear: table, details: details.applying(overrides))
    }
}

extension ReportLoader {
    /// Biểu theo dõi nhiệm vụ of a plan, with each task's standing on `day` and its latest report.
    public func taskSheet(planID: Int64, day: CalendarDay, timeZone: TimeZone, period: Period? = nil) async throws
        -> TaskSheet
    {
        guard let document = try await store.planDocument(id: planID) else { throw Failure.noPlan(planID) }
        if let period, !document.plan.term.covers(period) {
            throw Failure.periodOutsideTerm(period, term: document.plan.term)
        }
        let unit = try await store.unit(code: document.plan.unitCode)
        let latest = try await store.latestTaskReports(planID: planID, period: period)
        let rows = try await TaskWorkflow.rows(planID: planID, store: store, today: day, timeZone: timeZone)
        return TaskSheet(
            plan: document.plan, unit: unit,
            items: rows.map { TaskSheet.Item(task: $0.task, standing: $0.standing, latest: latest[$0.task.id]) }, day: day,
            period: period)
    }
}
