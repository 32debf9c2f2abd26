import Plot

extension PlanShowPage {
    func view() -> HTML {
        Layout.page(
            title: title,
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), (planColumn, nil)],
            .h1(.text(title)),
            .p(.class("subtitle"), .text(subtitle)),
            .if(
                !progressLinks.isEmpty,
                .p(
                    .class("periods"), .text("Tiến độ thực hiện: "),
                    .forEach(progressLinks) { .a(.href($0.link), .text($0.name)) })),
            .if(
                !dashboardLinks.isEmpty,
                .p(
                    .class("periods"), .text("Bảng điều hành: "),
                    .forEach(dashboardLinks) { .a(.href($0.link), .text($0.name)) })),
            publicationNode(),
            .unwrap(editor.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .unwrap(rollUpLink) { link in
                .p(.class("periods"), .a(.href(link), .text("Tổng hợp từ số liệu các xã, phường")))
            },
            .p(.class("periods"), .a(.href(SiteRoute.planTasks(planID: id).path), .text("Nhiệm vụ, giải pháp của nghị quyết"))),
            Downloads.links(downloads),
            targetEditor(),
            .table(
                .class("report"),
                .thead(
                    .tr(
                        .th(.text("STT")), .th(.text("Chỉ tiêu")), .th(.text("Đơn vị tính")),
                        .th(.class("num"), .text(planColumn)),
                        .th(.class("muted"), .text("Cách hiểu"))
                    )),
                .tbody(
                    .forEach(rows) { row in
                        row.isSection
                            ? .tr(
                                .class("section"), .td(.text(row.number)),
                                .td(.attribute(named: "colspan", value: "4"), .text(row.name)))
                            : .tr(
                                .class(row.depth > 0 ? "sub" : "item"),
                                .td(.text(row.number)),
                                .td(.class("name"), .text(row.depth > 0 ? "- \(row.name)" : row.name)),
                                .td(.text(row.unit)),
                                .td(.class("num"), .text(row.target)),
                                .td(.class("muted"), .text(row.understood))
                            )
                    })
            )
        )
    }

    /// The public page's links for anyone, and its switch for a planner.
    private func publicationNode() -> Node<HTML.BodyContext> {
        .unwrap(publication) { isPublic in
            .section(
                .class("publication"),
                .if(
                    isPublic,
                    .p(
                        .class("periods"), .text("Trang công khai (không cần đăng nhập): "),
                        .forEach(publicLinks) { .a(.href($0.link), .text($0.name)) })),
                .if(
                    PageContext.current?.allows(.setUp) == true,
                    PostForm.node(
                        action: SiteRoute.planPublication(id: id).path,
                        .input(.type(.hidden), .name("public"), .value(isPublic ? "0" : "1")),
                        .button(
                            .type(.submit),
                            .text(isPublic ? "Thôi công khai kế hoạch này" : "Công khai tiến độ (chỉ số liệu đã duyệt)")))),
                .unwrap(nextYear) { year in
                    .if(
                        PageContext.current?.allows(.setUp) == true,
                        PostForm.node(
                            action: SiteRoute.planCopy(id: id).path,
                            .button(.type(.submit), .text("Sao chép thành kế hoạch năm \(year) (rồi sửa chỉ tiêu)"))))
                })
        }
    }

    /// Đặt chỉ tiêu: an indicator and its target typed as the resolution writes it; previewed, then saved.
    private func targetEditor() -> Node<HTML.BodyContext> {
        .if(
            PageContext.current?.allows(.setUp) == true,
            .section(
                .class("target-editor"), .attribute(named: "aria-labelledby", value: "dat-chi-tieu"),
                .h2(.id("dat-chi-tieu"), .text("Thêm hoặc sửa một chỉ tiêu")),
                .unwrap(editor.problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
                .unwrap(editor.understood) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
                PostForm.node(
                    action: SiteRoute.planTarget(id: id).path, class: "filters",
                    .label(.for("indicator"), .text("Chỉ tiêu")),
                    SelectField.node(name: "indicator", id: "indicator", options: editor.options),
                    .label(.for("newName"), .text("hoặc chỉ tiêu mới")),
                    .input(.type(.text), .name("newName"), .id("newName"), .value(editor.newName), .placeholder("Tên chỉ tiêu")),
                    .label(.for("newUnit"), .text("Đơn vị tính")),
                    .input(
                        .type(.text), .name("newUnit"), .id("newUnit"), .value(editor.newUnit), .placeholder("Hộ, %, tỷ đồng")),
                    .label(.for("text"), .text("Kế hoạch (viết như nghị quyết)")),
                    .input(.type(.text), .name("text"), .id("text"), .value(editor.text), .placeholder("≥ 4.000, tăng 8-9%")),
                    .button(.type(.submit), .name("intent"), .value("preview"), .text("Xem cách hiểu")),
                    .button(.type(.submit), .name("intent"), .value("save"), .text("Lưu chỉ tiêu"))),
                removal()))
    }

    /// Bỏ chỉ tiêu: choose one of the plan's targets, then confirm; the figures entered stay.
    private func removal() -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("bo-chi-tieu"), .text("Bỏ một chỉ tiêu khỏi kế hoạch")),
            .unwrap(editor.removing) { removing in
                PostForm.node(
                    action: SiteRoute.planTarget(id: id).path, id: "xac-nhan-bo",
                    .p(
                        .class("error"), .attribute(named: "role", value: "alert"),
                        .text(
                            "Bỏ chỉ tiêu «\(removing.name)» khỏi kế hoạch? Số liệu đã nhập của chỉ tiêu này vẫn được giữ; "
                                + "thay đổi được ghi vào nhật ký.")),
                    .input(.type(.hidden), .name("indicator"), .value(removing.code)),
                    .button(.type(.submit), .name("intent"), .value("remove-confirm"), .text("Xác nhận bỏ chỉ tiêu")),
                    .a(.href(SiteRoute.plan(id: id).path), .text("Thôi, giữ lại")))
            },
            .if(
                editor.removing == nil && !editor.removable.isEmpty,
                PostForm.node(
                    action: SiteRoute.planTarget(id: id).path, class: "filters",
                    .label(.for("remove-indicator"), .text("Chỉ tiêu")),
                    SelectField.node(name: "indicator", id: "remove-indicator", options: editor.removable),
                    .button(.type(.submit), .name("intent"), .value("remove"), .text("Bỏ chỉ tiêu…")))))
    }
}
