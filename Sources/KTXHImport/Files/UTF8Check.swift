import Foundation

/// Kiểm tra UTF-8: an Office part must be valid UTF-8 before the XML parser sees it. Foundation's parser on Linux
/// stops the process on an element name that is not (found by fuzzing: one flipped byte in a worksheet), so a
/// corrupt or hostile file would take the server down with it; checked here, it is refused as a damaged file.
enum UTF8Check {
    static func isValid(_ data: Data) -> Bool {
        data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }
    }

    /// Reads the file in pieces, so a worksheet of hundreds of megabytes is checked in a few megabytes of memory.
    static func isValid(fileAt url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        var carried = Data()
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch { return false }
            // The end of the file: nil on some platforms, empty on others.
            guard let chunk, !chunk.isEmpty else { return isValid(carried) }
            let bytes = carried + chunk
            // A character cut by the piece's end goes on to the next piece: from its lead byte on.
            var cut = bytes.endIndex
            for index in stride(from: bytes.endIndex - 1, through: max(bytes.startIndex, bytes.endIndex - 4), by: -1)
            where bytes[index] & 0xC0 != 0x80 {
                cut = bytes[index] < 0x80 ? bytes.endIndex : index
                break
            }
            guard isValid(bytes[bytes.startIndex..<cut]) else { return false }
            carried = Data(bytes[cut...])
        }
    }
}
