import Foundation
import KTXHCore
import KTXHStorage

/// Nhập và gửi số liệu: a body's figures saved from its form and sent for review, and the planning office's
/// bulk approval from the status board. The web form and any other client go through here, so the rules
/// hold whoever writes.
public struct FigureEntry: Sendable {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Why the form cannot be saved as it is; each message names the indicator.
    public enum Refusal: Error, Sendable, Equatable {
        /// The reporting period is closed: nothing more is entered.
        case closed
        /// Figures short of their targets without cause and remedy, by indicator code.
        case unexplained([String: [String]])
        /// A board cell ("periodID:body") that names no reporting period or body.
        case unknownCell(String)
        /// No chosen cell has a figure waiting for approval.
        case nothingToApprove
        /// No figure chosen for a review step.
        case nothingChosen
        /// A return or a reopening without its reason.
        case reasonMissing(FigureStatus.Action)

        public var message: String {
            switch self {
            case .closed: "Kỳ báo cáo đã đóng: không nhập thêm được."
            case .unexplained(let problems): problems.values.flatMap { $0 }.sorted().joined(separator: "\n")
            case .unknownCell(let cell): "Ô «\(cell)» không có trên bảng."
            case .nothingToApprove: "Chưa chọn ô nào có số liệu chờ duyệt."
            case .nothingChosen: "Chưa chọn số liệu nào để duyệt."
            case .reasonMissing(let action): action.reasonRequired ?? ""
            }
        }
    }

    /// The messages that stop `edits` from being sent for review, by indicator code: a figure short of its target
    /// without cause and remedy. Empty when saving without sending.
    public static func problems(_ edits: [FigureEdit], submit: Bool, in form: EntryForm) -> [String: [String]] {
        guard submit else { return [:] }
        var problems: [String: [String]] = [:]
        for edit in edits {
            guard let item = form.item(edit.key.indicatorCode), let shown = edit.value ?? item.current?.value,
                edit.lacksExplanation(form.evaluate(item, value: shown))
            else { continue }
            problems[edit.key.indicatorCode, default: []].append(
                "«\(item.indicator.name)» chưa đạt chỉ tiêu: cần ghi nguyên nhân và giải pháp trước khi gửi duyệt.")
        }
        return problems
    }

    /// Saves `edits` and, with `submit`, sends those still open to their reporter for review, all in one
    /// transaction. Throws `Refusal` when a rule stops it, and `WorkflowError.conflict` or `.locked` as
    /// `Store.save` does; nothing is saved then. Returns how many figures changed and how many were sent.
    public func save(_ edits: [FigureEdit], submit: Bool, in form: EntryForm, by actor: String, at now: Date)
        async throws -> (saved: Int, submitted: Int)
    {
        guard form.reporting.isOpen else { throw Refusal.closed }
        let problems = Self.problems(edits, submit: submit, in: form)
        guard problems.isEmpty else { throw Refusal.unexplained(problems) }
        return try await store.save(edits, submit: submit, by: actor, at: now, source: "Nhập trên ktxh")
    }

    /// Duyệt hàng loạt: approves every submitted figure of the status board's chosen cells ("periodID:body"), in
    /// one transaction, and returns how many. Each plan's assignments and each period's figure states are read
    /// once, however many cells are chosen.
    public func approve(cells: [String], by actor: String, at now: Date) async throws -> Int {
        let periods = Dictionary(try await store.reportingPeriods().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let plans = Dictionary(try await store.planSummaries().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var assignments: [Int64: [Assignment]] = [:]
        var states: [Int64: [String: FigureState]] = [:]
        var keys: [FigureKey] = []
        for cell in cells {
            let parts = cell.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let id = Int64(parts[0]), let reporting = periods[id], let plan = plans[reporting.planID]
            else { throw Refusal.unknownCell(cell) }
            if assignments[plan.id] == nil { assignments[plan.id] = try await store.assignments(planID: plan.id) }
            let assigned = assignments[plan.id] ?? []
            guard let body = EntryForm.body(parts[1], unit: plan.unitCode, among: assigned.map(\.body)) else {
                throw Refusal.unknownCell(cell)
            }
            if states[id] == nil { states[id] = try await store.figureStates(unitCode: plan.unitCode, period: reporting.period) }
            let codes = Set(assigned.filter { body.covers($0.body) }.map(\.indicatorCode))
            keys += codes.sorted().filter { states[id]?[$0]?.status == .submitted }.map {
                FigureKey(indicatorCode: $0, unitCode: plan.unitCode, period: reporting.period)
            }
        }
        guard !keys.isEmpty else { throw Refusal.nothingToApprove }
        return try await store.move(keys, .approve, by: actor, at: now)
    }

    /// Duyệt, trả lại, mở lại: one review step on the chosen figures, in one transaction, with its reason where
    /// the step needs one. Throws `WorkflowError.notAllowed` for a figure the step does not apply to.
    public func review(
        _ keys: [FigureKey], _ action: FigureStatus.Action, reason: String, by actor: String, at now: Date
    ) async throws -> Int {
        guard !keys.isEmpty else { throw Refusal.nothingChosen }
        if action.reasonRequired != nil, reason.isEmpty { throw Refusal.reasonMissing(action) }
        return try await store.move(keys, action, by: actor, at: now, reason: reason)
    }
}
