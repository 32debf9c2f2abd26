import Foundation
import KTXHCore
import KTXHDocuments

/// A plan's own page: its targets as the resolution's appendix lists them (seed 000).
struct PlanShowPage {
    struct Row: Hashable {
        var isSection: Bool
        var number: String
        var name: String
        var unit: String
        var target: String
        var depth: Int
        var understood: String
    }

    var title: String
    var subtitle: String
    var planColumn: String
    var rows: [Row]
    var progressLinks: [(name: String, link: String)]
    /// Bảng điều hành of each period with figures.
    var dashboardLinks: [(name: String, link: String)]
    /// The public page of each period with figures, shown when the plan is public.
    var publicLinks: [(name: String, link: String)]
    var id: Int64
    /// The year a copy of this plan would be for; nil for a plan whose term is not a year.
    var nextYear: Int?
    /// Đặt chỉ tiêu, for planners: the form as typed and what the engine read in it.
    var editor = TargetEditor()

    struct TargetEditor {
        var indicator = ""
        var text = ""
        var newName = ""
        var newUnit = ""
        var options: [SelectField.Option] = []
        var understood: String?
        var problem: String?
        var notice: String?
        /// Bỏ chỉ tiêu: the plan's targets to choose from, and the one asked to be removed, waiting for confirmation.
        var removable: [SelectField.Option] = []
        var removing: (code: String, name: String)?
    }
    /// Tải về: the appendix as XLSX, DOCX and a print view.
    var downloads: [(name: String, link: String)]
    /// For a province's or district's plan: its table computed from its communes' figures.
    var rollUpLink: String? = nil
    /// Whether the plan's progress is public; nil where it is not shown.
    var publication: Bool?
}

extension PlanShowPage {
    init(document: PlanDocument, unit: AdminUnit?, indicators: [String: Indicator], periods: [Period]) {
        let plan = document.plan
        title = plan.title
        let unitName = unit?.name ?? plan.unitCode
        subtitle = [plan.issuerName, plan.number.map { "số \($0)" }, plan.issuedOn.map { "ngày \($0.vietnamese)" }, unitName]
            .compactMap { $0 }.joined(separator: " · ")
        planColumn = plan.term.kind == .year ? "KH \(plan.term.year)" : "KH \(plan.term.code)"
        var items: [(Int, Row)] = document.sections.map {
            ($0.position, Row(isSection: true, number: $0.label, name: $0.title, unit: "", target: "", depth: 0, understood: ""))
        }
        for target in document.targets {
            guard let indicator = indicators[target.indicatorCode] else { continue }
            items.append(
                (
                    target.position,
                    Row(
                        isSection: false, number: target.label ?? "", name: indicator.name, unit: indicator.unitOfMeasure,
                        target: target.text, depth: indicator.parentCode == nil ? 0 : 1,
                        understood: Self.describe(target.expression))
                ))
        }
        rows = items.sorted { $0.0 < $1.0 }.map(\.1)
        let id = plan.id ?? 0
        if plan.unitCode.count <= 3 {
            rollUpLink = SiteRoute.rollUp(planID: id, period: Period(year: plan.term.year, kind: .year)).path
        }
        progressLinks = periods.map {
            ($0.vietnameseName.capitalizedFirst, SiteRoute.progress(planID: id, period: $0).path)
        }
        self.id = id
        nextYear = plan.term.kind == .year ? plan.term.year + 1 : nil
        publicLinks = periods.map {
            ($0.vietnameseName.capitalizedFirst, SiteRoute.publicPlan(planID: id, period: $0).path)
        }
        dashboardLinks = periods.map {
            ($0.vietnameseName.capitalizedFirst, SiteRoute.dashboard(planID: id, period: $0).path)
        }
        downloads = [
            ("Phụ lục chỉ tiêu (Excel)", SiteRoute.planDocument(id: id, .xlsx).path),
            ("Phụ lục chỉ tiêu (Word)", SiteRoute.planDocument(id: id, .docx).path),
            ("Bản in", SiteRoute.planDocument(id: id, .print).path),
        ]
    }

    /// What the engine understood of a target, so a person can check it.
    static func describe(_ expression: TargetExpression) -> String {
        let f = { (v: Decimal) in VietnameseNumber.format(v) }
        switch expression.kind {
        case .value(let v): return "bằng \(f(v))"
        case .bound(let c, let v): return "\(c.rawValue) \(f(v))"
        case .range(let a, let b): return "từ \(f(a)) đến \(f(b))"
        case .change(let d, let amount):
            let verb = d == .increase ? "tăng" : "giảm"
            guard let amount else { return "\(verb) so với cùng kỳ" }
            let size = (amount.comparison.map { "\($0.rawValue) " } ?? "") + f(amount.value) + (amount.isRelative ? "%" : "")
            return "\(verb) \(size) so với cùng kỳ"
        case .maintain(let v): return "duy trì \(f(v))"
        case .yesNo(let b): return b ? "đạt" : "không"
        case .unitCount(let n, let d): return "\(f(n))/\(f(d))"
        case .text(let t): return t.isEmpty ? "" : "định tính"
        }
    }
}
