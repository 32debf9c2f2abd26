/// `[Content_Types].xml`: which part holds what.
struct ContentTypes {
    private var overrides: [(path: String, type: String)] = []

    mutating func override(_ path: String, _ type: String) {
        overrides.append((path, type))
    }

    func xml() -> [UInt8] {
        XMLBuffer.part { xml in
            xml.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            xml.raw("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            xml.raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            for item in overrides where !item.path.hasSuffix(".rels") {
                xml.raw("<Override")
                xml.attribute("PartName", "/" + item.path)
                xml.attribute("ContentType", item.type)
                xml.raw("/>")
            }
            xml.raw("</Types>")
        }
    }
}

/// A `.rels` part: the links from one part to others.
struct Relationships {
    struct Link {
        var id: String
        var type: String
        var target: String
    }

    var links: [Link] = []

    static let contentType = "application/vnd.openxmlformats-package.relationships+xml"
    static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    static let extendedProperties =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"

    mutating func add(_ type: String, _ target: String) -> String {
        let id = "rId\(links.count + 1)"
        links.append(Link(id: id, type: type, target: target))
        return id
    }

    func xml() -> [UInt8] {
        XMLBuffer.part { xml in
            xml.raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
            for link in links {
                xml.raw("<Relationship")
                xml.attribute("Id", link.id)
                xml.attribute("Type", link.type)
                xml.attribute("Target", link.target)
                xml.raw("/>")
            }
            xml.raw("</Relationships>")
        }
    }

    /// The package's root relationships: the main part and the document properties.
    static func root(mainPart: String) -> Relationships {
        var rels = Relationships()
        _ = rels.add(officeDocument, mainPart)
        _ = rels.add(coreProperties, "docProps/core.xml")
        _ = rels.add(extendedProperties, "docProps/app.xml")
        return rels
    }
}
