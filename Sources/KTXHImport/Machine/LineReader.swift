import Foundation
import KTXHReading

/// Reads a file line by line in fixed-size chunks, so a file of a million lines is never held whole.
public final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// Where the next line starts in `buffer`: lines are read past, and the buffer compacted once per chunk.
    private var start = 0
    private var atEnd = false
    private let chunkSize: Int
    public private(set) var lineNumber = 0

    public init(url: URL, chunkSize: Int = 1 << 16) throws {
        handle = try FileHandle(forReadingFrom: url)
        self.chunkSize = chunkSize
    }

    deinit { try? handle.close() }

    /// The next line without its line break, nil at the end. Bytes that are not UTF-8 throw.
    public func next(file: String) throws -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var line = buffer[start..<newline]
                start = newline + 1
                if line.last == 0x0D { line = line.dropLast() }
                return try decode(line, file: file)
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return try decode(line, file: file)
            }
            buffer.removeFirst(start)
            start = 0
            let chunk = try handle.read(upToCount: chunkSize) ?? Data()
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    private func decode(_ bytes: ArraySlice<UInt8>, file: String) throws -> String {
        lineNumber += 1
        var bytes = bytes
        if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ImportError(file: file, line: lineNumber, reason: "Dòng không dùng bảng mã UTF-8")
        }
        return text
    }
}
