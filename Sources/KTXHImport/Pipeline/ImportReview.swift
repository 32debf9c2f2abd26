import KTXHCore
import KTXHReading

/// What an import would do, for a person to read before anything is saved (`--dry-run`, the upload page).
public struct ImportReview: Sendable {
    public var file: String
    public var header: DocumentHeader
    /// The plan the targets belong to, and whether the import creates it.
    public var plan: PlanDocument?
    public var planIsNew: Bool
    public var unit: AdminUnit?
    public var period: Period?
    public var matches: [IndicatorMatch]
    /// Everything that would be saved, in one transaction.
    public var changes: ChangeSet
    /// What stops the import: lines not understood, values refused. Nothing is saved while any remain.
    public var problems: [ImportError]
    /// What a careful reader should know but does not stop the import (a target that differs from the
    /// saved plan, a label the document wrote that the engine does not agree with).
    public var notes: [ImportError]
    /// Where the document contradicts itself (`ConsistencyCheck`): shown beside the review, never a
    /// reason to refuse the import.
    public var findings: [Finding] = []
    /// Columns the header alone does not decide: the review asks which one is meant (`--column`, or a
    /// select on the upload page) instead of refusing; nothing is saved until they are answered.
    public var questions: [PlanTable.ColumnQuestion] = []

    /// Probable matches a person has not confirmed yet.
    public var unconfirmed: [IndicatorMatch] { matches.filter { $0.confidence == .probable } }

    public var canApply: Bool { problems.isEmpty && unconfirmed.isEmpty && questions.isEmpty }
}
