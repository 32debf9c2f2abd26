import KTXHCore
import KTXHStorage
import Plot

/// What an import saved, with the way on to the table it fed.
struct ImportDonePage {
    var file: String
    var result: ApplyResult
    var plan: PlanSummary?
    var period: Period?

    func view() -> HTML {
        let link: String? = plan.map { plan in
            period.map { SiteRoute.progress(planID: plan.id, period: $0).path } ?? SiteRoute.plan(id: plan.id).path
        }
        return Layout.page(
            title: "Đã nhập \(file)",
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), ("Nhập từ tệp", SiteRoute.importForm.path), (file, nil)],
            .h1(.text("Đã nhập xong")),
            .ul(
                .li(.text("Kế hoạch tạo mới: \(result.plansCreated)")),
                .li(.text("Chỉ tiêu thêm vào danh mục: \(result.indicatorsSaved)")),
                .li(.text("Số liệu mới: \(result.observationsAdded)")),
                .li(.text("Số liệu đã có, bỏ qua: \(result.observationsRepeated)"))
            ),
            .unwrap(link) { .p(.a(.href($0), .text("Xem kết quả"))) }
        )
    }
}
