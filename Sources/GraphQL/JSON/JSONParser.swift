/// Why a JSON text could not be read, and the byte offset where reading stopped.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var offset: Int

    public var description: String { "\(message) at byte \(offset)" }
}

extension JSON {
    /// Parses a complete JSON text (RFC 8259). Duplicate object keys are kept in order; a
    /// lookup finds the first one.
    public static func parse(_ text: String) throws(JSONParseError) -> JSON {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses JSON from UTF-8 bytes.
    public static func parse(bytes: [UInt8]) throws(JSONParseError) -> JSON {
        var reader = JSONReader(bytes: bytes)
        let value = try reader.readValue(depth: 0)
        reader.skipWhitespace()
        guard reader.position == bytes.count else {
            throw reader.failure("unexpected text after the JSON value")
        }
        return value
    }
}

/// A recursive-descent reader over UTF-8 bytes.
struct JSONReader {
    let bytes: [UInt8]
    var position = 0
    /// Deep enough for any real payload, shallow enough to never overflow the stack.
    static let maximumDepth = 512

    init(bytes: [UInt8]) { self.bytes = bytes }

    func failure(_ message: String) -> JSONParseError {
        JSONParseError(message: message, offset: position)
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    mutating func readValue(depth: Int) throws(JSONParseError) -> JSON {
        guard depth < Self.maximumDepth else { throw failure("nesting too deep") }
        skipWhitespace()
        guard position < bytes.count else { throw failure("unexpected end of input") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try readObject(depth: depth)
        case UInt8(ascii: "["): return try readArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try readLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try readLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try readLiteral("null"); return .null
        default: return .number(try readNumber())
        }
    }

    mutating func readLiteral(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw failure("invalid literal") }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for index in 0..<count where bytes[position + index] != expected[index] {
            throw failure("invalid literal")
        }
        position += count
    }

    mutating func readObject(depth: Int) throws(JSONParseError) -> JSON {
        position += 1
        var object = JSONObject()
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure("expected a string key")
            }
            let key = try readString()
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "expected ':' after an object key")
            object.appendMember(key, try readValue(depth: depth + 1))
            skipWhitespace()
            if try endOfContainer(UInt8(ascii: "}")) { return .object(object) }
        }
    }

    mutating func readArray(depth: Int) throws(JSONParseError) -> JSON {
        position += 1
        var items: [JSON] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            items.append(try readValue(depth: depth + 1))
            skipWhitespace()
            if try endOfContainer(UInt8(ascii: "]")) { return .array(items) }
        }
    }

    /// Consumes a `,` (false: more members follow) or the closing byte (true).
    mutating func endOfContainer(_ closer: UInt8) throws(JSONParseError) -> Bool {
        guard position < bytes.count else { throw failure("unexpected end of input") }
        let byte = bytes[position]
        position += 1
        if byte == closer { return true }
        if byte == UInt8(ascii: ",") { return false }
        position -= 1
        throw failure("expected ',' or '\(Character(Unicode.Scalar(closer)))'")
    }

    mutating func expect(_ byte: UInt8, _ message: String) throws(JSONParseError) {
        guard position < bytes.count, bytes[position] == byte else { throw failure(message) }
        position += 1
    }
}
