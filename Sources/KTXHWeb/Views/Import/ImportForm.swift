import Plot

/// The upload form: a file and, where the file does not say them, the period, unit and year.
struct ImportFormPage {
    var message: String?

    func view() -> HTML {
        Layout.page(
            title: "Nhập bảng từ tệp",
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), ("Nhập từ tệp", nil)],
            .h1(.text("Nhập bảng chỉ tiêu, biểu tiến độ, nghị quyết")),
            .p(
                .class("subtitle"),
                .text(
                    "Tệp văn bản (.txt), Word (.docx), CSV hoặc Excel (.xlsx); nghị quyết không có bảng thì chỉ tiêu được đọc "
                        + "từ lời văn. Xem trước trước khi lưu, kèm những chỗ văn bản tự mâu thuẫn; không lưu gì nếu còn chỗ chưa hiểu."
                )),
            .unwrap(message) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .form(
                .class("upload"), .action(SiteRoute.importForm.path), .method(.post),
                .enctype(.multipartData), CSRFField.node(),
                .div(.label(.for("file"), .text("Tệp")), .input(.type(.file), .name("file"), .id("file"))),
                .div(
                    .label(.for("text"), .text("Hoặc dán nội dung nghị quyết, kế hoạch (chép từ Word, PDF hay trang web)")),
                    .textarea(.name("text"), .id("text"), .attribute(named: "rows", value: "10"))),
                .div(
                    .label(.for("period"), .text("Kỳ báo cáo (nếu tệp không ghi)")),
                    .input(.type(.text), .name("period"), .id("period"), .placeholder("2024-H1"))),
                .div(
                    .label(.for("unit"), .text("Mã đơn vị hành chính (nếu tệp không ghi)")),
                    .input(.type(.text), .name("unit"), .id("unit"), .placeholder("058"))),
                .div(
                    .label(.for("year"), .text("Năm kế hoạch (nếu tệp không ghi)")),
                    .input(.type(.text), .name("year"), .id("year"), .placeholder("2025"))),
                .button(.type(.submit), .text("Xem trước"))
            )
        )
    }
}
