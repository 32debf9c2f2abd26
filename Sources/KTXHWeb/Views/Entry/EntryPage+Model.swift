import Foundation
import KTXHCore
import KTXHWorkflows

/// Phiếu nhập số liệu: one body's indicators for one reporting period, with the plan target, last
/// year's figure, the value fields for the indicator's kind and the evaluation.
struct EntryPage {
    struct Row: Hashable {
        var index: Int
        var number: String
        var name: String
        var unit: String
        var kind: Indicator.Kind
        var target: String
        var lastYear: String
        var input: EntryInput
        var status: FigureStatus?
        var evaluation: String
        var evaluationClass: String
        var shortfall: Bool
        var reviewComment: String
        /// Errors and the conflict message for this row, shown beside its fields.
        var messages: [String]
        var editable: Bool
        var reviewable: Bool
        var reopenable: Bool
        var evaluateURL: String
        var historyURL: String
    }

    var title: String
    var subtitle: String
    var dates: String
    var rows: [Row]
    var canEdit: Bool
    var canReview: Bool
    var canReopen: Bool
    var closedNote: String?
    var notice: String?
    var errors: [String]
    var formAction: String
    var reviewAction: String
    var reopenAction: String
    /// The plan's tasks this body leads, to report on beside its figures.
    var tasks: [TaskLink] = []

    struct TaskLink: Hashable {
        var text: String
        var deadline: String
        var status: String
        var standing: String
        var cssClass: String
        var link: String
    }
}

extension EntryPage {
    /// Builds the page; `inputs` holds what was typed when a post is shown again, by indicator code.
    init(
        _ context: EntryForm, account: Account, inputs: [String: EntryInput] = [:], messages: [String: [String]] = [:],
        notice: String? = nil, errors: [String] = []
    ) {
        let reporting = context.reporting
        let id = reporting.id
        let slug = context.body.slug
        canEdit = reporting.isOpen && Policy.allows(account, .enterFigures, for: context.body)
        canReview = Policy.allows(account, .review)
        canReopen = Policy.allows(account, .setUp)
        title = "Số liệu \(reporting.period.vietnameseName)"
        subtitle = "\(context.bodyName) · \(context.plan.title)"
        dates = "Số liệu đến ngày \(reporting.cutoff.vietnamese) · Hạn nộp \(reporting.deadline.vietnamese)"
        closedNote = reporting.isOpen ? nil : "Kỳ báo cáo đã đóng: không nhập thêm được."
        self.notice = notice
        self.errors = errors
        formAction = SiteRoute.entry(periodID: id, body: slug).path
        reviewAction = SiteRoute.entryReview(periodID: id, body: slug).path
        reopenAction = SiteRoute.entryReopen(periodID: id, body: slug).path
        let canEdit = canEdit
        let canReview = canReview
        let canReopen = canReopen
        rows = context.items.enumerated().map { index, item in
            let input = inputs[item.indicator.code] ?? EntryInput(item: item)
            let typed = input.parsedValue(for: item.indicator).value ?? item.current?.value
            // The same words the live script shows, so the page and the script never disagree.
            let evaluation = LiveEvaluation(nil, context.evaluate(item, value: typed))
            let status = item.state?.status
            return Row(
                index: index, number: item.target.label ?? "", name: item.indicator.name,
                unit: item.indicator.unitOfMeasure, kind: item.indicator.kind, target: item.target.text,
                lastYear: item.lastYear.map { Display.value($0.value, indicator: item.indicator) } ?? "Chưa có",
                input: input, status: status,
                evaluation: evaluation.text, evaluationClass: evaluation.cssClass, shortfall: evaluation.shortfall,
                reviewComment: item.state?.reviewComment ?? "", messages: messages[item.indicator.code] ?? [],
                editable: canEdit && (status?.isEditable ?? true), reviewable: canReview && status == .submitted,
                reopenable: canReopen && status == .approved,
                evaluateURL: SiteRoute.entryEvaluate(periodID: id, body: slug).path + "?code=\(item.indicator.code)",
                historyURL: SiteRoute.figureHistory(periodID: id, body: slug, indicator: item.indicator.code).path)
        }
    }
}
