/// `docProps/core.xml` and `docProps/app.xml`: the title and author a file manager and Office show.
struct DocumentProperties: Sendable {
    var title: String
    var creator = "ktxh"

    func core() -> [UInt8] {
        XMLBuffer.part { xml in
            xml.raw(
                "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
            xml.raw("<dc:title>")
            xml.text(title)
            xml.raw("</dc:title><dc:creator>")
            xml.text(creator)
            xml.raw("</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>")
        }
    }

    func app() -> [UInt8] {
        XMLBuffer.part { xml in
            xml.raw(
                "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                    + "<Application>ktxh</Application></Properties>")
        }
    }

    func add(to package: OOXMLPackage) throws {
        try package.add(
            "docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml", bytes: core())
        try package.add(
            "docProps/app.xml", contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            bytes: app())
    }
}
