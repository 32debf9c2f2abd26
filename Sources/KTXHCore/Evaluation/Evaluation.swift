import Foundation

/// What a figure means against its target: the label, % of plan, % of the same period last year.
public struct Evaluation: Hashable, Sendable, Codable {
    /// Nil for a reference row (a sub-indicator's figure shown without a label of its own).
    public var label: EvaluationLabel?
    /// % KH: actual ÷ target × 100; nil where the target has no figure to divide by.
    public var percentOfPlan: Decimal?
    /// So với cùng kỳ: actual ÷ the same period last year × 100.
    public var percentOfPrevious: Decimal?
    /// Before the year ends, for a numeric target: where the figure stands against its expected pace.
    public var pace: Pace?
    /// The figure expected by the period's cut-off, and the actual figure's ratio to it (for a stock or a rate, the
    /// progress made from last year's level over the progress expected).
    public var expectedToDate: Decimal?
    public var ratioToExpected: Decimal?
    /// Why, in Vietnamese: "4.227 > 4.000".
    public var reason: String

    public init(
        label: EvaluationLabel?, percentOfPlan: Decimal? = nil, percentOfPrevious: Decimal? = nil, pace: Pace? = nil,
        reason: String
    ) {
        self.label = label
        self.percentOfPlan = percentOfPlan
        self.percentOfPrevious = percentOfPrevious
        self.pace = pace
        self.reason = reason
    }
}

/// Everything the engine needs to judge one figure: plain values, no database, no clock.
public struct EvaluationInput: Hashable, Sendable {
    public var target: TargetExpression
    public var actual: Observation.Value?
    /// The same period of the previous year (or the previous year for a year), for "so với cùng kỳ"
    /// and for change targets.
    public var previous: Decimal?
    /// The period the figure is for.
    public var period: Period
    /// The year or term the target is for.
    public var term: Period
    public var direction: Indicator.Direction
    public var accumulation: Indicator.Accumulation
    public var judgedAtYearEnd: Bool
    public var isRank: Bool
    public var role: Target.Role
    /// A person's own judgement, used where the engine cannot judge (a text target or a text figure).
    public var manualLabel: EvaluationLabel?
    /// Where the figure was expected to be by now (`ExpectedPace`): from past years when the caller has them. Nil
    /// for a cumulative figure means the share of the year elapsed.
    public var expected: ExpectedPace?
    /// A count of events ("thành lập mới 02 HTX"): a handful a year happens when it happens, with no pace.
    public var isCount = false

    public init(
        target: TargetExpression, actual: Observation.Value?, previous: Decimal? = nil, period: Period,
        term: Period, direction: Indicator.Direction = .up, accumulation: Indicator.Accumulation = .stock,
        judgedAtYearEnd: Bool = false, isRank: Bool = false, role: Target.Role = .binding,
        manualLabel: EvaluationLabel? = nil
    ) {
        self.target = target
        self.actual = actual
        self.previous = previous
        self.period = period
        self.term = term
        self.direction = direction
        self.accumulation = accumulation
        self.judgedAtYearEnd = judgedAtYearEnd
        self.isRank = isRank
        self.role = role
        self.manualLabel = manualLabel
    }

    /// Builds the input from the domain values of one row.
    public init(
        indicator: Indicator, target: Target, plan: Plan, period: Period, actual: Observation?,
        previous: Observation?, manualLabel: EvaluationLabel? = nil
    ) {
        self.init(
            target: target.expression, actual: actual?.value, previous: previous?.value.number, period: period,
            term: plan.term, direction: indicator.direction, accumulation: indicator.accumulation,
            judgedAtYearEnd: indicator.judgedAtYearEnd, isRank: indicator.kind == .rank, role: target.role,
            manualLabel: manualLabel
        )
        isCount = indicator.kind == .count
    }

    /// The target's term has closed when the figure's period covers all of it (the year 2024 for a
    /// 2024 plan); any shorter period is still open.
    public var termIsClosed: Bool { period.covers(term) }
}
