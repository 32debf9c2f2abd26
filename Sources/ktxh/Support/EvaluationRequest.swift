import Foundation
import KTXHCore
import KTXHImport
import KTXHWorkflows

/// `ktxh evaluate`'s options turned into the engine's input, and its result into text or JSON.
struct EvaluationRequest {
    var input: EvaluationInput

    /// Any year serves: the command judges a period against a one-year target.
    private static let year = 2000

    static func period(_ keyword: String) -> Period? {
        let k = keyword.lowercased()
        switch k {
        case "year", "nam": return .year(year)
        case "h1": return Period(year: year, kind: .half(1))
        case "h2": return Period(year: year, kind: .half(2))
        case "9m": return Period(year: year, kind: .nineMonths)
        case "q1", "q2", "q3", "q4": return Int(k.dropFirst()).map { Period(year: year, kind: .quarter($0)) }
        default:
            guard k.hasPrefix("m"), let m = Int(k.dropFirst()), (1...12).contains(m) else { return nil }
            return Period(year: year, kind: .month(m))
        }
    }

    init(
        target: String, actual: String, period: String, accumulation: Indicator.Accumulation,
        direction: Indicator.Direction, previous: String?
    ) throws {
        guard let period = Self.period(period) else { throw CommandError(userMessage: "Kỳ «\(period)» không hợp lệ.") }
        let indicator = Indicator(code: "cli", name: "", unitOfMeasure: "", direction: direction, accumulation: accumulation)
        let value: Observation.Value
        do {
            value = try ObservedValue.parse(actual, indicator: indicator)
        } catch {
            throw CommandError(userMessage: "--actual: \(error.message)")
        }
        if case .text = value { throw CommandError(userMessage: "--actual: «\(actual)» không phải là số liệu.") }
        var previousValue: Decimal?
        if let previous {
            do {
                previousValue = try VietnameseNumber.decimal(previous)
            } catch {
                throw CommandError(userMessage: "--previous: \(error.message)")
            }
        }
        let expression = TargetExpression.parse(target)
        input = EvaluationInput(
            target: expression, actual: value, previous: previousValue, period: period, term: .year(Self.year),
            direction: direction, accumulation: accumulation, isRank: expression.unit?.lowercased() == "bậc")
    }

    func json(_ evaluation: Evaluation) -> String {
        let label = evaluation.label.map { "\"\($0.rawValue)\"" } ?? "null"
        let pace = evaluation.pace.map { "\"\($0.rawValue)\"" } ?? "null"
        let reason = JSONText.encode([evaluation.reason]).dropFirst().dropLast()
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return """
            {"label": \(label), "percentOfPlan": \(JSONText.number(evaluation.percentOfPlan)), \
            "percentOfPrevious": \(JSONText.number(evaluation.percentOfPrevious)), "pace": \(pace), \
            "reason": \(reason)}
            """
    }

    func text(_ evaluation: Evaluation) -> String {
        var lines = ["Đánh giá: \(evaluation.label?.rawValue ?? "không đánh giá")"]
        lines.append("% KH: " + (evaluation.percentOfPlan.map { VietnameseNumber.formatPercent($0) } ?? "không tính được"))
        if let p = evaluation.percentOfPrevious { lines.append("So với cùng kỳ: \(VietnameseNumber.formatPercent(p))") }
        if let pace = evaluation.pace { lines.append("Tiến độ: \(pace.rawValue)") }
        if !evaluation.reason.isEmpty { lines.append("Lý do: \(evaluation.reason)") }
        return lines.joined(separator: "\n")
    }
}
