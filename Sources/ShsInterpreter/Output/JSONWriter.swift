import ShopSyncCore

/// Values as JSON text. Decimals are written exactly; dates, times and durations as strings.
public enum JSONWriter {
    public static func write(_ value: Value) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    static func write(_ value: Value, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .decimal(let d): out += DecimalText.format(d)
        case .string(let s): writeString(s, into: &out)
        case .date, .dateTime, .time, .duration: writeString(value.plainText, into: &out)
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .record(let record): writeObject(record.pairs, into: &out)
        case .table(let table):
            out += "["
            for (i, row) in table.rows.enumerated() {
                if i > 0 { out += "," }
                writeObject(Array(zip(table.columns.map(\.name), row)), into: &out)
            }
            out += "]"
        }
    }

    static func writeObject(_ pairs: [(String, Value)], into out: inout String) {
        out += "{"
        for (i, pair) in pairs.enumerated() {
            if i > 0 { out += "," }
            writeString(pair.0, into: &out)
            out += ":"
            write(pair.1, into: &out)
        }
        out += "}"
    }

    public static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// Tables as RFC 4180 CSV: a header row, fields quoted when they need it.
public enum CSVWriter {
    public static func write(_ table: Table) -> String {
        var lines = [table.columns.map { field($0.name) }.joined(separator: ",")]
        for row in table.rows {
            lines.append(row.map { field($0.plainText) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
