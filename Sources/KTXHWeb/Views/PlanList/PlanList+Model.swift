import Foundation
import KTXHCore
import KTXHDocuments
import KTXHStorage

/// The home page: every plan in the database.
struct PlanListPage {
    struct Item: Hashable {
        var title: String
        var link: String
        var document: String
        var issuer: String
        var unit: String
        var term: String
        var targetCount: Int
        var progressLinks: [(name: String, link: String)]

        static func == (lhs: Item, rhs: Item) -> Bool { lhs.link == rhs.link }
        func hash(into hasher: inout Hasher) { hasher.combine(link) }
    }

    var items: [Item]
    /// How many plans the search found in all, the page shown (from 1) and the search as typed.
    var total: Int
    var page: Int
    var search: String

    static let pageSize = 50

    init(items: [Item]) {
        self.items = items
        total = items.count
        page = 1
        search = ""
    }

    init(plans: [PlanSummary], total: Int, page: Int, search: String) {
        self.total = total
        self.page = page
        self.search = search
        items = plans.map { plan in
            Item(
                title: plan.title,
                link: SiteRoute.plan(id: plan.id).path,
                document: plan.number.map { "Số \($0)" } ?? "Chưa ghi số",
                issuer: plan.issuerName,
                unit: "\(plan.unitName) (\(plan.unitCode))",
                term: plan.term.kind == .year ? "Năm \(plan.term.year)" : plan.term.vietnameseName,
                targetCount: plan.targetCount,
                progressLinks: plan.periodsWithData.map {
                    ($0.vietnameseName.capitalizedFirst, SiteRoute.progress(planID: plan.id, period: $0).path)
                })
        }
    }
}

extension PlanListPage {
    var pageCount: Int { max(1, (total + Self.pageSize - 1) / Self.pageSize) }

    /// The link to another page of the same search.
    func link(toPage number: Int) -> String {
        var query = ["trang=\(number)"]
        if !search.isEmpty {
            query.insert("q=" + (search.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? ""), at: 0)
        }
        return SiteRoute.home.path + "?" + query.joined(separator: "&")
    }

    /// A text as searched: lower case, without tone marks, «đ» as «d».
    static func searchKey(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "vi_VN"))
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
    }
}
