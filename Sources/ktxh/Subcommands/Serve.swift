import ArgumentParser
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Chạy ứng dụng web trên cơ sở dữ liệu đã có.",
        discussion: """
            Cơ sở dữ liệu còn bước cập nhật cấu trúc chưa chạy (sau khi nâng cấp ktxh) thì không khởi động: sao lưu \
            («ktxh backup»), chạy «ktxh migrate», hoặc thêm --migrate. Cơ sở dữ liệu đã được bản ktxh mới hơn cập nhật \
            thì bản này không chạy trên nó. Vận hành (dịch vụ systemd, HTTPS qua Caddy/nginx, sao lưu định kỳ, nhiều \
            máy chủ): docs/operations.md.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var server: ServerOptions

    @Flag(help: "Chạy các bước cập nhật cấu trúc cơ sở dữ liệu còn thiếu trước khi phục vụ.")
    var migrate = false

    func run() async throws {
        try await server.serve(database.location, migrate: migrate) { url in
            print("ktxh đang chạy tại \(url) (cơ sở dữ liệu: \(database.location)). Nhấn Ctrl+C để dừng.")
            fflush(nil)
        }
    }
}
