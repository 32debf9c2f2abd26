import Foundation
import KTXHCore

/// Nhiệm vụ, giải pháp: the tasks a resolution sets, read from its tasks-and-solutions part as a planner reads
/// them: headings are sections, a numbered or bulleted item that directs one thing is a task, a paragraph gives one
/// task per sentence that directs something, and a sentence that only carries the one before on ("Trong đó, …",
/// "Phấn đấu … đạt 95%") stays with it. Rules and measures: docs/reading.md, Part 4.
public enum TaskText {
    public static func extractTasks(_ text: String) -> [ExtractedTask] {
        // A browser posts a textarea with CR LF line ends; Windows files have them too.
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let paragraphs = part(of: paragraphs(ProseLayout.lines(unified)))
        var tasks: [ExtractedTask] = []
        var section = ""
        for paragraph in paragraphs {
            let numbering = Numbering.read(paragraph.text)
            let body = numbering.map { String(paragraph.text[$0.textStart...]) } ?? paragraph.text
            let trimmed = body.trimmingCharacters(in: .whitespaces)
            // "2.1. Nâng cao chất lượng giáo dục và đào tạo", "II. …": a numbered sub-heading, even one that opens
            // with a verb.
            let deep = numbering.map { $0.kind == .roman || $0.kind == .arabic && $0.values.count >= 2 } ?? false
            // "1.4. Quản lý đô thị; tài nguyên và môi trường; bồi thường, hỗ trợ tái định cư; xây dựng cơ bản": a
            // numbered field's name may run long, but ends with no stop.
            let short = trimmed.split(separator: " ").count <= 24 && !".;".contains(trimmed.last ?? ".")
            if isHeading(trimmed) || deep && short {
                section = trimmed.trimmingCharacters(in: CharacterSet(charactersIn: " :"))
                continue
            }
            var rest = trimmed
            // "a) Về nông nghiệp: Tập trung …": the heading, then the task on the same line.
            if let colon = trimmed.firstIndex(of: ":"), isHeading(String(trimmed[..<colon]) + ":"),
                trimmed[..<colon].split(separator: " ").count <= 10
            {
                section = String(trimmed[..<colon]).trimmingCharacters(in: .whitespaces)
                rest = String(trimmed[trimmed.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            }
            for sentence in sentences(rest) {
                let cleaned = sentence.trimmingCharacters(in: CharacterSet(charactersIn: " .;"))
                guard !cleaned.isEmpty else { continue }
                if let last = tasks.indices.last, tasks[last].line >= paragraph.line, continues(cleaned) {
                    tasks[last].text += ". " + cleaned
                    continue
                }
                var task = TaskWording.task(cleaned, section: section, line: paragraph.line)
                // "b) Bộ Công Thương:" over its items: the body the heading names leads each of them.
                if task.lead.isEmpty, let body = TaskWording.bodyHeading(section) { task.lead = body }
                tasks.append(task)
            }
        }
        return tasks
    }

    struct Paragraph {
        var text: String
        var line: Int
    }

    /// Lines joined into paragraphs: a blank line ends one; a line that neither starts an item nor follows a
    /// finished sentence goes on the one before ("… tăng" / "trưởng …" as a PDF or a web page broke it).
    static func paragraphs(_ lines: [TargetSection.Line]) -> [Paragraph] {
        var result: [Paragraph] = []
        var previous = 0
        for line in lines {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            // The layout drops blank lines; a gap in the numbers is one.
            let afterBlank = line.number > previous + 1
            previous = line.number
            guard !text.isEmpty else { continue }
            // "… Nghị quyết 18-NQ/TU ngày" / (blank) / "12/8/2021 của Tỉnh ủy …": a sentence broken across a blank line.
            let broken = text.first.map { $0.isLowercase || $0.isNumber } == true
            if !afterBlank || broken, let last = result.indices.last, Numbering.read(text) == nil,
                let end = result[last].text.last, !":;".contains(end), end != "." || text.first?.isLowercase == true
            {
                result[last].text += " " + text
                continue
            }
            result.append(Paragraph(text: text, line: line.number))
        }
        return result
    }

    /// The paragraphs of the tasks part: after its heading ("Điều 3. Nhiệm vụ và giải pháp chủ yếu", "II. NHIỆM VỤ
    /// VÀ GIẢI PHÁP", "… tập trung một số nhiệm vụ chủ yếu sau:"), up to "Tổ chức thực hiện", the next article or
    /// "Nơi nhận". A text with no such heading is read whole.
    static func part(of paragraphs: [Paragraph]) -> [Paragraph] {
        // A numbered heading over the document's title ("Về nhiệm vụ và giải pháp chủ yếu …" under "NGHỊ QUYẾT").
        let start =
            paragraphs.firstIndex { startsTasks($0.text) && Numbering.read($0.text) != nil }
            ?? paragraphs.firstIndex { startsTasks($0.text) }
        let body = start.map { paragraphs[($0 + 1)...] } ?? paragraphs[...]
        let opensWithArticle = start.map { Numbering.read(paragraphs[$0].text)?.kind == .article } ?? false
        let end = body.firstIndex { paragraph in
            let folded = paragraph.text.folded
            let numbering = Numbering.read(paragraph.text)
            let heading = numbering.map { String(paragraph.text[$0.textStart...]).folded } ?? folded
            return numbering?.kind == .article && (opensWithArticle || start == nil || !heading.contains("nhiem vu"))
                || ["to chuc thuc hien", "noi nhan", "nghi quyet nay"].contains(where: heading.hasPrefix)
        }
        return Array(body[..<(end ?? body.endIndex)])
    }

    static func startsTasks(_ text: String) -> Bool {
        let folded = text.folded
        // "Điều 1. … tán thành kết quả thực hiện nhiệm vụ … năm 2024 …": last year's results.
        guard folded.contains("nhiem vu"), !["ket qua", "danh gia", "tinh hinh"].contains(where: folded.contains) else {
            return false
        }
        let words = text.split(separator: " ").count
        let names = ["giai phap", "chu yeu", "trong tam", "cong tac", "trong diem"].contains(where: folded.contains)
        return names && (words <= 16 || text.hasSuffix(":"))
    }

    /// A field's heading: short, no sentence's end, no target's figure ("1. Về phát triển kinh tế", "1.2. Phát triển
    /// công nghiệp, tiểu thủ công nghiệp", "LĨNH VỰC VĂN HÓA - XÃ HỘI", "Về văn hóa - xã hội:").
    static func isHeading(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        guard !words.isEmpty, words.count <= 24, !text.hasSuffix("."), !text.hasSuffix(";") else { return false }
        let folded = text.folded
        // "Về công tác quốc phòng - an ninh; tư pháp - thanh tra - tiếp công dân": a field's name may run long.
        if folded.hasPrefix("ve ") || folded.hasPrefix("linh vuc") || text.hasSuffix(":") { return true }
        guard words.count <= 14 else { return false }
        let letters = text.filter(\.isLetter)
        if !letters.isEmpty, letters.allSatisfy(\.isUppercase) { return true }
        // A short line that starts with a verb directs something: "Tổ chức lễ hội …".
        return !TaskWording.startsWithVerb(text) && words.count <= 10
    }

    /// The sentences of a paragraph: a period before a capital or a figure ends one.
    static func sentences(_ text: String) -> [String] {
        let chars = Array(text)
        var result: [String] = []
        var start = 0
        for i in chars.indices where i > 0 && chars[i - 1] == " " && InlineMarks.sentenceEnded(chars, before: i) {
            result.append(String(chars[start..<i]))
            start = i
        }
        result.append(String(chars[start...]))
        return result
    }

    /// "Trong đó, …", "Đồng thời …", "Phấn đấu … đạt 95%": a sentence that carries the task before it on.
    static func continues(_ sentence: String) -> Bool {
        let folded = sentence.folded
        return ["trong do", "dong thoi", "phan dau", "nhat la", "rieng ", "qua do", "tu do"].contains(where: folded.hasPrefix)
    }
}
