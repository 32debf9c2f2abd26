import Foundation
import KTXHCore

/// Reference data shipped with ktxh: the standard indicator catalogue (danh mục chỉ tiêu mẫu) and the
/// national lists of administrative units before and after the 2025 reorganisation.
public enum ShippedData {
    /// The indicators of the seeds' plans with their curated attributes (direction, accumulation,
    /// judged at year end): what an import matches a row against when the database has no match.
    public static func standardCatalogue() throws -> Catalogue {
        try Catalogue.read(TSV(try text("standard-indicators.tsv")), file: "standard-indicators.tsv")
    }

    /// Viet Nam's 63 provinces, 696 district-level and 10,051 commune-level units in force until 30/6/2025.
    public static func adminUnits2024() throws -> [AdminUnit] {
        try AdminUnitList.read(try text("admin-units-2024.csv"), file: "admin-units-2024.csv").map {
            var unit = $0
            unit.validTo = CalendarDay(year: 2025, month: 6, day: 30)
            return unit
        }
    }

    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources") else {
            throw ImportError(file: name, reason: "Không tìm thấy tệp dữ liệu đi kèm chương trình")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
