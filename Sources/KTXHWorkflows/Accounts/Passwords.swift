import Foundation
import KTXHCore

/// New passwords: generated where none is given, refused when too short.
public enum Passwords {
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
