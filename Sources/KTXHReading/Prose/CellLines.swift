import Foundation

/// Bảng mất khung: a table copied from a web page without its grid, one cell a line: "3" / "Kim ngạch xuất
/// khẩu (triệu USD)" / ">920". Each row becomes the line a list of targets would have: "3. Kim ngạch xuất khẩu
/// (triệu USD): >920 triệu USD", the unit the name's bracket gives written after a bare figure.
enum CellLines {
    /// `lines` with each row of such a table joined into one; unchanged unless three rows or more are found.
    static func joined(_ lines: [TargetSection.Line]) -> [TargetSection.Line] {
        var rows: [Range<Int>] = []
        var index = 0
        while index + 1 < lines.count {
            guard isRowNumber(lines[index].text), isName(lines[index + 1].text) else {
                index += 1
                continue
            }
            // "I" / "Kinh tế" / "1" / "Kim ngạch …": a group's row has no value; the next row's number follows it.
            let hasValue =
                index + 2 < lines.count && isValue(lines[index + 2].text)
                && !(isRowNumber(lines[index + 2].text) && index + 3 < lines.count && isName(lines[index + 3].text))
            rows.append(index..<(index + (hasValue ? 3 : 2)))
            index += hasValue ? 3 : 2
        }
        guard rows.filter({ $0.count == 3 }).count >= 3 else { return lines }
        var result: [TargetSection.Line] = []
        var next = 0
        for row in rows {
            result += lines[next..<row.lowerBound]
            var line = lines[row.lowerBound]
            let number = line.text.hasSuffix(".") ? line.text : line.text + "."
            line.text = ""
            line.append(lines[row.lowerBound + 1], separator: number + " ", dropping: 0)
            if row.count == 3 {
                var value = lines[row.lowerBound + 2]
                if let unit = unit(named: lines[row.lowerBound + 1].text), let end = bareFigureEnd(value.text) {
                    value.text.insert(contentsOf: " " + unit, at: end)
                }
                line.append(value, separator: ": ", dropping: 0)
            }
            result.append(line)
            next = row.upperBound
        }
        return result + lines[next...]
    }

    /// "3", "12", "2.1", "II", "a": a row's number alone on its line.
    static func isRowNumber(_ text: String) -> Bool {
        let bare = text.hasSuffix(".") ? String(text.dropLast()) : text
        guard !bare.isEmpty, bare.count <= 5 else { return false }
        return bare.allSatisfy { $0.isNumber || $0 == "." } && bare.first?.isNumber == true
            || bare.allSatisfy { "IVX".contains($0) } || bare.count == 1 && bare.first?.isLowercase == true
    }

    static func isName(_ text: String) -> Bool {
        text.first?.isLetter == true && !isValue(text) && !isRowNumber(text)
    }

    /// ">2.300", "575 (tăng 15%)", "tăng 7,4 - 8,4%", "khoảng 57-57,5%".
    static func isValue(_ text: String) -> Bool {
        guard text.contains(where: \.isNumber), text.split(separator: " ").count <= 20 else { return false }
        if let first = text.first, first.isNumber || "><≥≤~".contains(first) { return true }
        let lead = text.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return ["tăng", "giảm", "trên", "dưới", "từ", "khoảng", "đạt", "tối", "ít", "không"].contains(lead)
    }

    /// Where a figure written without a unit ends: ">2.300", "575 (tăng 15%)" before its bracket.
    static func bareFigureEnd(_ text: String) -> String.Index? {
        let head = text.prefix { $0 != "(" }
        guard let last = head.lastIndex(where: { $0 != " " }),
            head[...last].allSatisfy({ $0.isNumber || ".,-–><≥≤~ ".contains($0) })
        else { return nil }
        return text.index(after: last)
    }

    /// The unit a name's last bracket states: "Kim ngạch xuất khẩu (triệu USD)", "GRDP bình quân đầu người
    /// (USD/người)"; not "(GRDP)".
    static func unit(named name: String) -> String? {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return nil }
        let inside = name[name.index(after: open)..<name.index(before: name.endIndex)].trimmingCharacters(in: .whitespaces)
        let words = " " + inside.folded.replacingOccurrences(of: "/", with: " ") + " "
        let units = ["dong", "usd", "nguoi", "ha", "tan", "%", "km", "luot", "ho", "xa", "tau", "m2", "m3", "kwh"]
        guard inside.split(separator: " ").count <= 3, units.contains(where: { words.contains(" \($0) ") }) else { return nil }
        return inside
    }
}
