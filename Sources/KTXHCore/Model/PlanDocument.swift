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
