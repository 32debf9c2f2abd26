import Foundation
import KTXHCore

/// Small pieces of Vietnamese the narrative is built from.
enum NarrativeWords {
    /// "Tổng đàn gia súc" → "tổng đàn gia súc", for a name inside a sentence; acronyms ("GD&ĐT", "HTX") stay.
    static func lowercasedFirst(_ text: String) -> String { SentenceCase.lowercasedFirst(text) }

    static func capitalizedFirst(_ text: String) -> String { SentenceCase.capitalizedFirst(text) }

    /// An indicator's name as a sentence's subject: without a closing full stop.
    static func subject(_ indicator: Indicator) -> String {
        var name = indicator.name.trimmingCharacters(in: .whitespaces)
        while name.hasSuffix(".") || name.hasSuffix(":") { name.removeLast() }
        return name
    }

    /// The unit after a figure: "%" sticks to it ("81,18%"), others follow a space ("1.889 tỷ đồng").
    static func unit(_ unitOfMeasure: String) -> String {
        let unit = unitOfMeasure.trimmingCharacters(in: .whitespaces)
        if unit.isEmpty { return "" }
        return unit == "%" ? "%" : " " + lowercasedFirst(unit)
    }

    /// A count as the seeds write it: "01 chỉ tiêu", "12 chỉ tiêu".
    static func count(_ number: Int) -> String {
        number > 0 && number < 10 ? "0\(number)" : "\(number)"
    }

    /// "Các chỉ tiêu về môi trường" → "nhóm chỉ tiêu về môi trường"; "Kinh tế" → "nhóm chỉ tiêu kinh tế".
    static func group(_ title: String) -> String {
        "nhóm chỉ tiêu " + lowercasedFirst(topic(title))
    }

    /// What a section is about: "Các chỉ tiêu về GD&ĐT" → "về GD&ĐT"... without the "về" for a heading.
    static func topic(_ title: String, dropAbout: Bool = false) -> String {
        var text = title.trimmingCharacters(in: .whitespaces)
        for prefix in ["các chỉ tiêu ", "chỉ tiêu "] where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            break
        }
        if dropAbout, text.lowercased().hasPrefix("về ") { text = String(text.dropFirst(3)) }
        return text
    }

    /// How a count of labels reads: "01 chỉ tiêu vượt kế hoạch".
    static func labelPhrase(_ label: EvaluationLabel) -> String {
        switch label {
        case .exceeded: "vượt kế hoạch"
        case .met: "đạt kế hoạch"
        case .rightDirection: "đúng hướng"
        case .notYetMet: "chưa đạt"
        case .notMet: "không đạt"
        case .judgeAtYearEnd: "đánh giá vào cuối năm"
        case .insufficientData: "chưa đủ cơ sở đánh giá"
        }
    }

    /// The order labels are counted in: achievements first, then shortfalls, then the undecided.
    static let labelOrder: [EvaluationLabel] = [
        .exceeded, .met, .rightDirection, .notYetMet, .notMet, .judgeAtYearEnd, .insufficientData,
    ]
}
