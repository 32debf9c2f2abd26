import Foundation
import KTXHCore
import KTXHReading

/// Reference data shipped with ktxh: the national indicator catalogue (danh mục chỉ tiêu dùng chung), the national
/// lists of administrative units before and after the 2025 reorganisation, and the criteria sets.
public enum ShippedData {
    /// The day the two-level structure took over.
    public static let reorganisationDay = AdminUnitSuccession.reorganisation2025

    /// Danh mục chỉ tiêu dùng chung: the indicators resolutions everywhere set (GRDP and its sectors, budget,
    /// investment, poverty, health insurance, forest cover, New Rural communes, digital government …) with the
    /// names the public corpus shows for them, their curated attributes (direction, accumulation, judged at year
    /// end) and their official statistical code where one is known: what an import matches a row against when
    /// the database has no match. A locality's own indicators live in its database (the demo's in KTXHDemo).
    public static func nationalCatalogue() throws -> Catalogue {
        try Catalogue.read(TSV(try text("national-indicators.tsv")), file: "national-indicators.tsv")
    }

    /// Viet Nam's 63 provinces, 696 district-level and 10,051 commune-level units in force until 30/6/2025.
    public static func adminUnits2024() throws -> [AdminUnit] {
        try AdminUnitList.read(try text("admin-units-2024.csv"), file: "admin-units-2024.csv").map {
            var unit = $0
            unit.validTo = unit.validTo ?? CalendarDay(year: 2025, month: 6, day: 30)
            return unit
        }
    }

    /// The 34 provinces and 3,321 commune-level units in force from 1/7/2025.
    public static func adminUnits2025() throws -> [AdminUnit] {
        try AdminUnitList.read(try text("admin-units-2025.csv"), file: "admin-units-2025.csv").map {
            var unit = $0
            unit.validFrom = unit.validFrom ?? reorganisationDay
            return unit
        }
    }

    /// Which pre-2025 commune-level unit went, wholly or in part, into which 2025 unit.
    public static func successions2025() throws -> [AdminUnitSuccession] {
        try SuccessionList.read(
            try text("admin-units-2025-successors.csv"), file: "admin-units-2025-successors.csv",
            effectiveOn: reorganisationDay)
    }

    /// The criteria sets shipped with the product (Resources/criteria/*.yaml), by key.
    public static func criteriaSets() throws -> [CriteriaSet] {
        guard let directory = Bundle.module.url(forResource: "criteria", withExtension: nil, subdirectory: "Resources")
        else { throw ImportError(file: "criteria", reason: "Không tìm thấy các bộ tiêu chí đi kèm chương trình") }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }
        return try files.sorted().map { name in
            try CriteriaSetReader.read(
                try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8), file: name)
        }
    }

    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources") else {
            throw ImportError(file: name, reason: "Không tìm thấy tệp dữ liệu đi kèm chương trình")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
