extension Observation.Value {
    /// The figure as a Vietnamese document writes it: "92,6", "788/851 (92,60%)", "Đạt", "Không".
    public var vietnamese: String {
        guard case .ratio = self, let share = number else { return text }
        return text + " (\(VietnameseNumber.formatPercent(share)))"
    }
}
