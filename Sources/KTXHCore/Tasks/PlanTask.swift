import Foundation

/// Nhiệm vụ: one task a resolution sets, as written, with who leads it, who helps and by when; the council follows
/// it through the reports of the body that leads it.
public struct PlanTask: Hashable, Sendable {
    public var id: Int64
    public var planID: Int64
    /// Its place in the resolution's order.
    public var position: Int
    /// The field it stands under ("Lĩnh vực kinh tế"); empty when the resolution has no headings.
    public var section: String
    public var text: String
    /// Cơ quan chủ trì.
    public var lead: String
    /// Cơ quan phối hợp.
    public var partners: [String]
    public var deadline: TaskDeadline?
    /// The indicators whose targets the task serves.
    public var indicatorCodes: [String]
    public var status: TaskStatus
    /// Raised by every change, so a stale form is refused rather than saved over a newer one.
    public var revision: Int
    /// When its lead last reported on it.
    public var lastReportedAt: Date?

    public init(
        id: Int64, planID: Int64, position: Int, section: String, text: String, lead: String, partners: [String],
        deadline: TaskDeadline?, indicatorCodes: [String] = [], status: TaskStatus = .notStarted, revision: Int = 1,
        lastReportedAt: Date? = nil
    ) {
        self.id = id
        self.planID = planID
        self.position = position
        self.section = section
        self.text = text
        self.lead = lead
        self.partners = partners
        self.deadline = deadline
        self.indicatorCodes = indicatorCodes
        self.status = status
        self.revision = revision
        self.lastReportedAt = lastReportedAt
    }
}

/// Trạng thái nhiệm vụ: where a task stands, as the People's Committee reports it to the council.
public enum TaskStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case notStarted = "chua-trien-khai"
    case inProgress = "dang-thuc-hien"
    case done = "hoan-thanh"
    case doneLate = "hoan-thanh-cham"
    case failed = "khong-hoan-thanh"
    case stopped = "dung"

    public var vietnameseName: String {
        switch self {
        case .notStarted: "Chưa triển khai"
        case .inProgress: "Đang thực hiện"
        case .done: "Hoàn thành"
        case .doneLate: "Hoàn thành chậm"
        case .failed: "Không hoàn thành"
        case .stopped: "Dừng thực hiện"
        }
    }

    /// Nothing more is expected of a closed task: it is neither late nor at risk.
    public var isClosed: Bool { self != .notStarted && self != .inProgress }

    /// Read from its code or its Vietnamese name, accents and case aside ("hoan-thanh", "Hoàn thành chậm").
    public init?(text: String) {
        let key = TaskStatus.key(text)
        guard let status = TaskStatus.allCases.first(where: { $0.rawValue == key || TaskStatus.key($0.vietnameseName) == key })
        else { return nil }
        self = status
    }

    /// "Hoàn thành" said on `day` for a task due by `deadline`: done late when the deadline has passed.
    public static func completed(on day: CalendarDay, deadline: TaskDeadline?) -> TaskStatus {
        guard let last = deadline?.lastDay, day > last else { return .done }
        return .doneLate
    }

    private static func key(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).replacingOccurrences(of: "đ", with: "d")
            .split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: "-")
    }
}

/// Báo cáo tiến độ: what a task's lead says of it in one reporting period, kept whole and never changed.
public struct TaskReport: Hashable, Sendable {
    public var id: Int64
    public var taskID: Int64
    /// The reporting period it is for ("2025-H1"), when given.
    public var period: Period?
    public var status: TaskStatus
    public var note: String
    public var reportedAt: Date
    public var reportedBy: String
    /// An attached file's name, when one is kept.
    public var attachmentName: String?

    public init(
        id: Int64, taskID: Int64, period: Period?, status: TaskStatus, note: String, reportedAt: Date, reportedBy: String,
        attachmentName: String? = nil
    ) {
        self.id = id
        self.taskID = taskID
        self.period = period
        self.status = status
        self.note = note
        self.reportedAt = reportedAt
        self.reportedBy = reportedBy
        self.attachmentName = attachmentName
    }
}
