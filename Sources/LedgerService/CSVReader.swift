/// Reads RFC 4180 CSV: fields separated by commas, quoted with `"` when they hold commas, quotes
/// or line breaks (a quote inside is doubled), rows ending in CRLF or LF.
struct CSVReader {
    struct Failure: Error {
        let line: Int
        let message: String
    }

    /// The rows, each with the line it starts on.
    static func rows(_ text: String) throws(Failure) -> [(line: Int, fields: [String])] {
        var rows: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var line = 1, rowStart = 1
        var quoted = false, wasQuoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar?
        func endRow() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) { rows.append((rowStart, fields)) }
            fields = []
            field = ""
            wasQuoted = false
        }
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                quoted = true
                wasQuoted = true
            case "\"": throw Failure(line: line, message: "a quote inside an unquoted field")
            case ",":
                fields.append(field)
                field = ""
            case "\r": continue
            case "\n":
                endRow()
                line += 1
                rowStart = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw Failure(line: rowStart, message: "a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRow() }
        return rows
    }
}
