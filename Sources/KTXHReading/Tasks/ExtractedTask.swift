import KTXHCore

/// Nhiệm vụ đề xuất: one task read from a resolution's tasks-and-solutions part, proposed to a person who confirms
/// it before it is saved.
public struct ExtractedTask: Hashable, Sendable, Codable {
    /// The heading the task stands under, without its numbering ("Lĩnh vực Văn hóa - Xã hội"); empty when none.
    public var section: String
    /// The task as written, its broken lines joined.
    public var text: String
    /// The body the text names to lead it ("Phòng Tài chính - Kế hoạch"); empty when none.
    public var lead: String
    /// The bodies the text names to co-operate ("phối hợp với …").
    public var partners: [String]
    /// When it is due, when the text says so.
    public var deadline: TaskDeadline?
    /// The document line the task starts on, from 1.
    public var line: Int

    public init(section: String, text: String, lead: String, partners: [String], deadline: TaskDeadline?, line: Int) {
        self.section = section
        self.text = text
        self.lead = lead
        self.partners = partners
        self.deadline = deadline
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case section, text, lead, partners, deadline, line }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(section, forKey: .section)
        try container.encode(text, forKey: .text)
        try container.encode(lead, forKey: .lead)
        try container.encode(partners, forKey: .partners)
        try container.encode(deadline?.code ?? "", forKey: .deadline)
        try container.encode(line, forKey: .line)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        section = try container.decode(String.self, forKey: .section)
        text = try container.decode(String.self, forKey: .text)
        lead = try container.decode(String.self, forKey: .lead)
        partners = try container.decode([String].self, forKey: .partners)
        deadline = TaskDeadline(code: try container.decode(String.self, forKey: .deadline))
        line = try container.decode(Int.self, forKey: .line)
    }
}
