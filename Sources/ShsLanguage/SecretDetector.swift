/// Tells whether statement text carries an access token, so the shell keeps it out of history.
///
/// A secret is a string literal right after the word `token` (`token "shpat_..."`; `token env
/// "NAME"` and `token file "PATH"` name where a token lives and are not secrets), or any string
/// literal shaped like a Shopify token (`shpat_`, `shpca_`, `shppa_`, `shpss_` and a body).
public enum SecretDetector {
    static let tokenPrefixes = ["shpat_", "shpca_", "shppa_", "shpss_"]

    public static func carriesSecret(_ text: String) -> Bool {
        let tokens = Lexer.tokenize(SourceFile(name: "<secret check>", text: text)).tokens
        var previousWasTokenWord = false
        for token in tokens {
            if case .literal(.string(let value)) = token.kind {
                if previousWasTokenWord || looksLikeToken(value) { return true }
            }
            if case .identifier("token") = token.kind { previousWasTokenWord = true } else {
                previousWasTokenWord = false
            }
        }
        // Text the lexer could not read may still hide a token: look at the raw words too.
        return text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" })
            .contains { looksLikeToken(String($0)) }
    }

    /// `shpat_` and at least eight more letters or digits.
    public static func looksLikeToken(_ text: String) -> Bool {
        guard let prefix = tokenPrefixes.first(where: { text.hasPrefix($0) }) else { return false }
        let body = text.dropFirst(prefix.count)
        return body.count >= 8 && body.allSatisfy { $0.isLetter || $0.isNumber }
    }

    /// How a token may be shown: `shpat_…1234`, never more.
    public static func redact(_ token: String) -> String {
        let prefix = tokenPrefixes.first(where: { token.hasPrefix($0) }) ?? ""
        return prefix + "…" + String(token.suffix(4))
    }
}
