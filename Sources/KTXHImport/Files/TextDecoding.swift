import Foundation
import KTXHCore
import KTXHReading

/// Text must be UTF-8 (with or without BOM); decomposed (NFD) Vietnamese is normalised to NFC, and lines end in
/// LF whatever ended them (a file saved on Windows or a browser's text area ends them in CR LF, which Swift
/// reads as one character that splitting on LF does not see). Files saved
/// in the legacy Vietnamese encodings are refused with the place of the first byte that is not UTF-8,
/// because guessing between TCVN3, VNI and Windows-1258 would silently garble names.
public enum TextDecoding {
    public static func decode(_ data: Data, file: String) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ImportError(file: file, reason: "Tệp được lưu bằng UTF-16; hãy lưu lại bằng UTF-8")
        }
        if bytes.contains(0) {
            throw ImportError(file: file, reason: "Tệp không phải là văn bản (có byte 0): có thể là tệp nhị phân")
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            let (line, sample) = firstInvalid(Array(bytes))
            throw ImportError(
                file: file, line: line, value: sample,
                reason: "Tệp không dùng bảng mã UTF-8 (Unicode); có vẻ được lưu bằng \(guessLegacy(Array(bytes))). "
                    + "Hãy mở tệp và lưu lại với bảng mã UTF-8")
        }
        return TextNormalization.nfc(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    /// The line and the text around the first byte sequence that is not valid UTF-8.
    static func firstInvalid(_ bytes: [UInt8]) -> (line: Int, sample: String) {
        var index = 0
        var line = 1
        while index < bytes.count {
            let b = bytes[index]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            let valid =
                length > 0 && index + length <= bytes.count
                && bytes[(index + 1)..<(index + length)].allSatisfy { $0 >> 6 == 0b10 }
            if !valid {
                let start = max(0, index - 12)
                let end = min(bytes.count, index + 12)
                let sample = bytes[start..<end].map {
                    $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true)
                }
                .joined()
                return (line, sample.replacingOccurrences(of: "\n", with: " "))
            }
            if b == 0x0A { line += 1 }
            index += length
        }
        return (line, "")
    }

    /// Windows-1258 writes tones as combining bytes (0xCC, 0xEC, 0xD2, 0xDE, 0xF2) after vowels; VNI follows
    /// ASCII vowels with bytes 0xC0-0xFF; TCVN3 writes precomposed letters as single bytes 0xA1-0xFE.
    static func guessLegacy(_ bytes: [UInt8]) -> String {
        var combiningTones = 0
        var afterVowel = 0
        var high = 0
        for (i, b) in bytes.enumerated() where b >= 0x80 {
            high += 1
            if [0xCC, 0xEC, 0xD2, 0xDE, 0xF2].contains(b) { combiningTones += 1 }
            if i > 0, "aeiouyAEIOUY".utf8.contains(bytes[i - 1]) { afterVowel += 1 }
        }
        guard high > 0 else { return "một bảng mã cũ" }
        if combiningTones * 3 >= high { return "bảng mã Windows-1258" }
        if afterVowel * 3 >= high * 2 { return "bảng mã VNI hoặc Windows-1258" }
        return "bảng mã TCVN3 (ABC) hoặc VNI"
    }
}
