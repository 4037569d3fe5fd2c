/// StringValue and block strings (spec §2.9.4).
extension Lexer {
    mutating func readString(_ here: SourcePosition) throws(SyntaxError) -> Token {
        if position + 2 < bytes.count, bytes[position + 1] == UInt8(ascii: "\""),
           bytes[position + 2] == UInt8(ascii: "\"") {
            return try readBlockString(here)
        }
        position += 1
        var utf8: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return Token(kind: .string, text: String(decoding: utf8, as: UTF8.self),
                             location: here)
            case UInt8(ascii: "\\"): try appendEscape(to: &utf8, here)
            case 0x0A, 0x0D: position -= 1; throw unterminated(here)
            default: utf8.append(byte)
            }
        }
        throw unterminated(here)
    }

    func unterminated(_ here: SourcePosition) -> SyntaxError {
        SyntaxError(message: "unterminated string", location: here)
    }

    mutating func appendEscape(to utf8: inout [UInt8], _ here: SourcePosition) throws(SyntaxError) {
        guard position < bytes.count else { throw unterminated(here) }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"): utf8.append(contentsOf: Array(try readUnicode(here).utf8))
        default: throw SyntaxError(message: "invalid escape sequence in string", location: here)
        }
    }

    /// `\uXXXX`, with a following `\uXXXX` low surrogate joined to a high one.
    mutating func readUnicode(_ here: SourcePosition) throws(SyntaxError) -> String {
        let first = try readHex4(here)
        if (0xD800..<0xDC00).contains(first), position + 1 < bytes.count,
           bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            position += 2
            let second = try readHex4(here)
            let joined = 0x10000 + ((first - 0xD800) << 10) + (second &- 0xDC00)
            return String(Unicode.Scalar(joined).map(Character.init) ?? "\u{FFFD}")
        }
        return String(Unicode.Scalar(first).map(Character.init) ?? "\u{FFFD}")
    }

    mutating func readHex4(_ here: SourcePosition) throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count, let digit = hexDigit(bytes[position]) else {
                throw SyntaxError(message: "invalid unicode escape in string", location: here)
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// `"""` raw text `"""`; only `\"""` is an escape. Line counting continues inside.
    mutating func readBlockString(_ here: SourcePosition) throws(SyntaxError) -> Token {
        position += 3
        var raw: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\""), isTripleQuote(at: position) {
                position += 3
                let value = Self.blockStringValue(String(decoding: raw, as: UTF8.self))
                return Token(kind: .blockString, text: value, location: here)
            }
            if byte == UInt8(ascii: "\\"), isTripleQuote(at: position + 1) {
                raw.append(contentsOf: "\"\"\"".utf8)
                position += 4
                continue
            }
            raw.append(byte)
            if byte == 0x0A || (byte == 0x0D && !isByte(0x0A, at: position + 1)) {
                newLine(after: position)
            } else {
                position += 1
            }
        }
        throw unterminated(here)
    }

    func isTripleQuote(at offset: Int) -> Bool {
        isByte(UInt8(ascii: "\""), at: offset) && isByte(UInt8(ascii: "\""), at: offset + 1)
            && isByte(UInt8(ascii: "\""), at: offset + 2)
    }

    func isByte(_ byte: UInt8, at offset: Int) -> Bool {
        offset < bytes.count && bytes[offset] == byte
    }

    /// The spec's BlockStringValue: remove the common indentation and blank edge lines.
    static func blockStringValue(_ raw: String) -> String {
        var lines = raw.split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n" || $0 == "\r"
        }
        let indents = lines.dropFirst().compactMap { line -> Int? in
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            return indent < line.count ? indent : nil
        }
        if let common = indents.min(), common > 0 {
            for index in lines.indices.dropFirst() { lines[index] = lines[index].dropFirst(common) }
        }
        let isBlank = { (line: Substring) in line.allSatisfy { $0 == " " || $0 == "\t" } }
        while let first = lines.first, isBlank(first) { lines.removeFirst() }
        while let last = lines.last, isBlank(last) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
