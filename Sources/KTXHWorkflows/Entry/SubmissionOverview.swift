import Foundation
import KTXHCore
import KTXHStorage

/// Tình hình nộp số liệu: for each reporting period, where each reporting body's figures stand. The status
/// board shows every period; a person's list of forms shows the open ones.
public struct SubmissionOverview: Sendable {
    public struct Column: Sendable {
        public var reporting: ReportingPeriod
        /// Nil when the period's plan is gone.
        public var plan: PlanSummary?
        /// Where each body's figures stand, with how many it is assigned.
        public var bodies: [ReportingBody: SubmissionStatus]
    }

    public var columns: [Column]

    /// Reads each period's assignments and figure states once. `wholeUnits` are the units a person reports
    /// for as a whole (a commune's reporter): each gets one body for everything its plan assigns.
    public static func load(
        store: Store, today: CalendarDay, openOnly: Bool, wholeUnits: [ReportingBody] = []
    ) async throws -> SubmissionOverview {
        let plans = Dictionary(try await store.planSummaries().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var columns: [Column] = []
        for reporting in try await store.reportingPeriods() where reporting.isOpen || !openOnly {
            let plan = plans[reporting.planID]
            let assignments = try await store.assignments(planID: reporting.planID)
            let states = try await store.figureStates(unitCode: plan?.unitCode ?? "", period: reporting.period)
            var bodies = Dictionary(grouping: assignments, by: \.body)
            for whole in wholeUnits where whole.department == nil && whole.unitCode == plan?.unitCode {
                bodies[whole] = assignments
            }
            columns.append(
                Column(
                    reporting: reporting, plan: plan,
                    bodies: bodies.mapValues { codes in
                        SubmissionStatus(
                            assigned: codes.count, states: codes.compactMap { states[$0.indicatorCode] }, period: reporting,
                            today: today)
                    }))
        }
        return SubmissionOverview(columns: columns)
    }
}
