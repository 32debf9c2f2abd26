import Foundation
import KTXHCore
import Plot

/// The audit trail as a table: when, who, what, the field, the old and the new value, why.
enum AuditTable {
    static func node(_ entries: [AuditEntry], names: [String: String] = [:]) -> Node<HTML.BodyContext> {
        .if(
            entries.isEmpty, .p(.class("empty"), .text("Chưa có thay đổi nào được ghi.")),
            else: .table(
                .class("list audit"),
                .thead(
                    .tr(
                        .th(.text("Thời điểm")), .th(.text("Người thực hiện")), .th(.text("Đối tượng")),
                        .th(.text("Thao tác")), .th(.text("Nội dung")), .th(.text("Giá trị cũ")), .th(.text("Giá trị mới")),
                        .th(.text("Lý do, ý kiến")))),
                .tbody(
                    .forEach(entries) { entry in
                        .tr(
                            .td(.class("nowrap"), .text(time(entry.at))),
                            .td(.text(entry.actor)),
                            .td(
                                .text(entry.entity.vietnameseName), .br(),
                                .small(.text(names[entry.key].map { "\($0) (\(entry.key))" } ?? entry.key))),
                            .td(.text(entry.action)),
                            .td(.text(entry.field)),
                            .td(.class("old"), .text(entry.oldValue)),
                            .td(.class("new"), .text(entry.newValue)),
                            .td(.text(entry.reason)))
                    })))
    }

    /// `09:05 01/06/2025`, in Vietnam's time.
    static func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = WebSettings.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%02d:%02d:%02d %02d/%02d/%04d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0, c.day ?? 0, c.month ?? 0,
            c.year ?? 0)
    }
}
