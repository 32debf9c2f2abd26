import Foundation
import Testing

@testable import KTXHCore

struct TargetParsingCase: Sendable, CustomTestStringConvertible {
    var label: String
    var text: String
    var unit: String?
    var asChange: ChangeDirection?
    var expected: TargetExpression
    var testDescription: String { "\(label): «\(text)»" }

    func parsed() -> TargetExpression {
        if let asChange { return TargetExpression.parse(text, unit: unit, asChange: asChange) }
        return TargetExpression.parse(text, unit: unit)
    }
}

/// Builders that keep each table row on one line.
enum TargetParsingFixtures {
    static func r(_ label: String, _ text: String, _ expected: TargetExpression) -> TargetParsingCase {
        TargetParsingCase(label: label, text: text, unit: nil, asChange: nil, expected: expected)
    }
    static func r(_ label: String, _ text: String, _ unit: String?, _ expected: TargetExpression) -> TargetParsingCase {
        TargetParsingCase(label: label, text: text, unit: unit, asChange: nil, expected: expected)
    }
    static func r(
        _ label: String, _ text: String, _ unit: String? = nil, asChange: ChangeDirection, _ expected: TargetExpression
    ) -> TargetParsingCase {
        TargetParsingCase(label: label, text: text, unit: unit, asChange: asChange, expected: expected)
    }

    static func d(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) ?? .nan }
    static func value(_ v: String, _ unit: String? = nil) -> TargetExpression { .init(.value(d(v)), unit: unit) }
    static func bound(_ c: Comparison, _ v: String, _ unit: String? = nil) -> TargetExpression {
        .init(.bound(c, d(v)), unit: unit)
    }
    static func range(_ low: String, _ high: String, _ unit: String? = nil) -> TargetExpression {
        .init(.range(d(low), d(high)), unit: unit)
    }
    static func change(
        _ direction: ChangeDirection, _ v: String? = nil, _ unit: String? = nil,
        comparison: Comparison? = nil, relative: Bool = false
    ) -> TargetExpression {
        .init(.change(direction, amount: v.map { .init(d($0), comparison: comparison, isRelative: relative) }), unit: unit)
    }
    static func maintain(_ v: String, _ unit: String? = nil) -> TargetExpression { .init(.maintain(d(v)), unit: unit) }
    static func count(_ n: String, of whole: String, _ unit: String? = nil) -> TargetExpression {
        .init(.unitCount(d(n), of: d(whole)), unit: unit)
    }
    static func yes(_ flag: Bool, _ unit: String? = nil) -> TargetExpression { .init(.yesNo(flag), unit: unit) }
    static func text(_ t: String, _ unit: String? = nil) -> TargetExpression { .init(.text(t), unit: unit) }
}

extension TargetParsingFixtures {
    /// The forms the brief and DOMAIN.md name, beyond what the seeds happen to use.
    static let domain: [TargetParsingCase] = [
        r("plain, trailing space", "08% ", value("8", "%")),
        r("ascii ≥", ">= 5", bound(.greaterOrEqual, "5")), r("ascii => ", "=> 5", bound(.greaterOrEqual, "5")),
        r("ascii ≤", "<= 5", "%", bound(.lessOrEqual, "5", "%")), r("⩾ from Word", "⩾ 50%", bound(.greaterOrEqual, "50", "%")),
        r("trên, unit tỷ", "trên 1.600 tỷ đồng", bound(.greater, "1600", "tỷ đồng")),
        r("từ … trở lên, unit hộ", "từ 4.000 hộ trở lên", bound(.greaterOrEqual, "4000", "hộ")),
        r("không quá", "không quá 5%", bound(.lessOrEqual, "5", "%")),
        r("không vượt quá", "không vượt quá 5 %", bound(.lessOrEqual, "5", "%")),
        r("tối thiểu", "tối thiểu 80%", bound(.greaterOrEqual, "80", "%")),
        r("tối đa", "tối đa 2%", bound(.lessOrEqual, "2", "%")),
        r("ít nhất", "ít nhất 3", "xã", bound(.greaterOrEqual, "3", "xã")),
        r("trở xuống", "5% trở xuống", bound(.lessOrEqual, "5", "%")),
        r("từ … đến", "từ 45 đến 48 triệu đồng", range("45", "48", "triệu đồng")),
        r("hyphen range", "45-48", range("45", "48")), r("en dash range", "45 – 48 %", range("45", "48", "%")),
        r("change with base", "tăng 5% so với năm trước", change(.increase, "5", "%", relative: true)),
        r("change with bound word", "tăng trên 10%", change(.increase, "10", "%", comparison: .greater, relative: true)),
        r("Giảm ≥", "Giảm ≥ 05%", change(.decrease, "5", "%", comparison: .greaterOrEqual, relative: true)),
        r("Giảm cả 03", "Giảm cả 03 tiêu chí", change(.decrease, "3", "tiêu chí")),
        r(
            "change, trở lên", "giảm 5% trở lên so với cùng kỳ năm trước",
            change(.decrease, "5", "%", comparison: .greaterOrEqual, relative: true)),
        r("bare giảm", "giảm", change(.decrease)), r("bare tăng, column unit", "Tăng", "Hộ", change(.increase, nil, "Hộ")),
        r("giảm so với năm", "Giảm so với năm 2024", change(.decrease)),
        r("tăng thêm", "tăng thêm 12 xã", change(.increase, "12", "xã")),
        r("maintain %", "duy trì 100%", maintain("100", "%")), r("maintain", "Duy trì 100", maintain("100")),
        r("maintain ở mức", "Duy trì ở mức 95%", maintain("95", "%")),
        r("maintain bound", "duy trì dưới 1%", bound(.less, "1", "%")),
        r("yes", "Đạt", "Tiêu chí", yes(true, "Tiêu chí")), r("yes, capitals", "ĐẠT", yes(true)), r("Có", "Có", yes(true)),
        r("no", "Không", yes(false)), r("not met", "Không đạt", yes(false)),
        r("level after giảm còn", "giảm còn dưới 1,8 %", bound(.less, "1.8", "%")),
        r("giảm xuống còn", "Giảm xuống còn 1,5%", value("1.5", "%")),
        r("đạt %", "đạt 95%", value("95", "%")),
        r("count, column unit", "52/52", "Thôn", count("52", of: "52", "Thôn")),
        r("unit in text beats column", "346 tỷ đồng", "Triệu đồng", value("346", "tỷ đồng")),
        r("blank column unit", "346", "  ", value("346")),
        r("unit as written", "TĂNG 01 BẬC", change(.increase, "1", "BẬC")),
        r("NBSP and narrow NBSP", "trên\u{00A0}97\u{202F}%", bound(.greater, "97", "%")),
        r(
            "decomposed (NFD) input", "Giảm cả 03 tiêu chí".decomposedStringWithCanonicalMapping,
            change(.decrease, "3", "tiêu chí")),
        r("caller's direction on a plain figure", "5", "%", asChange: .increase, change(.increase, "5", "%")),
        r("text's direction wins", "Tăng 01 bậc", asChange: .decrease, change(.increase, "1", "bậc")),
        r("a range stays a range", "02 - 2,5%", asChange: .decrease, range("2", "2.5", "%")),
    ]

