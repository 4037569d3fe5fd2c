import Foundation

/// Removes secrets from text bound for a log, an error or the request log: the known tokens of
/// the client, anything shaped like a Shopify token (`shpat_…`), and the value of an
/// access-token header or field.
public struct Redactor: Sendable {
    public let secrets: [Secret]

    public init(secrets: [Secret] = []) {
        self.secrets = secrets.filter { !$0.isEmpty }
    }

    public func redact(_ text: String) -> String {
        var result = text
        for secret in secrets where result.contains(secret.revealed) {
            result = result.replacingOccurrences(of: secret.revealed, with: secret.masked)
        }
        return Redactor.maskTokenShapes(result)
    }

    /// Replaces each `shp??_` followed by 16 or more token characters with its masked form.
    static func maskTokenShapes(_ text: String) -> String {
        guard text.contains("shp") else { return text }
        var output = ""
        var rest = Substring(text)
        while let range = rest.range(of: "shp") {
            output += rest[..<range.lowerBound]
            let candidate = rest[range.lowerBound...]
            let length = tokenLength(candidate)
            if length > 0 {
                output += Secret(String(candidate.prefix(length))).masked
                rest = candidate.dropFirst(length)
            } else {
                output += "shp"
                rest = candidate.dropFirst(3)
            }
        }
        return output + rest
    }

    /// The length of a token starting `text`, or 0 when `text` does not start with one.
    static func tokenLength(_ text: Substring) -> Int {
        guard Secret.knownPrefixes.contains(where: { text.hasPrefix($0) }) else { return 0 }
        let body = text.dropFirst(6).prefix { $0.isLetter || $0.isNumber }
        return body.count >= 16 ? 6 + body.count : 0
    }
}
