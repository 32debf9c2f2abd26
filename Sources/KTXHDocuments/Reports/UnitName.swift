import KTXHCore

/// A unit's name in the shapes documents use: "thành phố Bắc Kạn", "thành phố", "TP. Bắc Kạn".
struct UnitName {
    /// "thành phố", "tỉnh", "phường".
    var kind: String
    /// "Bắc Kạn".
    var proper: String

    init(unit: AdminUnit?, plan: Plan) {
        if let unit {
            kind = unit.kindName.lowercased()
            let name = unit.name
            proper =
                name.lowercased().hasPrefix(kind + " ")
                ? String(name.dropFirst(kind.count + 1)) : name
        } else {
            // Without the unit, the issuer's name carries it: "Hội đồng nhân dân thành phố Bắc Kạn".
            var text = plan.issuerName
            for body in ["hội đồng nhân dân ", "ủy ban nhân dân ", "uỷ ban nhân dân "] where text.lowercased().hasPrefix(body) {
                text = String(text.dropFirst(body.count))
            }
            let kinds = ["thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "phường", "xã"]
            let found = kinds.first { text.lowercased().hasPrefix($0 + " ") }
            kind = found ?? ""
            proper = found.map { String(text.dropFirst($0.count + 1)) } ?? text
        }
    }

    var full: String { kind.isEmpty ? proper : "\(kind) \(proper)" }

    /// The place in the date line: seed 001 writes "TP. Bắc Kạn" for the city; others, the bare name.
    var placeName: String {
        switch kind {
        case "thành phố": "TP. \(proper)"
        case "thị xã": "TX. \(proper)"
        default: proper
        }
    }
}
