import Foundation
import KTXHCore
import Testing

@testable import KTXHWeb

/// The new pages' HTML from fixed view-models, signed in as a fixed person so the header's links and the
/// CSRF fields are pinned too.
extension PageSnapshotTests {
    static let planner = PageContext(
        account: Account(id: 2, username: "kehoach", displayName: "Phòng Tài chính - Kế hoạch", role: .planner),
        csrfToken: "csrf-co-dinh")

    @Test func loginPage() throws {
        let page = LoginPage(
            username: "kehoach", next: "/board", loginToken: "ma-dang-nhap", message: "Tên đăng nhập hoặc mật khẩu không đúng.")
        try assertSnapshot(page.view().render(), named: "login")
    }

    @Test func entryPage() throws {
        try PageContext.$current.withValue(Self.planner) {
            try assertSnapshot(EntryPage.mock.view().render(), named: "entry-review")
        }
    }

    @Test func boardPage() throws {
        let cell = BoardPage.Cell(
            headline: "Chờ duyệt", cssClass: "cell waiting",
            lines: ["1/3 đã duyệt", "2 chờ duyệt", "Quá hạn 3 ngày (từ 20/6/2025)"],
            link: "/entry/1/phong-tai-chinh-ke-hoach", approvable: "1:phong-tai-chinh-ke-hoach")
        let page = BoardPage(
            columns: [.init(id: 1, title: "6 tháng đầu năm 2025 · Thành phố Bắc Kạn", detail: "Hạn 20/6/2025")],
            rows: [
                .init(name: "Phòng Tài chính - Kế hoạch (058)", cells: [cell]),
                .init(name: "Phòng Y tế (058)", cells: [nil]),
            ], canApprove: true, notice: "Đã duyệt 2 số liệu.")
        try PageContext.$current.withValue(Self.planner) {
            try assertSnapshot(page.view().render(), named: "board")
        }
    }

    @Test func auditPage() throws {
        let entry = AuditEntry(
            id: 1, at: Date(timeIntervalSince1970: 1_748_743_200), actor: "tckh", entity: .figure,
            key: "thu-nsnn@058/2025-H1", action: "Lưu số liệu", field: "Giá trị thực hiện", oldValue: "150,5",
            newValue: "160")
        let page = AuditPage(
            entries: [entry], names: ["thu-nsnn@058/2025-H1": "Thu ngân sách nhà nước trên địa bàn"], entity: .figure, key: nil)
        try assertSnapshot(page.view().render(), named: "audit")
    }
}

extension EntryPage {
    /// A planner's view of the finance office's form: one figure waiting for review, one approved.
    static var mock: EntryPage {
        var input = EntryInput()
        input.code = "thu-nsnn"
        input.value = "150,5"
        input.cause = "Thu tiền sử dụng đất chưa đạt tiến độ."
        input.remedy = "Đẩy nhanh đấu giá quyền sử dụng đất."
        let waiting = Row(
            index: 0, number: "1", name: "Thu ngân sách nhà nước trên địa bàn", unit: "Tỷ đồng", kind: .quantity,
            target: "346", lastYear: "72,4", input: input, status: .submitted, evaluation: "Chưa đạt · 43,5% KH",
            evaluationClass: "label short", shortfall: true, reviewComment: "", messages: [], editable: false,
            reviewable: true, reopenable: false, evaluateURL: "/entry/1/phong-tai-chinh-ke-hoach/evaluate?code=thu-nsnn",
            historyURL: "/entry/1/phong-tai-chinh-ke-hoach/figures/thu-nsnn")
        var rate = EntryInput()
        rate.code = "bhyt"
        rate.numerator = "42.874"
        rate.denominator = "47.382"
        let approved = Row(
            index: 1, number: "27", name: "Duy trì tỷ lệ người dân tham gia bảo hiểm y tế", unit: "%", kind: .rate,
            target: "≥93", lastYear: "Chưa có", input: rate, status: .approved, evaluation: "Chưa đạt · 97,3% KH",
            evaluationClass: "label short", shortfall: true, reviewComment: "", messages: [], editable: false,
            reviewable: false, reopenable: true, evaluateURL: "/entry/1/phong-tai-chinh-ke-hoach/evaluate?code=bhyt",
            historyURL: "/entry/1/phong-tai-chinh-ke-hoach/figures/bhyt")
        return EntryPage(
            title: "Số liệu 6 tháng đầu năm 2025", subtitle: "Phòng Tài chính - Kế hoạch · Thành phố Bắc Kạn",
            dates: "Số liệu đến ngày 14/6/2025 · Hạn nộp 20/6/2025", rows: [waiting, approved], canEdit: false,
            canReview: true, canReopen: true, closedNote: nil, notice: nil, errors: [],
            formAction: "/entry/1/phong-tai-chinh-ke-hoach", reviewAction: "/entry/1/phong-tai-chinh-ke-hoach/review",
            reopenAction: "/entry/1/phong-tai-chinh-ke-hoach/reopen")
    }
}
