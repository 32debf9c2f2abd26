/// Trạng thái số liệu: where a figure stands in the workflow draft → submitted → approved / returned.
public enum FigureStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Đang nhập: saved by its reporter, not yet sent.
    case draft
    /// Đã gửi, chờ duyệt.
    case submitted
    /// Bị trả lại: sent back with a comment; its reporter corrects it and sends it again.
    case returned
    /// Đã duyệt: locked; only the planning office can reopen it, and the reopening is recorded.
    case approved

    public var vietnameseName: String {
        switch self {
        case .draft: "Đang nhập"
        case .submitted: "Chờ duyệt"
        case .returned: "Bị trả lại"
        case .approved: "Đã duyệt"
        }
    }

    /// What a person may do to a figure: save its value, send it, approve it, return it, reopen it.
    public enum Action: String, Hashable, Sendable, CaseIterable {
        case save, submit, approve, `return`, reopen

        /// Why the step needs a written reason, when it does: a figure returned says what to fix, a figure
        /// reopened after approval says why (kept in the audit trail).
        public var reasonRequired: String? {
            switch self {
            case .return: "Trả lại số liệu cần ghi ý kiến để đơn vị biết phải sửa gì."
            case .reopen: "Mở lại số liệu đã duyệt cần ghi lý do; lý do được lưu vào nhật ký."
            case .save, .submit, .approve: nil
            }
        }
    }

    /// The state after `action`, or nil when the action does not apply here (approving a draft, saving an
    /// approved figure). The workflow has no other transitions.
    public func after(_ action: Action) -> FigureStatus? {
        switch (self, action) {
        case (.draft, .save), (.returned, .save): self
        case (.draft, .submit), (.returned, .submit): .submitted
        case (.submitted, .approve): .approved
        case (.submitted, .return): .returned
        case (.approved, .reopen): .draft
        default: nil
        }
    }

    /// A reporter may change the figure.
    public var isEditable: Bool { self == .draft || self == .returned }
}
