import Foundation

/// The workflow side of one figure: its status, the reporter's note and explanation, the reviewer's
/// comment. Values live in `Observation` versions; this record says what happened to them.
public struct FigureState: Hashable, Sendable, Codable {
    public var key: FigureKey
    public var status: FigureStatus
    /// Bumped by every change; a form saved against an older revision is refused (optimistic concurrency).
    public var revision: Int
    /// Ghi chú of the reporter.
    public var note: String
    /// Cần xem lại: the reporter or reviewer flags the figure for a second look.
    public var followUp: Bool
    /// Giải trình: why a target is not (yet) met, and what will be done about it.
    public var cause: String
    public var remedy: String
    /// Ý kiến của người duyệt when the figure was returned.
    public var reviewComment: String
    public var updatedAt: Date
    public var updatedBy: String
    public var submittedAt: Date?
    public var approvedAt: Date?
    /// The latest observation id when the figure was approved: versions up to it are the approved record.
    public var approvedObservationID: Int64?
    /// Set when an approved figure is reopened; cleared by the next approval. The status board lists these
    /// as "changed after approval".
    public var reopenedAt: Date?

    public init(
        key: FigureKey, status: FigureStatus = .draft, revision: Int = 0, note: String = "", followUp: Bool = false,
        cause: String = "", remedy: String = "", reviewComment: String = "", updatedAt: Date, updatedBy: String,
        submittedAt: Date? = nil, approvedAt: Date? = nil, approvedObservationID: Int64? = nil, reopenedAt: Date? = nil
    ) {
        self.key = key
        self.status = status
        self.revision = revision
        self.note = note
        self.followUp = followUp
        self.cause = cause
        self.remedy = remedy
        self.reviewComment = reviewComment
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
        self.submittedAt = submittedAt
        self.approvedAt = approvedAt
        self.approvedObservationID = approvedObservationID
        self.reopenedAt = reopenedAt
    }

    /// True when the explanation has both halves.
    public var isExplained: Bool {
        !cause.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            && !remedy.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
