import Foundation
import KTXHCore

/// How figures read on a page: Vietnamese number format, counts with the seeds' leading zero.
enum Display {
    static func value(_ value: Observation.Value, indicator: Indicator) -> String {
        if case .number(let v) = value { return indicator.written(v) }
        return value.vietnamese
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
