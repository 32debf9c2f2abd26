import KTXHCore

/// Câu tổng hợp: how the judged indicators of a group came out, in one sentence ("Nhóm chỉ tiêu kinh tế có
/// 11 chỉ tiêu được đánh giá: 01 chỉ tiêu vượt kế hoạch, …").
public enum SectionSummary {
    /// Nil when no line of the group is judged.
    public static func make(subject: String, lines: [ProgressReport.Line]) -> String? {
        guard let (total, parts) = tally(lines) else { return nil }
        return "\(NarrativeWords.capitalizedFirst(subject)) có \(total) chỉ tiêu được đánh giá: \(parts)."
    }

    /// The whole plan: "Trong 45 chỉ tiêu nghị quyết được đánh giá, có 03 chỉ tiêu vượt kế hoạch, …".
    public static func overall(_ lines: [ProgressReport.Line]) -> String? {
        guard let (total, parts) = tally(lines) else { return nil }
        return "Trong \(total) chỉ tiêu nghị quyết được đánh giá, có \(parts)."
    }

    private static func tally(_ lines: [ProgressReport.Line]) -> (total: String, parts: String)? {
        let labels = lines.compactMap(\.label)
        guard !labels.isEmpty else { return nil }
        let parts = NarrativeWords.labelOrder.compactMap { label -> String? in
            let count = labels.filter { $0 == label }.count
            return count == 0 ? nil : "\(NarrativeWords.count(count)) chỉ tiêu \(NarrativeWords.labelPhrase(label))"
        }
        return (NarrativeWords.count(labels.count), parts.joined(separator: ", "))
    }

    /// The names of the lines whose label is one of `labels`, each with its % KH when it has one:
    /// "thu ngân sách nhà nước trên địa bàn (22,84% KH)".
    public static func names(of lines: [ProgressReport.Line], where include: (ProgressReport.Line) -> Bool) -> [String] {
        lines.filter(include).map { line in
            let name = NarrativeWords.lowercasedFirst(NarrativeWords.subject(line.indicator))
            return line.percentOfPlan.map { "\(name) (\($0.text) KH)" } ?? name
        }
    }
}
