import Foundation
import KTXHCore
import NIOPosix
import Vapor

/// Salted, slow password hashes (bcrypt), computed off the event loop so a login does not stall other
/// requests.
public enum Passwords {
    public static func hash(_ password: String, cost: Int) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    /// False for a wrong password and for a hash that is not bcrypt.
    public static func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { (try? Bcrypt.verify(password, created: hash)) ?? false }
    }

    /// Compared against when the username is unknown, so an unknown name takes as long as a wrong password.
    static let unknownAccountHash = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5K9TqGmDbI3bKRGDaXyVnXr4sX8aVCa"

    /// A password for `ktxh demo` and `ktxh user add` without one: 16 letters and digits from the system's
    /// secure generator, without look-alikes (0/O, 1/l/I).
    public static func generate() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] })
    }

    /// Why a new password is refused, in Vietnamese; nil when it is acceptable.
    public static func problem(_ password: String) -> String? {
        password.count < Account.minimumPasswordLength
            ? "Mật khẩu phải có ít nhất \(Account.minimumPasswordLength) ký tự." : nil
    }
}
