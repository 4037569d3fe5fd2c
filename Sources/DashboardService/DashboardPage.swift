import Ledger
import ShopSyncCore

/// The dashboard as one self-contained HTML page: inline style, no scripts, no external assets,
/// so it can be mailed or opened from a file share. Every text from the ledger is escaped.
struct DashboardPage {
    let counts: [CueCount]
    /// The records behind each non-zero cue, at most a few hundred per cue.
    let records: [(Cue, [CueRecord])]
    let shop: String?
    let at: Timestamp

    var html: String {
        let scope = shop.map { "shop " + Self.escape($0) } ?? "all shops"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>ShopSync cues: \(scope)</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <h1>ShopSync activities</h1>
            <p class="when">\(scope), \(Self.escape(at.description))</p>
            <div class="cues">
            \(counts.map(card).joined(separator: "\n"))
            </div>
            \(records.map(section).joined(separator: "\n"))
            </body>
            </html>

            """
    }

    private func card(_ count: CueCount) -> String {
        """
        <div class="cue \(count.state.rawValue)" id="cue-\(count.cue.rawValue)">\
        <span class="count">\(count.count)</span>\
        <span class="name">\(count.cue.rawValue)</span>\
        <span class="what">\(Self.escape(count.cue.title))</span></div>
        """
    }

    private func section(_ cue: Cue, _ rows: [CueRecord]) -> String {
        let body = rows.map { row in
            "<tr><td>\(Self.escape(row.shop))</td><td>\(Self.escape(row.record))</td>"
                + "<td>\(Self.escape(row.reason))</td><td><code>\(Self.escape(row.fix))</code></td></tr>"
        }.joined(separator: "\n")
        return """
            <h2 id="records-\(cue.rawValue)">\(cue.rawValue)</h2>
            <table><thead><tr><th>shop</th><th>record</th><th>reason</th><th>fix</th></tr></thead>
            <tbody>
            \(body)
            </tbody></table>
            """
    }

    static let style = """
        body{font-family:system-ui,sans-serif;margin:2em;color:#222}\
        h1{margin-bottom:0}.when{color:#666;margin-top:.2em}\
        .cues{display:flex;flex-wrap:wrap;gap:.8em;margin:1.5em 0}\
        .cue{width:13em;padding:.8em;border-radius:.5em;border-left:.5em solid}\
        .cue span{display:block}.count{font-size:2em;font-weight:bold}\
        .name{font-family:monospace}.what{font-size:.85em;color:#444}\
        .green{background:#e8f6ea;border-color:#2e9d43}\
        .yellow{background:#fff7dc;border-color:#d9a400}\
        .red{background:#fde8e8;border-color:#cc2b2b}\
        table{border-collapse:collapse;margin-bottom:2em}\
        th,td{text-align:left;padding:.3em .8em;border-bottom:1px solid #ddd;vertical-align:top}
        """

    /// Escapes the five characters HTML gives meaning to.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
