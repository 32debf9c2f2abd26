import Foundation
import KTXHCore

/// Biểu đồ thanh: horizontal bars, one a row, drawn as SVG by the server — the label counts of a dashboard, a
/// figure against its target, the same period over past years, communes ranked on one indicator.
///
/// Readable in black and white: each bar carries its value as text, a bar's kind is told by a fill pattern as
/// well as its shade, and targets are dashed lines with their own text. The title and a description are the
/// SVG's `<title>` and `<desc>`; `rows` are the numbers for the table a page shows beside the chart.
public struct BarChart: Hashable, Sendable {
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Decimal
        public var style: BarStyle
        /// The target to mark on this bar's row (a dashed line), when it has one.
        public var target: Decimal?
        /// A range target's band (từ … đến …), drawn behind the bar.
        public var band: ClosedRange<Decimal>?
        /// Shown after the value ("Vượt", "98,2% KH").
        public var note: String

        public init(
            label: String, value: Decimal, style: BarStyle = .solid, target: Decimal? = nil,
            band: ClosedRange<Decimal>? = nil, note: String = ""
        ) {
            self.label = label
            self.value = value
            self.style = style
            self.target = target
            self.band = band
            self.note = note
        }
    }

    /// How a bar is filled: a shade and a pattern, so that kinds differ on a black-and-white print too.
    public enum BarStyle: String, Hashable, Sendable, CaseIterable {
        case solid, light, hatched, dotted, outline
    }

    public var title: String
    public var description: String
    /// The unit of the values, shown under the axis ("tỷ đồng", "chỉ tiêu").
    public var unit: String
    public var bars: [Bar]

    public init(title: String, description: String, unit: String, bars: [Bar]) {
        self.title = title
        self.description = description
        self.unit = unit
        self.bars = bars
    }

    /// The numbers behind the chart, as a table beside it shows them: label, value, target, note.
    public var rows: [[String]] {
        bars.map { bar in
            [
                bar.label, VietnameseNumber.format(bar.value), bar.target.map { VietnameseNumber.format($0) } ?? "",
                bar.note,
            ]
        }
    }

    static let width = 720.0
    static let labelWidth = 230.0
    static let rowHeight = 26.0
    static let top = 8.0
    static let axisHeight = 40.0
    static let rightMargin = 120.0

    /// Its drawing's size in SVG units: the width is fixed, the height grows with the bars.
    public var size: (width: Double, height: Double) {
        (Self.width, Self.top + Double(max(bars.count, 1)) * Self.rowHeight + Self.axisHeight)
    }

    /// The chart as a standalone SVG document; `id` keeps its ids unique where a page holds several charts.
    public func svg(id: String = "bieu-do") -> String {
        let scale = AxisScale(
            values: bars.flatMap { [$0.value, $0.target, $0.band?.lowerBound, $0.band?.upperBound].compactMap { $0 } })
        let plotWidth = Self.width - Self.labelWidth - Self.rightMargin
        let height = size.height
        func x(_ value: Decimal) -> Double { Self.labelWidth + scale.fraction(value) * plotWidth }
        var svg = SVGText()
        svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(Self.width.svg) \(height.svg)"),
                ("width", Self.width.svg), ("height", height.svg), ("role", "img"),
                ("aria-labelledby", "\(id)-tieu-de \(id)-mo-ta"), ("font-family", "Liberation Sans, Arial, sans-serif"),
                ("font-size", "12"),
            ])
        svg.element("title", [("id", "\(id)-tieu-de")], text: title)
        svg.element("desc", [("id", "\(id)-mo-ta")], text: description)
        svg.raw(Self.patterns(id))
        svg.element("rect", [("x", "0"), ("y", "0"), ("width", Self.width.svg), ("height", height.svg), ("fill", "#fff")])
        // Grid lines and the axis's numbers.
        let axisY = Self.top + Double(bars.count) * Self.rowHeight
        for tick in scale.ticks {
            let tx = x(tick).svg
            svg.element(
                "line", [("x1", tx), ("x2", tx), ("y1", Self.top.svg), ("y2", axisY.svg), ("stroke", "#d0d0d0")])
            svg.element(
                "text", [("x", tx), ("y", (axisY + 15).svg), ("text-anchor", "middle"), ("fill", "#333")],
                text: VietnameseNumber.format(tick))
        }
        svg.element(
            "text",
            [("x", (Self.labelWidth + plotWidth).svg), ("y", (axisY + 32).svg), ("text-anchor", "end"), ("fill", "#333")],
            text: unit)
        let zero = x(0)
        for (index, bar) in bars.enumerated() {
            let y = Self.top + Double(index) * Self.rowHeight
            let middle = (y + Self.rowHeight / 2 + 4).svg
            svg.element(
                "text", [("x", (Self.labelWidth - 8).svg), ("y", middle), ("text-anchor", "end"), ("fill", "#111")],
                text: Self.shortened(bar.label))
            if let band = bar.band {
                svg.element(
                    "rect",
                    [
                        ("x", x(band.lowerBound).svg), ("y", (y + 2).svg),
                        ("width", (x(band.upperBound) - x(band.lowerBound)).svg),
                        ("height", (Self.rowHeight - 4).svg), ("fill", "url(#\(id)-dai)"), ("stroke", "#777"),
                    ])
            }
            let end = x(bar.value)
            svg.element(
                "rect",
                [
                    ("x", min(zero, end).svg), ("y", (y + 5).svg), ("width", max(abs(end - zero), 0.5).svg),
                    ("height", (Self.rowHeight - 10).svg), ("fill", Self.fill(bar.style, id)), ("stroke", "#222"),
                    ("stroke-width", "0.8"),
                ])
            if let target = bar.target {
                let tx = x(target).svg
                svg.element(
                    "line",
                    [
                        ("x1", tx), ("x2", tx), ("y1", (y + 1).svg), ("y2", (y + Self.rowHeight - 1).svg), ("stroke", "#000"),
                        ("stroke-width", "2"), ("stroke-dasharray", "4 2"),
                    ])
            }
            let text = VietnameseNumber.format(bar.value) + (bar.note.isEmpty ? "" : " · \(bar.note)")
            svg.element("text", [("x", (max(zero, end) + 6).svg), ("y", middle), ("fill", "#111")], text: text)
        }
        if bars.contains(where: { $0.target != nil }) {
            svg.element(
                "text", [("x", Self.labelWidth.svg), ("y", (axisY + 32).svg), ("fill", "#333")],
                text: "- - - Kế hoạch (mục tiêu)")
        }
        svg.close("svg")
        return svg.text
    }

    /// Long names are cut for the label column; the table beside the chart has them whole.
    static func shortened(_ label: String) -> String {
        label.count > 34 ? String(label.prefix(33)) + "…" : label
    }

    static func fill(_ style: BarStyle, _ id: String) -> String {
        switch style {
        case .solid: "#1f4e79"
        case .light: "#9dc3e6"
        case .hatched: "url(#\(id)-gach)"
        case .dotted: "url(#\(id)-cham)"
        case .outline: "#fff"
        }
    }

    static func patterns(_ id: String) -> String {
        """
        <defs><pattern id="\(id)-gach" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="6" height="6" fill="#f4b183"/><line x1="0" y1="0" x2="0" y2="6" stroke="#7f3f00" stroke-width="2"/></pattern>\
        <pattern id="\(id)-cham" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#e2e2e2"/>\
        <circle cx="2.5" cy="2.5" r="1.2" fill="#404040"/></pattern>\
        <pattern id="\(id)-dai" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#f2f2f2"/>\
        <line x1="0" y1="8" x2="8" y2="0" stroke="#bbb" stroke-width="1"/></pattern></defs>
        """
    }
}

extension Double {
    /// A coordinate as SVG writes it: at most two decimals, a dot, no exponent.
    var svg: String {
        let rounded = (self * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }
}
