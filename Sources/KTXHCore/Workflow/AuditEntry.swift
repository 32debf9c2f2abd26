import Foundation

/// Nhật ký thay đổi: one recorded change: who, when, what, the old and the new value, and why.
/// The audit table is append-only; nothing in the code updates or deletes an entry.
public struct AuditEntry: Hashable, Sendable, Codable {
    public var id: Int64?
    public var at: Date
    /// The username of whoever made the change.
    public var actor: String
    public var entity: Entity
    /// Which one: a `FigureKey`, a plan key, an account's username …
    public var key: String
    public var action: String
    /// The field changed, in Vietnamese ("Giá trị (Thực hiện)", "Vai trò").
    public var field: String
    public var oldValue: String
    public var newValue: String
    /// Lý do: the reviewer's comment, the reason for reopening.
    public var reason: String

    public init(
        id: Int64? = nil, at: Date, actor: String, entity: Entity, key: String, action: String, field: String = "",
        oldValue: String = "", newValue: String = "", reason: String = ""
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.entity = entity
        self.key = key
        self.action = action
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.reason = reason
    }

    /// What kind of record changed.
    public enum Entity: String, Hashable, Sendable, Codable, CaseIterable {
        case figure, target, plan, assignment, account, period, task

        public var vietnameseName: String {
            switch self {
            case .figure: "Số liệu"
            case .target: "Chỉ tiêu kế hoạch"
            case .plan: "Kế hoạch"
            case .assignment: "Phân công"
            case .account: "Tài khoản"
            case .period: "Kỳ báo cáo"
            case .task: "Nhiệm vụ"
            }
        }
    }
}
