import Plot

/// A form's errors, each naming the field and the value, announced to screen readers.
enum ErrorList {
    static func node(_ errors: [String]) -> Node<HTML.BodyContext> {
        .if(
            !errors.isEmpty,
            .div(
                .class("errors"), .attribute(named: "role", value: "alert"),
                .p(.strong(.text("Chưa lưu gì vì còn lỗi:"))),
                .ul(.forEach(errors) { .li(.text($0)) })))
    }
}
