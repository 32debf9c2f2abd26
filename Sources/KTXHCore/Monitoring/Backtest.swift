import Foundation

/// Kiểm tra ngược: the projection tried on years whose end is known. For every indicator of every unit and every
/// year with at least `ExpectedPace.minimumYears` years before it, the year's total is projected from the figure at
/// a cut-off and the pace of the years before, as `Projection.yearEnd` does for a plan, and set against the true
/// total: how far off the middle is, and how often the range holds the truth.
public enum Backtest {
    /// One cumulative indicator in one unit: its figure at the cut-off and at the year's end, by year.
    public struct Series: Hashable, Sendable {
        public var toDate: [Int: Decimal]
        public var yearEnd: [Int: Decimal]

        public init(toDate: [Int: Decimal], yearEnd: [Int: Decimal]) {
            self.toDate = toDate
            self.yearEnd = yearEnd
        }
    }

    /// The errors of one cut-off over many series.
    public struct Outcome: Hashable, Sendable, Codable {
        /// "H1", "9M".
        public var checkpoint: String
        /// Projections made (unit, indicator, year).
        public var cases: Int
        /// Median of |projected − true| ÷ true, as a percentage.
        public var medianAbsolutePercentError: Decimal?
        /// Share of cases whose true total lies within the projected range, as a percentage.
        public var coverage: Decimal?

        public init(checkpoint: String, cases: Int, medianAbsolutePercentError: Decimal?, coverage: Decimal?) {
            self.checkpoint = checkpoint
            self.cases = cases
            self.medianAbsolutePercentError = medianAbsolutePercentError
            self.coverage = coverage
        }
    }

    /// Running totals, so that a large data set can be read one part at a time.
    public struct Tally: Hashable, Sendable {
        public var errors: [Decimal] = []
        public var inside = 0

        public init() {}

        public mutating func add(_ series: Series) {
            for (year, toDate) in series.toDate {
                guard let truth = series.yearEnd[year], truth > 0 else { continue }
                let past = series.toDate.compactMap { pastYear, figure -> (year: Int, share: Decimal)? in
                    guard pastYear < year, let end = series.yearEnd[pastYear],
                        let share = ExpectedPace.share(toDate: figure, yearEnd: end)
                    else { return nil }
                    return (pastYear, share)
                }
                guard past.count >= ExpectedPace.minimumYears else { continue }
                // The target is not needed to project from the unit's own past years.
                let pace = ExpectedPace.cumulative(
                    target: 0, period: .year(year), ownShares: past, peerShares: [], peerYear: year - 1)
                guard let projection = Projection.yearEnd(toDate: toDate, pace: pace, target: nil) else { continue }
                errors.append(abs(projection.mid - truth) / truth * 100)
                if projection.low <= truth && truth <= projection.high { inside += 1 }
            }
        }

        public func outcome(_ checkpoint: String) -> Outcome {
            Outcome(
                checkpoint: checkpoint, cases: errors.count,
                medianAbsolutePercentError: errors.isEmpty ? nil : Statistics.median(errors),
                coverage: errors.isEmpty ? nil : Decimal(inside) / Decimal(errors.count) * 100)
        }
    }
}
