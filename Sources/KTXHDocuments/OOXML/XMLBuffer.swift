/// UTF-8 bytes of an XML part under construction.
///
/// Parts are written as bytes rather than `String`s because a 200,000-row sheet is a hundred megabytes of
/// XML: appending to a byte array and flushing it in chunks keeps the writer fast and its memory flat.
struct XMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }

    /// Markup, written as given: tags and attribute names the writer itself spells.
    mutating func raw(_ markup: String) {
        append(markup.utf8)
    }

    /// Character data or an attribute value from outside: escaped, and stripped of the control characters
    /// XML 1.0 forbids (a stray form feed pasted from a PDF would otherwise make the file unreadable).
    mutating func text(_ value: String) {
        let utf8 = value.utf8
        // Fast path: most cells need no escaping at all.
        let clean = utf8.withContiguousStorageIfAvailable { !$0.contains(where: XMLBuffer.needsEscape) }
        if clean ?? !utf8.contains(where: XMLBuffer.needsEscape) {
            append(utf8)
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case 0x09, 0x0A, 0x0D: bytes.append(byte)
            case ..<0x20: continue
            default: bytes.append(byte)
            }
        }
    }

    /// ` name="value"`, the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        bytes.append(0x20)
        raw(name)
        bytes.append(contentsOf: "=\"".utf8)
        text(value)
        bytes.append(0x22)
    }

    /// A non-negative integer in decimal digits, without going through `String`.
    mutating func integer(_ value: Int) {
        guard value >= 10 else {
            bytes.append(UInt8(ascii: "0") + UInt8(max(0, value)))
            return
        }
        integer(value / 10)
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    /// Native strings hand over their bytes in one piece; others (bridged ones) go byte by byte.
    private mutating func append(_ utf8: String.UTF8View) {
        let done: Void? = utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if done == nil { bytes.append(contentsOf: utf8) }
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"")
    }
}

extension XMLBuffer {
    /// The declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// A whole small part built in one go.
    static func part(_ build: (inout XMLBuffer) -> Void) -> [UInt8] {
        var buffer = XMLBuffer()
        buffer.raw(declaration)
        build(&buffer)
        return buffer.bytes
    }
}
