import CEdit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The glue between libedit's C completion callbacks and a Swift candidate provider.
///
/// C callbacks cannot capture context, so the provider and the current candidates live in
/// statics. libedit calls back only from inside `readline`, on the thread that called it,
/// and there is one `EditLineSource` per process; that is what makes the unsafe statics sound.
enum CompletionBridge {
    /// Candidate words for a line and a `Character` cursor offset.
    typealias Provider = (_ line: String, _ cursor: Int) -> [String]

    nonisolated(unsafe) static var provider: Provider?
    nonisolated(unsafe) private static var candidates: [String] = []
    nonisolated(unsafe) private static var nextCandidate = 0

    /// Registers the callbacks with libedit; call once, before the first `readline`.
    static func install(provider: @escaping Provider) {
        self.provider = provider
        cedit_set_word_break_characters(wordBreaks)
        cedit_set_completion_append_character(Int32(UInt8(ascii: " ")))
        cedit_set_attempted_completion(attemptCompletion)
    }

    /// A C string that must outlive every `readline` call, hence never freed.
    nonisolated(unsafe) private static let wordBreaks: UnsafePointer<CChar> = UnsafePointer(
        strdup(CompletionWords.breakCharacters)!)

    /// libedit's attempted-completion hook: `word` is the text before the cursor since the
    /// last break character.
    private static let attemptCompletion: @convention(c) (
        UnsafePointer<CChar>?, Int32, Int32
    ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { word, _, _ in
        // Never fall back to libedit's file-name completion.
        cedit_set_attempted_completion_over(1)
        guard let word, let buffer = cedit_line_buffer() else { return nil }
        let prefix = String(cString: word)
        let found = CompletionBridge.candidates(line: String(cString: buffer), prefix: prefix)
        guard !found.isEmpty else { return nil }
        CompletionBridge.candidates = found
        return rl_completion_matches(word, nextMatch)
    }

    /// libedit's generator: called with state 0 first, then until it returns NULL.
    /// Returned strings are `malloc`ed because libedit frees them.
    private static let nextMatch: @convention(c) (
        UnsafePointer<CChar>?, Int32
    ) -> UnsafeMutablePointer<CChar>? = { _, state in
        if state == 0 {
            CompletionBridge.nextCandidate = 0
        }
        guard CompletionBridge.nextCandidate < CompletionBridge.candidates.count else {
            return nil
        }
        defer { CompletionBridge.nextCandidate += 1 }
        return strdup(CompletionBridge.candidates[CompletionBridge.nextCandidate])
    }

    /// Asks the provider, translating libedit's byte cursor into a `Character` offset.
    private static func candidates(line: String, prefix: String) -> [String] {
        guard let provider else { return [] }
        let bytePoint = min(max(0, Int(cedit_point())), line.utf8.count)
        let cursor = String(decoding: line.utf8.prefix(bytePoint), as: UTF8.self).count
        return provider(line, cursor).filter { $0.hasPrefix(prefix) }
    }
}
