import KTXHImport
import KTXHReading
import Plot

/// "Chỗ mâu thuẫn trong văn bản": where an uploaded document contradicts itself, each finding with its
/// lines, the words at each and the values compared, as `ktxh check` finds them.
struct FindingsSection {
    var findings: [Finding]

    func view() -> Node<HTML.BodyContext> {
        .section(
            .class("findings"), .attribute(named: "aria-labelledby", value: "findings-title"),
            .h2(.id("findings-title"), .text("Chỗ mâu thuẫn trong văn bản")),
            .p(
                .class("subtitle"),
                .text("Văn bản tự mâu thuẫn ở \(findings.count) chỗ. Việc nhập vẫn làm được; hãy đối chiếu lại văn bản.")),
            .ol(
                .forEach(findings) { finding in
                    .li(
                        .p(.text(finding.message)),
                        .p(.class("where"), .text("Giá trị: " + finding.values.joined(separator: " · "))),
                        .ul(.forEach(finding.locations) { .li(.class("where"), .text("Dòng \($0.line): \($0.text)")) }))
                })
        )
    }
}
