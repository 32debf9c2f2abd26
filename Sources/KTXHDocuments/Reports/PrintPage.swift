/// A standalone HTML page laid out for printing on A4 in the decree's typeface.
enum PrintPage {
    static func html(title: String, orientation: PageSetup.Orientation, body: String) -> String {
        let page = orientation == .landscape ? PageSetup.decreeLandscape : PageSetup.decreePortrait
        let margins = [page.top, page.right, page.bottom, page.left].map { "\(Int($0.points.rounded()))pt" }
        return """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(title))</title>
            <style>
            @page { size: A4 \(orientation.rawValue); margin: \(margins.joined(separator: " ")); }
            body { font-family: "Times New Roman", "Liberation Serif", Times, serif; font-size: 13pt; color: #000;
                   max-width: 26cm; margin: 1.5em auto; line-height: 1.35; }
            h1 { font-size: 14pt; text-align: center; margin: 0; }
            p.subtitle { text-align: center; font-style: italic; margin: 0.2em 0 1em; }
            table.report { border-collapse: collapse; width: 100%; font-size: 12pt; }
            table.report th, table.report td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; }
            table.report th { background: #f2f2f2; }
            table.report td.c { text-align: center; }
            table.report tr.section td { font-weight: bold; }
            table.report tr.sub td.name { padding-left: 12pt; }
            table.report tr { page-break-inside: avoid; }
            figure.chart { page-break-inside: avoid; margin: 1.5em 0 0; }
            figure.chart svg { max-width: 100%; height: auto; }
            figure.chart figcaption { text-align: center; font-style: italic; }
            .actions { text-align: right; margin-bottom: 1em; }
            @media print { .actions { display: none; } body { margin: 0; max-width: none; } }
            </style>
            </head>
            <body>
            <p class="actions">In hoặc lưu PDF: Ctrl+P (⌘P trên máy Mac).</p>
            \(body)
            </body>
            </html>

            """
    }
}
