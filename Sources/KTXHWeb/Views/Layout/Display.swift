import Foundation
import KTXHCore

/// How figures read on a page: Vietnamese number format, counts with the seeds' leading zero.
enum Display {
    static func value(_ value: Observation.Value, indicator: Indicator) -> String {
        if case .number(let v) = value { return number(v, indicator: indicator) }
        return value.vietnamese
    }

    static func number(_ v: Decimal, indicator: Indicator) -> String {
        // The seeds write small whole figures as 02, 08 (HTX, thôn, "02 lần"); rates and zero stay as they are.
        let leadingZero = indicator.kind != .rate && v >= 1 && v < 10 && v == v.rounded0
        return VietnameseNumber.format(v, leadingZero: leadingZero)
    }

    static func percent(_ v: Decimal?) -> String {
        v.map { VietnameseNumber.formatPercent($0) } ?? ""
    }

    static func cssClass(_ label: EvaluationLabel?) -> String {
        switch label {
        case .exceeded: "label exceeded"
        case .met: "label met"
        case .notYetMet, .notMet: "label short"
        case .rightDirection: "label direction"
        case .judgeAtYearEnd, .insufficientData: "label pending"
        case nil: ""
        }
    }
}

extension Decimal {
    var rounded0: Decimal {
        var input = self
        var output = Decimal()
        NSDecimalRound(&output, &input, 0, .plain)
        return output
    }
}
