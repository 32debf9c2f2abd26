import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    /// Saves a plan with its sections and targets in one transaction. A plan with the same key is
    /// replaced in place (same id), so saving the same document twice changes nothing.
    @discardableResult
    public func save(plan document: PlanDocument) async throws -> Int64 {
        let result = try await applyUntimed(ChangeSet(plans: [document]))
        guard let id = result.planIDs.first else { throw StorageError("Không lưu được kế hoạch «\(document.plan.title)».") }
        return id
    }

    /// Writes one plan on `sql` (inside the caller's transaction); returns its id and whether it was new.
    static func save(plan document: PlanDocument, on sql: any SQLDatabase) async throws -> (id: Int64, created: Bool) {
        let expressions = try document.targets.map { try Self.encodeExpression($0.expression) }
        let plan = document.plan
        let existing = try await sql.select().column("id").from("plans").where("key", .equal, plan.key).first()
            .map { try $0.decode(column: "id", as: Int64.self) }
        let id: Int64
        if let existing {
            id = existing
            try await sql.update("plans")
                .set("title", to: plan.title).set("number", to: plan.number)
                .set("issued_on", to: plan.issuedOn?.iso).set("issuer", to: plan.issuer.rawValue)
                .set("issuer_name", to: plan.issuerName).set("unit_code", to: plan.unitCode)
                .set("term", to: plan.term.code)
                .where("id", .equal, id).run()
            try await sql.delete(from: "plan_sections").where("plan_id", .equal, id).run()
            try await sql.delete(from: "targets").where("plan_id", .equal, id).run()
        } else {
            guard
                let row = try await sql.insert(into: "plans")
                    .columns("key", "title", "number", "issued_on", "issuer", "issuer_name", "unit_code", "term")
                    .values(
                        SQLBind(plan.key), SQLBind(plan.title), SQLBind(plan.number), SQLBind(plan.issuedOn?.iso),
                        SQLBind(plan.issuer.rawValue), SQLBind(plan.issuerName), SQLBind(plan.unitCode),
                        SQLBind(plan.term.code)
                    )
                    .returning("id").first()
            else { throw StorageError("Không lưu được kế hoạch «\(plan.title)».") }
            id = try row.decode(column: "id", as: Int64.self)
        }
        for section in document.sections {
            try await sql.insert(into: "plan_sections")
                .columns("plan_id", "path", "label", "title", "position")
                .values(
                    SQLBind(id), SQLBind(section.path), SQLBind(section.label), SQLBind(section.title),
                    SQLBind(section.position)
                )
                .run()
        }
        for (target, expression) in zip(document.targets, expressions) {
            try await sql.insert(into: "targets")
                .columns("plan_id", "indicator_code", "text", "expression", "label", "position", "section", "role")
                .values(
                    SQLBind(id), SQLBind(target.indicatorCode), SQLBind(target.text), SQLBind(expression),
                    SQLBind(target.label), SQLBind(target.position), SQLBind(target.section),
                    SQLBind(target.role.rawValue)
                )
                .run()
        }
        return (id, existing == nil)
    }

    /// Every plan with its unit's name and its number of targets, newest term first. The name is the one the unit
    /// bore at the end of the plan's term: code 00004 was Phường Trúc Bạch in 2024 and is Phường Ba Đình since
    /// 1 July 2025.
    public func planSummaries() async throws -> [PlanSummary] {
        withPeriods(try await planRows(), withData: try await periodsWithData(of: nil))
    }

    /// One page of the plan list, `limit` plans from `offset` in the list's order, with how many there are in
    /// all: a national database holds tens of thousands of plans, and the periods with figures are read for
    /// the page's plans only. `including` keeps only the plans it accepts (a search), before the page is cut.
    public func planSummaries(
        offset: Int, limit: Int, including: (@Sendable (PlanSummary) -> Bool)? = nil
    ) async throws -> (plans: [PlanSummary], total: Int) {
        // The page is cut before the names and counts are read: PostgreSQL computes a row's select list
        // before it sorts, so cutting after would read them for every plan.
        let page: SQLQueryString = """
            (SELECT * FROM plans ORDER BY term DESC, unit_code, id \
            LIMIT \(literal: max(0, limit)) OFFSET \(literal: max(0, offset)))
            """
        let rows: [PlanSummary]
        let total: Int
        if let including {
            let all = try await planRows().filter(including)
            total = all.count
            rows = Array(all.dropFirst(max(0, offset)).prefix(max(0, limit)))
        } else {
            total = try await sql.raw("SELECT COUNT(*) AS n FROM plans").first()?.decode(column: "n", as: Int.self) ?? 0
            rows = try await planRows(page)
        }
        let withData = rows.isEmpty ? [:] : try await periodsWithData(of: rows.map(\.id))
        return (withPeriods(rows, withData: withData), total)
    }

    private func withPeriods(_ plans: [PlanSummary], withData: [Int64: Set<Period>]) -> [PlanSummary] {
        plans.map { plan in
            var plan = plan
            plan.periodsWithData = (withData[plan.id] ?? []).filter { plan.term.covers($0) }.sorted()
            return plan
        }
    }

    /// The plans in the list's order, without their periods with figures.
    private func planRows(_ plans: SQLQueryString = "plans") async throws -> [PlanSummary] {
        let rows = try await sql.raw(
            """
            SELECT p.id, p.key, p.title, p.number, p.issuer, p.issuer_name, p.unit_code,
                   COALESCE((SELECT v.name FROM admin_unit_versions v
                             WHERE v.code = p.unit_code
                               AND (v.valid_from IS NULL OR v.valid_from = ''
                                    OR v.valid_from <= SUBSTR(p.term, LENGTH(p.term) - 3, 4) || '-12-31')
                               AND (v.valid_to IS NULL OR v.valid_to >= SUBSTR(p.term, LENGTH(p.term) - 3, 4) || '-12-31')
                             ORDER BY v.valid_from DESC LIMIT 1), u.name) AS unit_name,
                   p.term, (SELECT COUNT(*) FROM targets t WHERE t.plan_id = p.id) AS target_count
            FROM \(plans) p JOIN admin_units u ON u.code = p.unit_code
            ORDER BY p.term DESC, p.unit_code, p.id
            """
        ).all()
        return try rows.map { row in
            PlanSummary(
                id: try row.decode(column: "id", as: Int64.self),
                key: try row.decode(column: "key", as: String.self),
                title: try row.decode(column: "title", as: String.self),
                number: try row.decode(column: "number", as: String?.self),
                issuer: Plan.Issuer(rawValue: try row.decode(column: "issuer", as: String.self)) ?? .council,
                issuerName: try row.decode(column: "issuer_name", as: String.self),
                unitCode: try row.decode(column: "unit_code", as: String.self),
                unitName: try row.decode(column: "unit_name", as: String.self),
                term: try Self.decodePeriod(row, "term"),
                targetCount: try row.decode(column: "target_count", as: Int.self),
                periodsWithData: [])
        }
    }

    /// The periods within the plan's term for which its unit has figures on the plan's indicators.
    public func periodsWithData(planID: Int64, term: Period) async throws -> [Period] {
        (try await periodsWithData(of: [planID])[planID] ?? []).filter { term.covers($0) }.sorted()
    }

    /// Each plan's periods (one plan's, or every plan's) with a figure of its unit for one of its indicators, in one
    /// query: one query per plan made the plan list take seconds once every commune had plans.
    func periodsWithData(of planIDs: [Int64]?) async throws -> [Int64: Set<Period>] {
        let only: SQLQueryString = planIDs.map { "WHERE p.id IN (\(binds: $0.isEmpty ? [-1] : $0))" } ?? ""
        let rows = try await sql.raw(
            """
            SELECT DISTINCT t.plan_id, o.period FROM plans p
            JOIN targets t ON t.plan_id = p.id
            JOIN observations o ON o.unit_code = p.unit_code AND o.indicator_code = t.indicator_code
            \(only)
            """
        ).all()
        var result: [Int64: Set<Period>] = [:]
        var periods: [String: Period] = [:]
        for row in rows {
            let period = try Self.period(try row.decode(column: "period", as: String.self), cache: &periods)
            result[try row.decode(column: "plan_id", as: Int64.self), default: []].insert(period)
        }
        return result
    }

    /// A plan with its sections and targets; nil when there is no plan with that id.
    public func planDocument(id: Int64) async throws -> PlanDocument? {
        let sql = try self.sql
        guard let row = try await sql.select().columns("*").from("plans").where("id", .equal, id).first() else {
            return nil
        }
        let plan = Plan(
            id: id,
            key: try row.decode(column: "key", as: String.self),
            title: try row.decode(column: "title", as: String.self),
            number: try row.decode(column: "number", as: String?.self),
            issuedOn: try row.decode(column: "issued_on", as: String?.self).flatMap(CalendarDay.init),
            issuer: Plan.Issuer(rawValue: try row.decode(column: "issuer", as: String.self)) ?? .council,
            issuerName: try row.decode(column: "issuer_name", as: String.self),
            unitCode: try row.decode(column: "unit_code", as: String.self),
            term: try Self.decodePeriod(row, "term")
        )
        let sections = try await sql.select().columns("*").from("plan_sections").where("plan_id", .equal, id)
            .orderBy("position").all()
            .map {
                PlanSection(
                    path: try $0.decode(column: "path", as: String.self),
                    label: try $0.decode(column: "label", as: String.self),
                    title: try $0.decode(column: "title", as: String.self),
                    position: try $0.decode(column: "position", as: Int.self))
            }
        let targets = try await sql.select().columns("*").from("targets").where("plan_id", .equal, id)
            .orderBy("position").all()
            .map(Self.decodeTarget)
        return PlanDocument(plan: plan, sections: sections, targets: targets)
    }

    /// Each unit's target for one indicator in its plan for `term`, by unit code: what a commune set itself, to
    /// judge its figure when communes are compared. A unit with two plans for the term gives its newest.
    public func targets(indicatorCode: String, term: Period, unitCodes: [String]) async throws -> [String: Target] {
        guard !unitCodes.isEmpty else { return [:] }
        let rows = try await sql.raw(
            """
            SELECT p.unit_code AS plan_unit, t.* FROM targets t JOIN plans p ON p.id = t.plan_id
            WHERE t.indicator_code = \(bind: indicatorCode) AND p.term = \(bind: term.code)
              AND p.unit_code IN (\(binds: unitCodes))
            ORDER BY p.id
            """
        ).all()
        var result: [String: Target] = [:]
        for row in rows { result[try row.decode(column: "plan_unit", as: String.self)] = try Self.decodeTarget(row) }
        return result
    }

    static func decodeTarget(_ row: any SQLRow) throws -> Target {
        Target(
            indicatorCode: try row.decode(column: "indicator_code", as: String.self),
            text: try row.decode(column: "text", as: String.self),
            expression: try decodeExpression(try row.decode(column: "expression", as: String.self)),
            label: try row.decode(column: "label", as: String?.self),
            position: try row.decode(column: "position", as: Int.self),
            section: try row.decode(column: "section", as: String?.self),
            role: Target.Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .binding)
    }

    static func decodePeriod(_ row: any SQLRow, _ column: String) throws -> Period {
        try period(try row.decode(column: column, as: String.self))
    }

    static func period(_ code: String) throws -> Period {
        guard let period = Period(code) else { throw StorageError("Kỳ «\(code)» trong cơ sở dữ liệu không hợp lệ.") }
        return period
    }

    /// A period code read once however many rows carry it: a roll-up or the plan list reads thousands.
    static func period(_ code: String, cache: inout [String: Period]) throws -> Period {
        if let known = cache[code] { return known }
        let read = try period(code)
        cache[code] = read
        return read
    }

    static func encodeExpression(_ expression: TargetExpression) throws -> String {
        String(decoding: try JSONEncoder().encode(expression), as: UTF8.self)
    }

    static func decodeExpression(_ text: String) throws -> TargetExpression {
        try JSONDecoder().decode(TargetExpression.self, from: Data(text.utf8))
    }
}

extension Store {
    /// Every plan with its table, by key.
    public func planDocuments() async throws -> [String: PlanDocument] {
        let ids = try await sql.select().column("id").from("plans").all().map { try $0.decode(column: "id", as: Int64.self) }
        var documents: [String: PlanDocument] = [:]
        for id in ids {
            if let document = try await planDocument(id: id) { documents[document.plan.key] = document }
        }
        return documents
    }
}
