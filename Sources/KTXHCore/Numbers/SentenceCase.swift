/// A name inside a sentence: "Tổng đàn gia súc" reads "tổng đàn gia súc", "Tỷ đồng" "tỷ đồng"; acronyms ("GD&ĐT",
/// "HTX", "USD") keep their capitals.
public enum SentenceCase {
    public static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        let second = text.dropFirst().first
        if let second, second.isUppercase || second == "&" { return text }
        return first.lowercased() + text.dropFirst()
    }

    public static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
