import Foundation

/// Kiểm tra tính nhất quán: what a careful reader flags in a report, from its text and tables alone,
/// Every finding names its places and values.
public enum ConsistencyCheck {
    public static func findings(in text: String) -> [Finding] {
        let report = ReportText(text)
        let all =
            PercentageCheck.findings(report) + PercentageCheck.compoundFindings(report) + PartsSumCheck.findings(report)
            + GroupRateCheck.findings(report) + TextTableCheck.findings(report) + UnitFiguresCheck.findings(report)
            + CriteriaCountCheck.findings(report) + SubRowsSumCheck.findings(report) + RestatementCheck.findings(report)
            + TargetMismatchCheck.findings(text, report: report)
        return merged(all)
    }

    /// The same finding stated twice (a table repeated further down) is one finding at two places.
    static func merged(_ findings: [Finding]) -> [Finding] {
        var result: [Finding] = []
        for finding in findings {
            if let index = result.firstIndex(where: { $0.kind == finding.kind && $0.values == finding.values }) {
                let known = Set(result[index].locations.map(\.line))
                result[index].locations += finding.locations.filter { !known.contains($0.line) }
            } else {
                result.append(finding)
            }
        }
        return result
    }
}
