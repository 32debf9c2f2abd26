extension ReportTable {
    /// The table as a print-ready HTML page: A4 (turned for a wide table), Times New Roman, the header repeated on every
    /// printed page (a `thead` does that in every browser), and a button to print or save as PDF.
    /// `charts` follow the table, each with its title under it, kept whole on one printed page.
    public func html(documentTitle: String? = nil, charts: [BarChart] = []) -> String {
        let figures = charts.enumerated().map { index, chart in
            "<figure class=\"chart\">\(chart.svg(id: "bieu-do-\(index + 1)"))"
                + "<figcaption>\(HTMLText.escape(chart.title))</figcaption></figure>\n"
        }
        return PrintPage.html(
            title: documentTitle ?? title.capitalizedSentence, orientation: page.orientation,
            body: htmlBody() + figures.joined())
    }

    /// Title, "Kèm theo …" line and the table.
    func htmlBody() -> String {
        var html = "<h1>\(HTMLText.escape(title))</h1>\n"
        if let subtitle { html += "<p class=\"subtitle\">\(HTMLText.escape(subtitle))</p>\n" }
        html += "<table class=\"report\">\n<thead>\n" + htmlHeader() + "</thead>\n<tbody>\n"
        for row in rows {
            switch row {
            case .section(let label, let title):
                html += "<tr class=\"section\"><td class=\"c\">\(HTMLText.escape(label))</td>"
                html += "<td colspan=\"\(columns.count - 1)\">\(HTMLText.escape(title))</td></tr>\n"
            case .item(let cells, let depth):
                html += depth > 0 ? "<tr class=\"sub\">" : "<tr>"
                for (index, value) in cells.enumerated() {
                    let isName = columns.indices.contains(index) && columns[index].content == .name
                    html += "<td class=\"\(isName ? "name" : "c")\">\(HTMLText.escape(value.text))</td>"
                }
                html += "</tr>\n"
            }
        }
        return html + "</tbody>\n</table>\n"
    }

    private func htmlHeader() -> String {
        guard hasGroups else {
            return "<tr>" + columns.map { "<th>\(HTMLText.escape($0.header))</th>" }.joined() + "</tr>\n"
        }
        var top = "<tr>"
        var bottom = "<tr>"
        var index = 0
        while index < columns.count {
            guard let group = columns[index].group else {
                top += "<th rowspan=\"2\">\(HTMLText.escape(columns[index].header))</th>"
                index += 1
                continue
            }
            let span = columns[index...].prefix { $0.group == group }.count
            top += "<th colspan=\"\(span)\">\(HTMLText.escape(group))</th>"
            bottom += columns[index..<index + span].map { "<th>\(HTMLText.escape($0.header))</th>" }.joined()
            index += span
        }
        return top + "</tr>\n" + bottom + "</tr>\n"
    }
}
