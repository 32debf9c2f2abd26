import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHStorage

/// The administrative map: load unit lists and successor tables, show a unit's history, answer a question
/// about a 2025 unit over a year before it existed.
public enum UnitHistoryWorkflow {
    /// A unit as of a day, with the units it was made of and the units it went into.
    public struct UnitHistory: Hashable, Sendable {
        public var unit: AdminUnit
        public var parent: AdminUnit?
        public var predecessors: [AdminUnitSuccession]
        public var successors: [AdminUnitSuccession]
        public var children: [AdminUnit]
    }

    /// Reads unit lists (`code,name,division_type,parent_code[,valid_from,valid_to]`) and successor tables
    /// (`new_code,…,share`); with no files, the shipped 2024 and 2025 lists and the 2025 successor table.
    public static func importUnits(store: Store, files: [URL]) async throws -> UnitImportResult {
        var units: [AdminUnit] = []
        var successions: [AdminUnitSuccession] = []
        if files.isEmpty {
            units = try ShippedData.adminUnits2024() + ShippedData.adminUnits2025()
            successions = try ShippedData.successions2025()
        }
        for url in files {
            let name = url.lastPathComponent
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ImportError(file: name, reason: "Không đọc được tệp (cần văn bản UTF-8)")
            }
            if text.hasPrefix("new_code,") {
                successions += try SuccessionList.read(text, file: name, effectiveOn: ShippedData.reorganisationDay)
            } else {
                units += try AdminUnitList.read(text, file: name).map { shippedValidity($0, file: name) }
            }
        }
        return try await store.importUnits(units, successions: successions)
    }

    /// The shipped lists' validity for files named like them, when the file gives none.
    static func shippedValidity(_ unit: AdminUnit, file: String) -> AdminUnit {
        var unit = unit
        if file.contains("2024"), unit.validTo == nil { unit.validTo = CalendarDay(year: 2025, month: 6, day: 30) }
        if file.contains("2025"), unit.validFrom == nil { unit.validFrom = ShippedData.reorganisationDay }
        return unit
    }

    /// The unit `code` named on `day`, with its parent, history and children; nil when it named none.
    public static func history(store: Store, code: String, at day: CalendarDay) async throws -> UnitHistory? {
        guard let unit = try await store.unit(code: code, at: day) else { return nil }
        let parent = try await unit.parentCode.asyncMap { try await store.unit(code: $0, at: day) } ?? nil
        let isNew = unit.validFrom.map { $0 >= ShippedData.reorganisationDay } ?? false
        let isOld = unit.validTo.map { $0 < ShippedData.reorganisationDay } ?? false
        return UnitHistory(
            unit: unit, parent: parent, predecessors: isNew ? try await store.predecessors(of: code) : [],
            successors: isOld ? try await store.successors(of: code) : [],
            children: try await store.children(of: code, at: day))
    }

    /// A figure of `code` for `period`: the unit's own when it reported one, otherwise, for a unit created by the
    /// 2025 reorganisation and a period before it, the figure combined from its predecessors, saying how.
    public static func figure(store: Store, code: String, indicatorCode: String, period: Period) async throws
        -> PredecessorAnswer?
    {
        guard let indicator = try await store.indicators()[indicatorCode] else {
            throw StorageError("Không có chỉ tiêu «\(indicatorCode)» trong danh mục.")
        }
        let predecessors = try await store.predecessors(of: code)
        guard !predecessors.isEmpty,
            let unit = try await store.unit(code: code, at: ShippedData.reorganisationDay)
        else { return nil }
        let observations = try await store.observations(unitCodes: predecessors.map(\.oldCode), periods: [period])
        let figures = Dictionary(grouping: observations, by: \.unitCode).compactMapValues { Observation.current(in: $0) }
        return PredecessorAnswer(
            unitCode: code, unitName: unit.name, period: period, indicator: indicator, predecessors: predecessors,
            figures: figures)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
