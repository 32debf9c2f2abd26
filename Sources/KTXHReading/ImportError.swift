import Foundation

/// What an importer could not understand, with the place and the value, in Vietnamese.
public struct ImportError: Error, LocalizedError, CustomStringConvertible, Hashable, Sendable {
    /// The file, as the user named it.
    public var file: String?
    /// The sheet, for a workbook.
    public var sheet: String?
    /// 1-based line number in the file (the row number in a sheet).
    public var line: Int?
    /// 0-based column index, named as a cell ("D5") in a workbook.
    public var column: Int?
    /// The column (field) as the file's header names it.
    public var field: String?
    /// The offending value, quoted in the message.
    public var value: String?
    public var reason: String

    public init(
        file: String? = nil, sheet: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil,
        value: String? = nil, reason: String
    ) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
        self.field = field
        self.value = value
        self.reason = reason
    }

    public var description: String {
        var place: [String] = []
        if let file { place.append("tệp \(file)") }
        if let sheet { place.append("trang tính «\(sheet)»") }
        if let line { place.append("dòng \(line)") }
        if sheet != nil, let line, let column { place.append("ô \(CellReference.letters(column))\(line)") }
        if let field { place.append("cột «\(field)»") }
        let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
        let quoted = value.map { " (giá trị «\($0)»)" } ?? ""
        return prefix + reason + quoted
    }

    public var errorDescription: String? { description }
}

/// Several import errors at once: an import reports all it found, then changes nothing.
public struct ImportErrors: Error, LocalizedError, CustomStringConvertible, Sendable {
    public var errors: [ImportError]

    public init(_ errors: [ImportError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
    public var errorDescription: String? { description }
}
