import Foundation

extension PlanTable {
    /// Tiêu đề hai dòng: the row under a header that names sub-columns of merged cells ("Thực hiện 6 tháng"
    /// over "Số lượng | % KH | % cùng kỳ"; "So sánh (%)" over "TH/KH | TH/CK"). Every cell either repeats
    /// the cell above (a vertical merge), is empty, or is a header word; the combined cell reads "top – bottom".
    static func secondRow(_ row: [String], under top: [String]) -> (cells: [String], roles: [HeaderRole?])? {
        let differing = row.indices.filter { !row[$0].isEmpty && row[$0] != (top[safe: $0] ?? "") }
        // A header merged downwards in full repeats itself: the row is part of the header, nothing to combine.
        if differing.isEmpty { return row == top ? (top, top.map(role(forHeader:))) : nil }
        guard
            differing.allSatisfy({ role(forHeader: row[$0]) != nil || isGenericFigureHeader(row[$0]) })
        else { return nil }
        let width = max(row.count, top.count)
        var cells: [String] = []
        var roles: [HeaderRole?] = []
        for index in 0..<width {
            let above = top[safe: index] ?? ""
            let below = row[safe: index] ?? ""
            let (a, b) = (role(forHeader: above), role(forHeader: below))
            if below.isEmpty || below == above {
                cells.append(above)
                roles.append(a)
            } else if above.isEmpty {
                cells.append(below)
                roles.append(b)
            } else {
                cells.append("\(above) – \(below)")
                roles.append(combined(a, b))
            }
        }
        return (cells, roles)
    }

    /// A percentage anywhere makes a check; last year anywhere makes the previous figure; otherwise the
    /// lower cell says what the column is, or the upper one when the lower only says "Số lượng".
    private static func combined(_ top: HeaderRole?, _ bottom: HeaderRole?) -> HeaderRole? {
        if top == .check || bottom == .check { return .check }
        if top == .column(.previous) || bottom == .column(.previous) { return .column(.previous) }
        return bottom ?? top
    }

    /// Where a table ends: "Ghi chú: …", "Nguồn: …", a footnote "(1) …", a signature block ("Người lập biểu",
    /// "Thủ trưởng đơn vị", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "CHỦ TỊCH"), a page line ("Trang 1/2").
    static func isClosing(_ fields: [String]) -> Bool {
        let cells = distinctCells(fields)
        // Markdown bold ("**TM. ỦY BAN NHÂN DÂN**") as a text export leaves it.
        guard
            let first = cells.first.map({ TextNormalization.folded($0).trimmingCharacters(in: CharacterSet(charactersIn: "*# ")) }
            )
        else { return false }
        let notes = ["ghi chu", "chu thich", "nguon:", "nguon so lieu", "nguon ", "luu y:", "* ghi chu", "noi nhan"]
        if notes.contains(where: first.hasPrefix) && cells.count == 1 { return true }
        if isSignature(first) { return true }
        if first.hasPrefix("trang "), cells.count == 1, ProseLayout.isPageNumber(first) {
            return true
        }
        return cells.count == 1 && isFootnote(first)
    }

    static func isSignature(_ folded: String) -> Bool {
        let titles: Set = [
            "nguoi lap bieu", "nguoi lap", "thu truong don vi", "thu truong co quan", "chu tich", "pho chu tich",
            "giam doc", "truong phong", "ke toan truong",
        ]
        let prefixes = ["tm. ", "kt. ", "q. ", "nguoi lap bieu", "thu truong don vi"]
        return titles.contains(folded) || prefixes.contains(where: folded.hasPrefix)
    }

    /// "(1) Giá trị sản xuất tính theo giá so sánh năm 2010.", "1/ …", "* …": a note on a figure above.
    static func isFootnote(_ folded: String) -> Bool {
        let marker = folded.prefix { $0 != " " }
        guard marker.count < folded.count, folded.count > 8 else { return false }
        let inner = marker.trimmingCharacters(in: CharacterSet(charactersIn: "()/*"))
        let wrapped = marker.hasPrefix("(") && marker.hasSuffix(")") || marker.hasSuffix("/") || marker.hasPrefix("*")
        return wrapped && (inner.isEmpty || inner.allSatisfy(\.isNumber))
    }

    /// A line with one text across the row or alone in the first cell: a title or a caption, not a row.
    static func isCaption(_ fields: [String]) -> Bool {
        let cells = distinctCells(fields)
        guard cells.count == 1, let first = fields.first, !first.isEmpty else { return false }
        return !isSectionLabel(first) && !isFigure(first)
    }
}
