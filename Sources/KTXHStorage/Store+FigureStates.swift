import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    /// The workflow state of every figure of `unitCode` for `period`, by indicator code.
    public func figureStates(unitCode: String, period: Period) async throws -> [String: FigureState] {
        let rows = try await sql.select().columns("*").from("figure_states").where("unit_code", .equal, unitCode)
            .where("period", .equal, period.code).all()
        let states = try rows.map(Self.decodeFigureState)
        return Dictionary(states.map { ($0.key.indicatorCode, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func figureState(_ key: FigureKey) async throws -> FigureState? {
        try await Self.figureState(key, on: sql)
    }

    /// Every version of one figure, oldest first.
    public func versions(of key: FigureKey) async throws -> [Observation] {
        try await Self.versions(of: key, on: sql)
    }

    static func figureState(_ key: FigureKey, on sql: any SQLDatabase) async throws -> FigureState? {
        try await matching(key, sql.select().columns("*").from("figure_states")).first().map(decodeFigureState)
    }

    static func versions(of key: FigureKey, on sql: any SQLDatabase) async throws -> [Observation] {
        try await matching(key, sql.select().columns("*").from("observations")).orderBy("id").all()
            .map(decodeObservation)
    }

    /// Narrows a query to one figure's rows.
    static func matching<Builder: SQLPredicateBuilder>(_ key: FigureKey, _ query: Builder) -> Builder {
        query.where("indicator_code", .equal, key.indicatorCode).where("unit_code", .equal, key.unitCode)
            .where("period", .equal, key.period.code)
    }

    static func decodeFigureState(_ row: any SQLRow) throws -> FigureState {
        let key = FigureKey(
            indicatorCode: try row.decode(column: "indicator_code", as: String.self),
            unitCode: try row.decode(column: "unit_code", as: String.self), period: try decodePeriod(row, "period"))
        return FigureState(
            key: key,
            status: FigureStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
            revision: try row.decode(column: "revision", as: Int.self),
            note: try row.decode(column: "note", as: String.self),
            followUp: try row.decode(column: "follow_up", as: Int.self) != 0,
            cause: try row.decode(column: "cause", as: String.self),
            remedy: try row.decode(column: "remedy", as: String.self),
            reviewComment: try row.decode(column: "review_comment", as: String.self),
            updatedAt: try Timestamp.decode(row, "updated_at") ?? Date(timeIntervalSince1970: 0),
            updatedBy: try row.decode(column: "updated_by", as: String.self),
            submittedAt: try Timestamp.decode(row, "submitted_at"),
            approvedAt: try Timestamp.decode(row, "approved_at"),
            approvedObservationID: try row.decode(column: "approved_observation_id", as: Int64?.self),
            reopenedAt: try Timestamp.decode(row, "reopened_at"))
    }
}
