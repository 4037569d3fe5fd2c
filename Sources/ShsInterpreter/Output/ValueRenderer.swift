import Foundation
import ShopSyncCore

/// Turns a result into text in one of the output formats. Every result ends with a line break.
public enum ValueRenderer {
    public static func render(_ value: Value, format: OutputFormat, colour: Bool) -> String {
        switch format {
        case .json: return JSONWriter.write(value) + "\n"
        case .csv: return CSVWriter.write(asTable(value))
        case .plain: return plain(value)
        case .table: return pretty(value, colour: colour)
        }
    }

    static func plain(_ value: Value) -> String {
        switch value {
        case .table(let table):
            let header = table.columns.map(\.name).joined(separator: "\t")
            let rows = table.rows.map { $0.map(\.plainText).joined(separator: "\t") }
            return ([header] + rows).joined(separator: "\n") + "\n"
        case .record(let record):
            return record.pairs.map { "\($0.0)\t\($0.1.plainText)" }.joined(separator: "\n") + "\n"
        default:
            if let table = tableOfRecords(value) { return plain(.table(table)) }
            return value.plainText + "\n"
        }
    }

    static func pretty(_ value: Value, colour: Bool) -> String {
        switch value {
        case .table(let table): return TableLayout.render(table, colour: colour)
        case .record(let record):
            let width = record.keys.map(\.count).max() ?? 0
            return record.pairs.map { key, value in
                key.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value.plainText
            }.joined(separator: "\n") + "\n"
        default:
            if let table = tableOfRecords(value) { return TableLayout.render(table, colour: colour) }
            return value.plainText + "\n"
        }
    }

    /// A list of records sharing their keys reads best as a table.
    static func tableOfRecords(_ value: Value) -> Table? {
        guard case .list(let items) = value, case .record(let first)? = items.first else { return nil }
        var rows: [[Value]] = []
        for item in items {
            guard case .record(let record) = item, record.keys == first.keys else { return nil }
            rows.append(record.values)
        }
        return Table(columns: first.keys.map { Table.Column($0) }, rows: rows)
    }

    static func asTable(_ value: Value) -> Table {
        switch value {
        case .table(let table): return table
        case .record(let record):
            return Table(columns: record.keys.map { Table.Column($0) }, rows: [record.values])
        default:
            if let table = tableOfRecords(value) { return table }
            if case .list(let items) = value {
                return Table(columns: [Table.Column("value")], rows: items.map { [$0] })
            }
            return Table(columns: [Table.Column("value")], rows: [[value]])
        }
    }
}

/// Columns aligned under a header, numbers to the right: what a person reads on a terminal.
enum TableLayout {
    static func render(_ table: Table, colour: Bool) -> String {
        guard !table.rows.isEmpty else { return "(no rows)\n" }
        let cells = table.rows.map { $0.map { $0.plainText.replacingOccurrences(of: "\n", with: " ") } }
        var widths = table.columns.map(\.name.count)
        for row in cells {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        let numeric = table.columns.indices.map { column in
            table.rows.allSatisfy { row in
                if case .int = row[column] { return true }
                if case .decimal = row[column] { return true }
                return row[column] == .null
            }
        }
        let state = colour ? table.columns.firstIndex { $0.name == "state" } : nil
        func line(_ items: [String]) -> String {
            items.enumerated().map { i, text in
                let cell = align(text, widths[i], right: numeric[i])
                guard i == state, let code = trafficLights[text] else { return cell }
                return "\u{1B}[\(code)m" + cell + "\u{1B}[0m"
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var header = line(table.columns.map(\.name))
        if colour { header = "\u{1B}[1m" + header + "\u{1B}[0m" }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([header, rule] + cells.map(line)).joined(separator: "\n") + "\n"
    }

    /// A `state` column whose cells read green, yellow or red (the dashboard's cues) is shown in
    /// those colours on a terminal.
    static let trafficLights = ["green": 32, "yellow": 33, "red": 31]

    static func align(_ text: String, _ width: Int, right: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
