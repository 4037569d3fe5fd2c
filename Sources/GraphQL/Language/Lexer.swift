/// Turns GraphQL source text into tokens (spec §2, "Language"). It never loops without
/// consuming input, so every document, however broken, ends in a token or an error.
struct Lexer {
    let bytes: [UInt8]
    var position = 0
    var line = 1
    var lineStart = 0

    init(source: String) { bytes = Array(source.utf8) }

    /// The location of a byte offset on the current line.
    func location(at offset: Int) -> SourcePosition {
        var column = 1
        var index = lineStart
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: line, column: column)
    }

    /// Reads the next token after skipping ignored tokens (spaces, commas, comments).
    mutating func next() throws(SyntaxError) -> Token {
        skipIgnored()
        return try readToken()
    }

    private mutating func readToken() throws(SyntaxError) -> Token {
        let start = position
        let here = location(at: start)
        guard position < bytes.count else {
            return Token(kind: .endOfFile, text: "", location: here, offset: start)
        }
        let byte = bytes[position]
        if let kind = Self.punctuator(byte) {
            position += 1
            return Token(kind: kind, text: "", location: here, offset: start)
        }
        switch byte {
        case UInt8(ascii: "."): return try readSpread(here)
        case UInt8(ascii: "\""): return try readString(here)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber(here)
        default:
            if Self.isNameStart(byte) { return readName(here) }
            throw SyntaxError(message: "unexpected character \(describeCharacter(at: start))",
                              location: here)
        }
    }

    static func punctuator(_ byte: UInt8) -> TokenKind? {
        switch byte {
        case UInt8(ascii: "!"): .bang
        case UInt8(ascii: "$"): .dollar
        case UInt8(ascii: "&"): .ampersand
        case UInt8(ascii: "("): .leftParen
        case UInt8(ascii: ")"): .rightParen
        case UInt8(ascii: ":"): .colon
        case UInt8(ascii: "="): .equals
        case UInt8(ascii: "@"): .at
        case UInt8(ascii: "["): .leftBracket
        case UInt8(ascii: "]"): .rightBracket
        case UInt8(ascii: "{"): .leftBrace
        case UInt8(ascii: "}"): .rightBrace
        case UInt8(ascii: "|"): .pipe
        default: nil
        }
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    func describeCharacter(at offset: Int) -> String {
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "\"\(String(decoding: bytes[offset..<end], as: UTF8.self))\""
    }

    mutating func skipIgnored() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, UInt8(ascii: ","): position += 1
            case 0x0A: newLine(after: position)
            case 0x0D:
                let isPair = position + 1 < bytes.count && bytes[position + 1] == 0x0A
                newLine(after: isPair ? position + 1 : position)
            case UInt8(ascii: "#"): skipComment()
            case 0xEF where position + 2 < bytes.count && bytes[position + 1] == 0xBB
                && bytes[position + 2] == 0xBF:
                position += 3
            default: return
            }
        }
    }

    /// Moves past a line terminator that ends at `offset`.
    mutating func newLine(after offset: Int) {
        position = offset + 1
        line += 1
        lineStart = position
    }

    mutating func skipComment() {
        while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D {
            position += 1
        }
    }

    mutating func readName(_ here: SourcePosition) -> Token {
        let start = position
        position += 1
        while position < bytes.count,
              Self.isNameStart(bytes[position]) || Self.isDigit(bytes[position]) {
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return Token(kind: .name, text: text, location: here)
    }

    mutating func readSpread(_ here: SourcePosition) throws(SyntaxError) -> Token {
        guard position + 2 < bytes.count, bytes[position + 1] == UInt8(ascii: "."),
              bytes[position + 2] == UInt8(ascii: ".") else {
            throw SyntaxError(message: "unexpected character \".\"", location: here)
        }
        position += 3
        return Token(kind: .spread, text: "", location: here)
    }

    /// IntValue and FloatValue (spec §2.9.1-2); a number may not run into a name or a dot.
    mutating func readNumber(_ here: SourcePosition) throws(SyntaxError) -> Token {
        let start = position
        var isFloat = false
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let digitsStart = position
        let integerDigits = skipDigits()
        if integerDigits == 0 || (integerDigits > 1 && bytes[digitsStart] == UInt8(ascii: "0")) {
            throw invalidNumber(from: start, here)
        }
        if !skipFractionAndExponent(&isFloat) { throw invalidNumber(from: start, here) }
        if position < bytes.count,
           Self.isNameStart(bytes[position]) || bytes[position] == UInt8(ascii: ".") {
            throw invalidNumber(from: start, here)
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return Token(kind: isFloat ? .float : .int, text: text, location: here)
    }

    /// Skips `.digits` and `e±digits` when present; false when either has no digits.
    mutating func skipFractionAndExponent(_ isFloat: inout Bool) -> Bool {
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            isFloat = true
            if skipDigits() == 0 { return false }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            isFloat = true
            if position < bytes.count, bytes[position] == UInt8(ascii: "+")
                || bytes[position] == UInt8(ascii: "-") { position += 1 }
            if skipDigits() == 0 { return false }
        }
        return true
    }

    mutating func skipDigits() -> Int {
        let start = position
        while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        return position - start
    }

    mutating func invalidNumber(from start: Int, _ here: SourcePosition) -> SyntaxError {
        var end = position
        if end < bytes.count, Self.isNameStart(bytes[end]) || bytes[end] == UInt8(ascii: ".") {
            end += 1
        }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return SyntaxError(message: "invalid number \"\(text)\"", location: here)
    }
}
