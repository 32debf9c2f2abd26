/// A plan with its table: the sections and the targets, as an importer reads them and storage saves them.
public struct PlanDocument: Hashable, Sendable {
    public var plan: Plan
    public var sections: [PlanSection]
    public var targets: [Target]

    public init(plan: Plan, sections: [PlanSection], targets: [Target]) {
        self.plan = plan
        self.sections = sections
        self.targets = targets
    }
}

extension PlanDocument {
    /// Sao chép kế hoạch: this year's plan as the start of next year's — the same sections and targets (the
    /// planner changes them as the new resolution sets them), the year moved on in the key and the title, and no
    /// document number or date, which the new resolution will have. Nil for a plan whose term is not a year.
    public func copiedToNextYear() -> PlanDocument? {
        guard plan.term.kind == .year else { return nil }
        let year = plan.term.year
        var copy = plan
        copy.id = nil
        copy.term = .year(year + 1)
        copy.key = plan.key.hasSuffix("-\(year)") ? String(plan.key.dropLast(4)) + "\(year + 1)" : "\(plan.key)-\(year + 1)"
        copy.title =
            plan.title.contains("năm \(year)")
            ? plan.title.replacingOccurrences(of: "năm \(year)", with: "năm \(year + 1)")
            : "\(plan.title) (năm \(year + 1))"
        copy.number = nil
        copy.issuedOn = nil
        return PlanDocument(plan: copy, sections: sections, targets: targets)
    }
}

extension PlanDocument {
    /// The plan with `indicator`'s target set to `text` as a resolution writes it ("≥ 4.000 hộ", "tăng 8-9%"),
    /// read by the engine's parser: the existing target of that indicator changed, or a new one after the last.
    public func settingTarget(_ text: String, of indicator: Indicator) -> PlanDocument {
        var copy = self
        let expression = TargetExpression.parse(text, unit: indicator.unitOfMeasure)
        if let index = targets.firstIndex(where: { $0.indicatorCode == indicator.code }) {
            copy.targets[index].text = text
            copy.targets[index].expression = expression
        } else {
            let position = (targets.map(\.position) + sections.map(\.position)).max().map { $0 + 1 } ?? 1
            copy.targets.append(
                Target(indicatorCode: indicator.code, text: text, expression: expression, position: position))
        }
        return copy
    }
}
