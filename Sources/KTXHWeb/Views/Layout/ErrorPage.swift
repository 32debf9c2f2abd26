import Plot
import Vapor

struct ErrorPage {
    var status: HTTPResponseStatus
    var message: String

    func view() -> HTML {
        Layout.page(
            title: "Lỗi \(status.code)",
            .h1(.text(status == .notFound ? "Không tìm thấy trang" : "Không thực hiện được yêu cầu")),
            .p(.class("error"), .text(message)),
            .p(.a(.href(SiteRoute.home.path), .text("Về trang danh sách kế hoạch")))
        )
    }
}
