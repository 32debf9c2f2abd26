import Foundation
import Glibc

/// Thư điện tử: a plain-text message in UTF-8 sent to the province's own mail relay over SMTP (no TLS, no login: the
/// relay is on the server's network, as docs/operations.md sets it up). Set by `KTXH_SMTP_HOST`, `KTXH_SMTP_PORT`
/// (25), `KTXH_SMTP_FROM` and `KTXH_SMTP_TO` (addresses separated by commas).
public struct SMTPMail: Sendable {
    public var host: String
    public var port: Int
    public var from: String
    public var to: [String]

    public init(host: String, port: Int = 25, from: String, to: [String]) {
        self.host = host
        self.port = port
        self.from = from
        self.to = to
    }

    /// The settings in `environment`, nil when no relay is set.
    public static func configured(in environment: [String: String]) -> SMTPMail? {
        guard let host = environment["KTXH_SMTP_HOST"], !host.isEmpty else { return nil }
        let to = (environment["KTXH_SMTP_TO"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return SMTPMail(
            host: host, port: Int(environment["KTXH_SMTP_PORT"] ?? "") ?? 25,
            from: environment["KTXH_SMTP_FROM"] ?? "ktxh@localhost", to: to)
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Sends one message; throws a Vietnamese `Failure` naming what the relay answered.
    public func send(subject: String, body: String, at date: Date) throws {
        guard !to.isEmpty else { throw Failure(description: "Chưa đặt người nhận (KTXH_SMTP_TO).") }
        let connection = try Connection(host: host, port: port)
        defer { connection.close() }
        try connection.expect(220)
        try connection.command("EHLO ktxh", expect: 250)
        try connection.command("MAIL FROM:<\(from)>", expect: 250)
        for address in to { try connection.command("RCPT TO:<\(address)>", expect: 250) }
        try connection.command("DATA", expect: 354)
        try connection.command(message(subject: subject, body: body, at: date) + "\r\n.", expect: 250)
        try? connection.command("QUIT", expect: 221)
    }

    /// The message with its headers: the subject encoded for UTF-8 (RFC 2047), the body in base64 lines.
    func message(subject: String, body: String, at date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let encoded = Data(body.utf8).base64EncodedString(options: [
            .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
        ])
        return [
            "From: <\(from)>", "To: " + to.map { "<\($0)>" }.joined(separator: ", "),
            "Subject: =?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?=", "Date: \(formatter.string(from: date))",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", encoded,
        ].joined(separator: "\r\n")
    }

    /// One SMTP conversation over a blocking socket.
    final class Connection {
        let socket: Int32

        init(host: String, port: Int) throws {
            var hints = addrinfo()
            hints.ai_family = AF_UNSPEC
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
            var result: UnsafeMutablePointer<addrinfo>?
            guard getaddrinfo(host, String(port), &hints, &result) == 0, let first = result else {
                throw Failure(description: "Không tìm thấy máy chủ thư «\(host)».")
            }
            defer { freeaddrinfo(result) }
            var connected: Int32 = -1
            var entry: UnsafeMutablePointer<addrinfo>? = first
            while let info = entry {
                let candidate = Glibc.socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
                if candidate >= 0 {
                    var timeout = timeval(tv_sec: 30, tv_usec: 0)
                    setsockopt(candidate, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                    if connect(candidate, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 {
                        connected = candidate
                        break
                    }
                    Glibc.close(candidate)
                }
                entry = info.pointee.ai_next
            }
            guard connected >= 0 else { throw Failure(description: "Không kết nối được máy chủ thư \(host):\(port).") }
            socket = connected
        }

        func close() { _ = Glibc.close(socket) }

        func command(_ line: String, expect code: Int) throws {
            let bytes = Array((line + "\r\n").utf8)
            var sent = 0
            while sent < bytes.count {
                let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { throw Failure(description: "Máy chủ thư ngắt kết nối khi đang gửi.") }
                sent += count
            }
            try expect(code)
        }

        /// Reads a reply (its last line is "250 …", the others "250-…") and checks its code.
        func expect(_ code: Int) throws {
            var reply = ""
            var buffer = [UInt8](repeating: 0, count: 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { throw Failure(description: "Máy chủ thư không trả lời.") }
                reply += String(decoding: buffer[0..<count], as: UTF8.self)
                let lines = reply.split(separator: "\r\n", omittingEmptySubsequences: true)
                if reply.hasSuffix("\r\n"), let last = lines.last, last.count >= 4,
                    last[last.index(last.startIndex, offsetBy: 3)] == " "
                {
                    guard last.hasPrefix(String(code)) else {
                        throw Failure(description: "Máy chủ thư từ chối: \(last)")
                    }
                    return
                }
            }
        }
    }
}
