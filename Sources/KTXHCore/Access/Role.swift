/// Vai trò: what an account may do, decided by `Policy`.
public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
    /// Quản trị hệ thống: accounts, and everything a planner does.
    case admin
    /// Phòng Tài chính - Kế hoạch / Văn phòng HĐND-UBND: sets up the year, assigns indicators, opens
    /// periods, reviews, approves and reopens figures, imports files.
    case planner
    /// Cán bộ nhập số liệu of a department (phòng, ban) or a commune: enters and submits its own figures.
    case reporter
    /// Lãnh đạo duyệt số liệu: reviews, returns and approves figures; sets nothing up.
    case approver
    /// Lãnh đạo UBND, đại biểu HĐND: read everything, change nothing.
    case viewer

    public var vietnameseName: String {
        switch self {
        case .admin: "Quản trị hệ thống"
        case .planner: "Lập kế hoạch, tổng hợp"
        case .reporter: "Nhập số liệu"
        case .approver: "Duyệt số liệu"
        case .viewer: "Theo dõi, giám sát (chỉ xem)"
        }
    }
}