    /// What must stay with a person: kept whole, trimmed, with the column's unit.
    static let unreadable: [TargetParsingCase] = [
        r("free text", "  Hoàn thành\u{00A0}", text("Hoàn thành")),
        r("empty", "", "%", text("", "%")),
        r(
            "change in words only", "Giảm tai nạn giao thông trên cả 3 tiêu chí",
            text("Giảm tai nạn giao thông trên cả 3 tiêu chí")),
        r("tăng cường is not tăng", "tăng cường kiểm tra", text("tăng cường kiểm tra")),
        r("English decimal point", "1.5%", "%", text("1.5%", "%")),
        r("two decimal commas", "12,3,4", text("12,3,4")),
        r("space inside digits", "1 889", text("1 889")),
        r("inverted range", "48 - 45", text("48 - 45")),
        r("a change cannot be a range", "tăng 5 - 7%", text("tăng 5 - 7%")),
        r("words after %", "100% đơn vị đạt tiêu chuẩn", text("100% đơn vị đạt tiêu chuẩn")),
        r("words after % in a change", "tăng 10% chất lượng", text("tăng 10% chất lượng")),
        r("từ without a figure", "từ đại học trở lên", text("từ đại học trở lên")),
        r("contradicting comparisons", "trên ≤ 5", text("trên ≤ 5")),
        r("trở lên after dưới", "dưới 5% trở lên", text("dưới 5% trở lên")),
        r("unknown base", "giảm so với kế hoạch", text("giảm so với kế hoạch")),
        r("tăng lên is ambiguous", "tăng lên 5%", text("tăng lên 5%")),
    ]

    /// "trên" means "on/in" as often as "above": only a figure after it makes it a bound.
    static let trênĐịaBàn: [TargetParsingCase] = [
        r("alone", "trên địa bàn", "Tỷ đồng", text("trên địa bàn", "Tỷ đồng")),
        r("in a name", "Thu ngân sách nhà nước trên địa bàn", text("Thu ngân sách nhà nước trên địa bàn")),
        r("after a figure", "346 tỷ đồng trên địa bàn", text("346 tỷ đồng trên địa bàn")),
        r("dưới", "dưới sự lãnh đạo của Thành ủy", text("dưới sự lãnh đạo của Thành ủy")),
        r("từng is not từ", "từng 5", text("từng 5")),
    ]
}

@Suite("TargetExpression parsing")
struct TargetExpressionParsingTests {
    @Test("Every target in the seeds", arguments: TargetParsingFixtures.allSeeds)
    func seedTargets(_ example: TargetParsingCase) {
        #expect(example.parsed() == example.expected)
    }

    @Test("Wordings named in the domain", arguments: TargetParsingFixtures.domain)
    func wordings(_ example: TargetParsingCase) {
        #expect(example.parsed() == example.expected)
    }

    @Test("Falls back to text", arguments: TargetParsingFixtures.unreadable)
    func fallsBackToText(_ example: TargetParsingCase) {
        #expect(example.parsed() == example.expected)
    }

    @Test("“trên địa bàn” is not a bound", arguments: TargetParsingFixtures.trênĐịaBàn)
    func trênĐịaBànIsNotABound(_ example: TargetParsingCase) {
        #expect(example.parsed() == example.expected)
    }

    @Test func seedTableIsComplete() {
        #expect(TargetParsingFixtures.seed000.count == 46)
        #expect(TargetParsingFixtures.seed001.count == 48)
        #expect(Set(TargetParsingFixtures.allSeeds.map(\.label)).count == TargetParsingFixtures.allSeeds.count)
    }
}
