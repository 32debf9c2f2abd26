/// What a reporter's form asks to store for one figure: a value of a kind, the note, the flag and the
/// explanation, made against the revision the form was loaded at.
public struct FigureEdit: Hashable, Sendable {
    public var key: FigureKey
    /// The `FigureState.revision` the person saw; 0 for a figure never saved.
    public var baseRevision: Int
    /// Nil leaves the value as it is (an empty field on a figure that has none).
    public var value: Observation.Value?
    public var kind: Observation.Kind
    public var cutoff: CalendarDay?
    public var note: String
    public var followUp: Bool
    public var cause: String
    public var remedy: String

    public init(
        key: FigureKey, baseRevision: Int, value: Observation.Value?, kind: Observation.Kind, cutoff: CalendarDay? = nil,
        note: String = "", followUp: Bool = false, cause: String = "", remedy: String = ""
    ) {
        self.key = key
        self.baseRevision = baseRevision
        self.value = value
        self.kind = kind
        self.cutoff = cutoff
        self.note = note
        self.followUp = followUp
        self.cause = cause
        self.remedy = remedy
    }

    /// One field that differs from what is stored: the audit trail's field name, old and new text.
    public struct Change: Hashable, Sendable {
        public var field: String
        public var old: String
        public var new: String
    }

    /// The differences from the stored state and the latest stored value of the edit's kind; empty when the
    /// form repeats what is stored, which is then not saved again.
    public func changes(from state: FigureState?, latestOfKind: Observation?) -> [Change] {
        var changes: [Change] = []
        if let value, value != latestOfKind?.value {
            let field = kind == .actual ? "Giá trị thực hiện" : "Giá trị ước thực hiện"
            changes.append(Change(field: field, old: latestOfKind?.value.text ?? "", new: value.text))
        }
        func compare(_ field: String, _ old: String, _ new: String) {
            if old != new { changes.append(Change(field: field, old: old, new: new)) }
        }
        compare("Ghi chú", state?.note ?? "", note)
        compare("Cần xem lại", (state?.followUp ?? false) ? "Có" : "Không", followUp ? "Có" : "Không")
        compare("Nguyên nhân", state?.cause ?? "", cause)
        compare("Giải pháp", state?.remedy ?? "", remedy)
        return changes
    }

    /// Giải trình: a figure its evaluation finds short of the target is sent for review only with its cause
    /// and its remedy. `evaluation` judges the value the person sees (the edit's, or the stored one).
    public func lacksExplanation(_ evaluation: Evaluation?) -> Bool {
        evaluation?.label?.isShortfall == true && (cause.isEmpty || remedy.isEmpty)
    }
}
