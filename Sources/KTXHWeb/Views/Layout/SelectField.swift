import Plot

/// A `<select>` with its options. Plot writes options as self-closed tags with a label, which screen
/// readers and WebDriver read poorly; this writes `<option value="…">Text</option>`.
enum SelectField {
    struct Option {
        var value: String
        var text: String
        var selected: Bool
    }

    static func node<Context: HTML.BodyContext>(
        name: String, id: String, options: [Option], disabled: Bool = false, live: String? = nil, form: String? = nil
    ) -> Node<Context> {
        .element(
            named: "select",
            nodes: [
                .attribute(named: "name", value: name), .attribute(named: "id", value: id),
                .if(disabled, .attribute(named: "disabled", value: "disabled")),
                .unwrap(live) { .attribute(named: "data-live", value: $0) },
                .unwrap(form) { .attribute(named: "form", value: $0) },
            ]
                + options.map { option in
                    .element(
                        named: "option",
                        nodes: [
                            .attribute(named: "value", value: option.value, ignoreIfValueIsEmpty: false),
                            .if(option.selected, .attribute(named: "selected", value: "selected")),
                            .text(option.text),
                        ])
                })
    }
}
