import Plot
import Vapor

struct ErrorPage {
    var status: HTTPResponseStatus
    var message: String

    var heading: String {
        switch status {
        case .notFound: "Không tìm thấy trang"
        case .forbidden: "Không có quyền truy cập"
        default: "Không thực hiện được yêu cầu"
        }
    }

    func view() -> HTML {
        Layout.page(
            title: "Lỗi \(status.code)",
            .h1(.text(heading)),
            .p(.class("error"), .text(message)),
            .p(.a(.href(SiteRoute.home.path), .text("Về trang danh sách kế hoạch")))
        )
    }
}
