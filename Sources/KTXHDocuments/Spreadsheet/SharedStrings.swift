/// Chuỗi dùng chung (`xl/sharedStrings.xml`): each distinct text of a workbook written once and referred to by
/// number, as Excel itself writes them.
///
/// A report repeats its words on every row (unit names, "Tỷ đồng", "Đánh giá cuối năm"): a number in their place
/// makes the sheet a third smaller and its compression as much faster. The table is bounded, so memory does not
/// grow with the rows: past the bound, new texts are written inline in their cells, which every reader accepts.
final class SharedStrings {
    private(set) var strings: [String] = []
    private var numbers: [String: Int] = [:]
    private var bytes = 0
    /// References written, the `count` the part declares.
    private(set) var references = 0
    let maximumCount: Int
    let maximumBytes: Int

    init(maximumCount: Int = 65_536, maximumBytes: Int = 8 << 20) {
        self.maximumCount = maximumCount
        self.maximumBytes = maximumBytes
    }

    /// The number of `text`, registering it if there is room; nil when it must be written inline.
    func number(for text: String) -> Int? {
        if let number = numbers[text] {
            references += 1
            return number
        }
        let size = text.utf8.count
        guard strings.count < maximumCount, bytes + size <= maximumBytes else { return nil }
        strings.append(text)
        numbers[text] = strings.count - 1
        bytes += size
        references += 1
        return strings.count - 1
    }

    func xml() -> [UInt8] {
        XMLBuffer.part { xml in
            xml.raw("<sst xmlns=\"\(Workbook.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">")
            for text in strings {
                xml.raw(Worksheet.isPadded(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>")
                xml.text(text)
                xml.raw("</t></si>")
            }
            xml.raw("</sst>")
        }
    }
}
