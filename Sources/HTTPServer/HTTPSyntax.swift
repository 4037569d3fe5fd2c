/// Character classes and number forms of RFC 9110/9112, checked on raw bytes.
enum HTTPSyntax {
    /// token = 1*tchar
    static func isToken(_ bytes: some Collection<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy(isTokenCharacter)
    }

    /// A request target: visible ASCII only (origin-form, absolute-form, `*`).
    static func isTarget(_ bytes: some Collection<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }

    /// field-value = *( VCHAR / obs-text / SP / HTAB ); a bare CR or NUL is refused.
    static func isFieldValue(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }
    }

    /// 1*DIGIT as a non-negative Int, or nil when malformed or absurdly large.
    static func decimal(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 18,
              text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }

    /// chunk-size = 1*HEXDIG, allowing whitespace before any extension.
    static func hexadecimal(_ bytes: some Collection<UInt8>) -> Int? {
        let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        guard !text.isEmpty, text.utf8.count <= 15,
              text.allSatisfy(\.isHexDigit) else { return nil }
        return Int(text, radix: 16)
    }

    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
