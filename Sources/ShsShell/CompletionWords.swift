/// The one definition of "the word at the cursor" shared by libedit and the interpreter.
///
/// libedit replaces the text between the last break character and the cursor with the
/// completion, so the session must compute candidates for exactly that word.
public enum CompletionWords {
    /// Characters that end a word for completion. `.` and `-` are not among them, so
    /// `shop.ord` and `--for` complete as whole words.
    public static let breakCharacters = " \t\n\"'()[]{},;=<>+*/%!|&"

    /// The word ending at `cursor` (a `Character` offset, clamped to the line).
    public static func word(in line: String, cursor: Int) -> Substring {
        let end = line.index(line.startIndex, offsetBy: max(0, cursor), limitedBy: line.endIndex)
            ?? line.endIndex
        let head = line[..<end]
        guard let lastBreak = head.lastIndex(where: { breakCharacters.contains($0) }) else {
            return head
        }
        return head[head.index(after: lastBreak)...]
    }
}
