import Foundation
import KTXHCore

extension CriteriaTable.Row {
    /// Whether `cell` says the unit met the row's threshold: in words ("Đạt", "Chưa đạt", the threshold's
    /// own "Không"), or by a figure the engine judges against the threshold. Nil when the cell does not
    /// say ("Chưa quy định", "không có chợ") or the threshold has two parts ("100% (50% cứng hóa)").
    func verdict(_ cell: String) -> Bool? {
        let text = cell.folded
        if text.isEmpty || text.hasPrefix("chua quy dinh") { return nil }
        if text.hasPrefix("dat") { return true }
        if text == "chua" || text.hasPrefix("chua dat") || text.hasPrefix("khong dat") { return false }
        if text == threshold.folded { return true }
        guard !threshold.contains("("), cell.first?.isNumber == true, let figure = WrittenFigure.scan(Array(cell)).first,
            figure.whole == nil, threshold.contains("%") == figure.isPercent
        else { return nil }
        let target = TargetExpression.parse(threshold)
        guard target.referenceValue != nil else { return nil }
        let direction = IndicatorProposal.direction(name: name, kind: figure.isPercent ? .rate : .quantity)
        return Judgement.meets(figure.value, target, direction: direction)
    }

    /// How many units the cells of `block` say met the threshold; nil unless every cell says.
    func countedMet(_ block: Int) -> Int? {
        guard results.indices.contains(block) else { return nil }
        let verdicts = results[block].cells.map(verdict)
        guard !verdicts.contains(where: { $0 == nil }) else { return nil }
        return verdicts.filter { $0 == true }.count
    }

    /// True when the row's own count for `block` disagrees with its cells: such a row proves nothing
    /// about a unit, it is itself the contradiction.
    func contradictsItself(_ block: Int) -> Bool {
        guard let counted = countedMet(block), let stated = results[block].count else { return false }
        return counted != stated.met
    }
}

extension CriteriaTable {
    /// Whether `unit` met `criterion` in `block` by the table's rows: not met when one row says not met,
    /// met when every row says met, nil otherwise. Also the rows that decide it.
    func verdict(criterion: Int, unit: Int, block: Int) -> (met: Bool, rows: [Row])? {
        let rows = rows.filter { $0.criterion == criterion }
        guard !rows.isEmpty else { return nil }
        var verdicts: [(Row, Bool?)] = []
        for row in rows {
            guard row.results.indices.contains(block), !row.contradictsItself(block) else {
                verdicts.append((row, nil))
                continue
            }
            verdicts.append((row, row.verdict(row.results[block].cells[unit])))
        }
        let failing = verdicts.filter { $0.1 == false }.map(\.0)
        if !failing.isEmpty { return (false, failing) }
        return verdicts.allSatisfy { $0.1 == true } ? (true, rows) : nil
    }
}
