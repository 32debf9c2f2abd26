import ArgumentParser
import Foundation
import KTXHStorage
// The one place the command line reaches the web app: to serve it.
import KTXHWeb

/// `--host` and `--port` for the commands that serve the web app.
struct ServerOptions: ParsableArguments {
    @Option(help: "Địa chỉ lắng nghe. Mặc định chỉ máy này; đặt 0.0.0.0 khi đã có HTTPS phía trước (xem README).")
    var host = "127.0.0.1"

    @Flag(help: "Gửi cookie phiên với thuộc tính Secure: bật khi người dùng truy cập qua HTTPS.")
    var secureCookies = false

    @Option(help: "Cổng lắng nghe.")
    var port = 8080

    @Option(
        name: .customLong("trusted-proxy"),
        help: ArgumentHelp(
            "Máy chủ trung gian (reverse proxy) tin cậy, dạng CIDR: 127.0.0.1, 10.0.0.0/8, ::1. Có thể lặp lại.",
            discussion: "Chỉ khi yêu cầu đến từ các máy này, địa chỉ người dùng mới được đọc từ X-Forwarded-For."))
    var trustedProxy: [String] = []

    @Option(
        help: ArgumentHelp(
            "Dạng nhật ký trên stdout: json (mỗi yêu cầu một dòng JSON: thời gian, đường dẫn, mã trả lời, thời lượng, "
                + "người dùng; cho journald, Loki) hoặc text.",
            valueName: "json|text"))
    var logFormat: LogFormat = .json

    enum LogFormat: String, ExpressibleByArgument {
        case json, text
    }

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("Cổng phải từ 1 đến 65535, nhận được \(port).") }
        if let bad = trustedProxy.first(where: { TrustedProxies.Network($0) == nil }) {
            throw ValidationError("--trusted-proxy «\(bad)» không phải địa chỉ hay dải CIDR (ví dụ 10.0.0.0/8).")
        }
    }

    /// Serves the web app on `location` with the CLI's clock, telling `ready` the address once it listens; with
    /// `migrate`, a schema that is behind is brought up to date first.
    func serve(_ location: DatabaseLocation, migrate: Bool, ready: @Sendable (String) -> Void) async throws {
        let settings = WebSettings(
            clock: CLIClock.shared, secureCookies: secureCookies,
            trustedProxies: TrustedProxies(trustedProxy.compactMap(TrustedProxies.Network.init)), logRequests: true)
        WebServer.bootstrapLogging(json: logFormat == .json)
        try await WebServer.run(
            location: location, host: host, port: port, settings: settings, migrate: migrate, onStart: ready)
    }
}
