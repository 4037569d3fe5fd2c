import ShopSyncCore

/// Turns script text into tokens. It never throws and never stops early: a bad character becomes an
/// `.invalid` token plus a diagnostic, and lexing goes on, so one run reports every error.
public struct Lexer {
    let file: SourceFile
    let bytes: [UInt8]
    var position = 0
    public internal(set) var diagnostics: [Diagnostic] = []
    /// True when the input ended inside a block string or right after a line continuation: the
    /// REPL then asks for more lines instead of reporting an error.
    public internal(set) var endedEarly = false

    public init(_ file: SourceFile) {
        self.file = file
        self.bytes = file.bytes
    }

    /// All tokens of the file, ending with `.endOfInput`.
    public static func tokenize(_ file: SourceFile) -> (tokens: [Token], lexer: Lexer) {
        var lexer = Lexer(file)
        var tokens: [Token] = []
        tokens.reserveCapacity(file.bytes.count / 4)
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .endOfInput { return (tokens, lexer) }
        }
    }

    public mutating func next() -> Token {
        skipTrivia()
        guard position < bytes.count else { return Token(.endOfInput, .at(endAnchor)) }
        let start = position
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "\n"):
            position += 1
            return Token(.newline, SourceRange(start, position))
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return lexNumber()
        case UInt8(ascii: "\""):
            return lexString()
        case UInt8(ascii: "-") where peek(1) == UInt8(ascii: "-") && isLetter(peek(2)):
            return lexOption()
        default:
            if isLetter(byte) { return lexWord() }
            return lexPunctuation()
        }
    }

    /// Where "end of input" is reported: right after the last visible character, so a caret
    /// lands on a real line instead of an empty one after the final line break.
    var endAnchor: Int {
        var end = bytes.count
        while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        return end
    }

    // MARK: - trivia

    /// Skips blanks, comments and `\` line continuations.
    mutating func skipTrivia() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: "#"):
                while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
            case UInt8(ascii: "\\") where continuationFollows():
                continue
            default:
                return
            }
        }
    }

    /// At a `\`: if only blanks follow up to the line end, consumes through the newline.
    mutating func continuationFollows() -> Bool {
        var cursor = position + 1
        while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t")
            || bytes[cursor] == UInt8(ascii: "\r") {
            cursor += 1
        }
        if cursor == bytes.count {
            endedEarly = true
            position = cursor
            return true
        }
        guard bytes[cursor] == UInt8(ascii: "\n") else { return false }
        position = cursor + 1
        // The shell passes lines with their break: `\` plus that break still awaits a line.
        if position == bytes.count { endedEarly = true }
        return true
    }

    // MARK: - words and punctuation

    mutating func lexWord() -> Token {
        let start = position
        while position < bytes.count && (isLetter(bytes[position]) || isDigit(bytes[position])) {
            position += 1
        }
        let word = String(decoding: bytes[start..<position], as: UTF8.self)
        let range = SourceRange(start, position)
        if let keyword = Lexer.keywords[word] {
            switch keyword {
            case .true: return Token(.literal(.bool(true)), range)
            case .false: return Token(.literal(.bool(false)), range)
            default: return Token(.keyword(keyword), range)
            }
        }
        return Token(.identifier(word), range)
    }

    /// `--name` or `--name=value`; the value is a bare word or a quoted string.
    /// Keywords by spelling: a hash lookup, faster than matching the raw value.
    static let keywords: [String: Keyword] = Dictionary(
        uniqueKeysWithValues: Keyword.allCases.map { ($0.rawValue, $0) })

    mutating func lexOption() -> Token {
        let start = position
        position += 2
        let nameStart = position
        while position < bytes.count && (isLetter(bytes[position]) || isDigit(bytes[position])
            || bytes[position] == UInt8(ascii: "-")) {
            position += 1
        }
        let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
        guard peek(0) == UInt8(ascii: "=") else {
            return Token(.option(name: name, value: nil), SourceRange(start, position))
        }
        position += 1
        if peek(0) == UInt8(ascii: "\"") {
            let string = lexString()
            guard case .literal(.string(let value)) = string.kind else { return string }
            return Token(.option(name: name, value: value), SourceRange(start, position))
        }
        let valueStart = position
        while position < bytes.count && !isSpaceOrEnd(bytes[position]) { position += 1 }
        let value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
        return Token(.option(name: name, value: value), SourceRange(start, position))
    }

    mutating func lexPunctuation() -> Token {
        let start = position
        if let (p, length) = Lexer.punctuation(at: position, in: bytes) {
            position += length
            return Token(.punctuation(p), SourceRange(start, position))
        }
        // A run of characters the language has no use for is one error, not one per character.
        repeat {
            position = min(bytes.count, position + utf8Length(bytes[position]))
        } while position < bytes.count && !startsToken(bytes[position])
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        report(.unexpectedCharacter(text), start, position)
        return Token(.invalid, SourceRange(start, position))
    }

    /// Whether a byte can begin a token or separate tokens.
    func startsToken(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || isSpaceOrEnd(byte) || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\\")
            || Lexer.punctuation(at: position, in: bytes) != nil
    }

    /// The punctuation at `offset`, longest first, read from the bytes without making strings.
    static func punctuation(at offset: Int, in bytes: [UInt8]) -> (Punctuation, Int)? {
        let first = bytes[offset]
        let second: UInt8 = offset + 1 < bytes.count ? bytes[offset + 1] : 0
        switch (first, second) {
        case (UInt8(ascii: "."), UInt8(ascii: ".")): return (.range, 2)
        case (UInt8(ascii: "="), UInt8(ascii: "=")): return (.doubleEqual, 2)
        case (UInt8(ascii: "!"), UInt8(ascii: "=")): return (.notEqual, 2)
        case (UInt8(ascii: "<"), UInt8(ascii: ">")): return (.angleNotEqual, 2)
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): return (.lessOrEqual, 2)
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): return (.greaterOrEqual, 2)
        default: break
        }
        guard first < 0x80, let single = singleCharacterPunctuation[Int(first)] else { return nil }
        return (single, 1)
    }

    /// One-character punctuation by ASCII code.
    static let singleCharacterPunctuation: [Punctuation?] = {
        var table = [Punctuation?](repeating: nil, count: 128)
        for p in Punctuation.allCases where p.rawValue.utf8.count == 1 {
            table[Int(p.rawValue.utf8.first!)] = p
        }
        return table
    }()

    // MARK: - helpers

    func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    mutating func report(_ message: DiagnosticMessage, _ start: Int, _ end: Int) {
        diagnostics.append(Diagnostic(message, at: SourceRange(start, end), in: file))
    }

    func utf8Length(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }
}

func isLetter(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
}

func isDigit(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return byte >= 0x30 && byte <= 0x39
}

func isSpaceOrEnd(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x3B
}
