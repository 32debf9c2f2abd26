/// An SVG document under construction, escaped as every other XML part ktxh writes (`XMLBuffer`).
struct SVGText {
    private var buffer = XMLBuffer()

    var text: String { String(decoding: buffer.bytes, as: UTF8.self) }

    mutating func open(_ name: String, _ attributes: [(String, String)]) {
        start(name, attributes)
        buffer.raw(">")
    }

    mutating func close(_ name: String) {
        buffer.raw("</\(name)>")
    }

    /// An element with its attributes and, when given, its text.
    mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) {
        start(name, attributes)
        guard let text else {
            buffer.raw("/>")
            return
        }
        buffer.raw(">")
        buffer.text(text)
        close(name)
    }

    /// Markup the chart itself spells (its pattern definitions).
    mutating func raw(_ markup: String) {
        buffer.raw(markup)
    }

    private mutating func start(_ name: String, _ attributes: [(String, String)]) {
        buffer.raw("<\(name)")
        for (key, value) in attributes { buffer.attribute(key, value) }
    }
}
