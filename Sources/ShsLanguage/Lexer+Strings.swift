import ShopSyncCore

extension Lexer {
    /// `"..."` on one line, or `"""..."""` over several (the line break after the opening quotes
    /// is dropped). Both understand `\n \t \r \" \\ \u{1F600}`.
    mutating func lexString() -> Token {
        let start = position
        let isBlock = peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
        position += isBlock ? 3 : 1
        if isBlock, peek(0) == UInt8(ascii: "\n") { position += 1 }
        var scalars: [UInt8] = []
        var valid = true
        while true {
            guard let byte = peek(0) else {
                if isBlock { endedEarly = true }
                report(isBlock ? .unterminatedBlockString : .unterminatedString, start, start + 1)
                return Token(.invalid, SourceRange(start, position))
            }
            if byte == UInt8(ascii: "\n") && !isBlock {
                report(.unterminatedString, start, start + 1)
                return Token(.invalid, SourceRange(start, position))
            }
            if byte == UInt8(ascii: "\"") && (!isBlock || closesBlock()) {
                position += isBlock ? 3 : 1
                break
            }
            if byte == UInt8(ascii: "\\") {
                valid = lexEscape(into: &scalars) && valid
                continue
            }
            scalars.append(byte)
            position += 1
        }
        guard valid else { return Token(.invalid, SourceRange(start, position)) }
        let text = String(decoding: scalars, as: UTF8.self)
        return Token(.literal(.string(text)), SourceRange(start, position))
    }

    func closesBlock() -> Bool {
        peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
    }

    /// Reads one escape at the cursor (a backslash) and appends its UTF-8 bytes.
    mutating func lexEscape(into out: inout [UInt8]) -> Bool {
        let start = position
        position += 1
        guard let byte = peek(0), byte != UInt8(ascii: "\n") else {
            report(.invalidEscape(""), start, position)
            return false
        }
        position += 1
        switch byte {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
        case UInt8(ascii: "u"): return lexUnicodeEscape(start: start, into: &out)
        default:
            position = min(bytes.count, start + 1 + utf8Length(byte))
            report(.invalidEscape(String(decoding: bytes[(start + 1)..<position], as: UTF8.self)),
                   start, position)
            return false
        }
        return true
    }

    /// `\u{XXXX}` with 1 to 6 hex digits naming a Unicode scalar.
    mutating func lexUnicodeEscape(start: Int, into out: inout [UInt8]) -> Bool {
        guard peek(0) == UInt8(ascii: "{") else {
            report(.invalidEscape("u"), start, position)
            return false
        }
        position += 1
        let digitsStart = position
        // Stop at a line break too: an unclosed escape must not swallow the next line.
        while let byte = peek(0), byte != UInt8(ascii: "}"), position - digitsStart < 7,
              byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\n") {
            position += 1
        }
        let hex = String(decoding: bytes[digitsStart..<position], as: UTF8.self)
        let closed = peek(0) == UInt8(ascii: "}")
        if closed { position += 1 }
        guard closed, (1...6).contains(hex.count), let value = UInt32(hex, radix: 16),
              let scalar = Unicode.Scalar(value) else {
            report(.invalidEscape(String(decoding: bytes[(start + 1)..<position], as: UTF8.self)),
                   start, position)
            return false
        }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
        return true
    }
}
