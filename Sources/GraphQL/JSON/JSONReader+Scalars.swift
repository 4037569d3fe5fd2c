/// Strings and numbers: the two JSON tokens with inner structure.
extension JSONReader {
    mutating func readString() throws(JSONParseError) -> String {
        position += 1
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: bytes[start..<(position - 1)], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            if byte < 0x20 { throw failure("control character in string") }
            position += 1
        }
        throw failure("unterminated string")
    }

    /// The slow path, taken only by strings that contain a backslash.
    mutating func readEscapedString(from start: Int) throws(JSONParseError) -> String {
        var utf8 = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"): try appendEscape(to: &utf8)
            case 0..<0x20: throw failure("control character in string")
            default: utf8.append(byte)
            }
        }
        throw failure("unterminated string")
    }

    mutating func appendEscape(to utf8: inout [UInt8]) throws(JSONParseError) {
        guard position < bytes.count else { throw failure("unterminated string") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"): utf8.append(contentsOf: Array(String(try readUnicodeEscape()).utf8))
        default: throw failure("invalid escape")
        }
    }

    /// Reads `XXXX` after `\u`, joining a surrogate pair written as two escapes.
    mutating func readUnicodeEscape() throws(JSONParseError) -> Character {
        let first = try readHex4()
        if (0xD800..<0xDC00).contains(first), position + 1 < bytes.count,
           bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            position += 2
            let second = try readHex4()
            if (0xDC00..<0xE000).contains(second) {
                let scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                return Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")
            }
            return "\u{FFFD}"
        }
        return Character(Unicode.Scalar(first) ?? "\u{FFFD}")
    }

    mutating func readHex4() throws(JSONParseError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("invalid unicode escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexValue(bytes[position]) else {
                throw failure("invalid unicode escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, returned as its exact text.
    mutating func readNumber() throws(JSONParseError) -> String {
        let start = position
        if peekByte == UInt8(ascii: "-") { position += 1 }
        if peekByte == UInt8(ascii: "0") {
            position += 1
        } else if try skipDigits() == 0 {
            position = start
            throw failure("unexpected character")
        }
        if peekByte == UInt8(ascii: ".") {
            position += 1
            if try skipDigits() == 0 { throw failure("expected a digit after '.'") }
        }
        if peekByte == UInt8(ascii: "e") || peekByte == UInt8(ascii: "E") {
            position += 1
            if peekByte == UInt8(ascii: "+") || peekByte == UInt8(ascii: "-") { position += 1 }
            if try skipDigits() == 0 { throw failure("expected a digit in the exponent") }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    var peekByte: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipDigits() throws(JSONParseError) -> Int {
        let start = position
        while let byte = peekByte, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            position += 1
        }
        return position - start
    }
}
