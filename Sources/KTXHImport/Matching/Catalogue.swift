import Foundation
import KTXHCore
import KTXHReading

/// The indicator catalogue and how table rows are matched to it.
public struct Catalogue: Sendable {
    public private(set) var indicators: [Indicator]
    /// Mã chỉ tiêu thống kê: the code in the national statistical indicator system (Luật Thống kê, Nghị định
    /// 94/2022/NĐ-CP) or the provincial and commune system (Quyết định 05/2023/QĐ-TTg), where one is known.
    public private(set) var officialCodes: [String: String] = [:]
    private var byKey: [String: [Int]] = [:]

    public init(_ indicators: [Indicator]) {
        self.indicators = []
        for indicator in indicators { add(indicator) }
    }

    public mutating func add(_ indicator: Indicator) {
        indicators.append(indicator)
        for name in [indicator.name] + indicator.aliases {
            let key = TextNormalization.matchKey(name)
            if byKey[key]?.last != indicators.count - 1 { byKey[key, default: []].append(indicators.count - 1) }
        }
    }

    /// The indicator whose name or alias means the same as `name`, nil when there is none.
    public func match(_ name: String) -> Indicator? {
        byKey[TextNormalization.matchKey(name)]?.first.map { indicators[$0] }
    }

    /// Every indicator whose name or alias means the same as `name`: "GRDP bình quân đầu người" is written of
    /// the figure in million đồng and of the one in USD.
    public func matches(_ name: String) -> [Indicator] {
        (byKey[TextNormalization.matchKey(name)] ?? []).map { indicators[$0] }
    }

    public var byCode: [String: Indicator] {
        Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

extension Catalogue {
    static let header = [
        "code", "name", "unit", "section", "parent", "kind", "direction", "accumulation", "year_end_only",
        "department", "aliases",
    ]

    /// Reads `indicators.tsv` (format in docs/import.md); every bad cell is reported, then nothing is kept.
    public static func read(_ tsv: TSV, file: String? = nil) throws(ImportErrors) -> Catalogue {
        guard let head = tsv.records.first else { return Catalogue([]) }
        let index = Dictionary(head.fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let missing = header.filter { index[$0] == nil }
        guard missing.isEmpty else {
            throw ImportErrors([
                ImportError(file: file, line: head.line, reason: "Thiếu cột: \(missing.joined(separator: ", "))")
            ])
        }
        var indicators: [Indicator] = []
        var officialCodes: [String: String] = [:]
        var errors: [ImportError] = []
        for record in tsv.records.dropFirst() {
            func field(_ name: String) -> String { record[index[name]] }
            func enumValue<T: RawRepresentable<String>>(_ name: String, _ type: T.Type) -> T? {
                let raw = field(name)
                guard let value = T(rawValue: raw) else {
                    errors.append(
                        ImportError(file: file, line: record.line, field: name, value: raw, reason: "Giá trị không hợp lệ"))
                    return nil
                }
                return value
            }
            let code = field("code")
            guard !code.isEmpty else {
                errors.append(ImportError(file: file, line: record.line, field: "code", reason: "Thiếu mã chỉ tiêu"))
                continue
            }
            guard let kind = enumValue("kind", Indicator.Kind.self),
                let direction = enumValue("direction", Indicator.Direction.self),
                let accumulation = enumValue("accumulation", Indicator.Accumulation.self)
            else { continue }
            let yearEnd = field("year_end_only")
            guard yearEnd == "yes" || yearEnd == "no" else {
                errors.append(
                    ImportError(
                        file: file, line: record.line, field: "year_end_only", value: yearEnd,
                        reason: "Chỉ nhận «yes» hoặc «no»"))
                continue
            }
            let aliases = field("aliases").components(separatedBy: "|")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if let column = index["official_code"], !record[column].isEmpty { officialCodes[code] = record[column] }
            indicators.append(
                Indicator(
                    code: code, name: field("name"), unitOfMeasure: field("unit"),
                    section: field("section").isEmpty ? nil : field("section"),
                    parentCode: field("parent").isEmpty ? nil : field("parent"),
                    kind: kind, direction: direction, accumulation: accumulation, judgedAtYearEnd: yearEnd == "yes",
                    department: field("department").isEmpty ? nil : field("department"), aliases: aliases))
        }
        let codes = Set(indicators.map(\.code))
        for indicator in indicators {
            if let parent = indicator.parentCode, !codes.contains(parent) {
                errors.append(
                    ImportError(file: file, field: "parent", value: parent, reason: "Chỉ tiêu cha không có trong danh mục"))
            }
        }
        if codes.count != indicators.count {
            errors.append(ImportError(file: file, field: "code", reason: "Mã chỉ tiêu bị trùng"))
        }
        if !errors.isEmpty { throw ImportErrors(errors) }
        var catalogue = Catalogue(indicators)
        catalogue.officialCodes = officialCodes
        return catalogue
    }
}
