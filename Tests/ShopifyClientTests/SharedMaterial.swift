import Foundation
import GraphQL
import Testing

/// The real Shopify schema and recordings: `$SHOPSYNC_SHARED/shopify`, else a `shared/shopify`
/// folder found walking up from this file. Tests that need them are disabled when absent.
enum SharedMaterial {
    static let shopifyFolder: URL? = {
        if let root = ProcessInfo.processInfo.environment["SHOPSYNC_SHARED"] {
            let folder = URL(fileURLWithPath: root).appendingPathComponent("shopify")
            return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
        }
        var folder = URL(fileURLWithPath: #filePath)
        while folder.path != "/" {
            folder.deleteLastPathComponent()
            let candidate = folder.appendingPathComponent("shared/shopify")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    static var isAvailable: Bool { shopifyFolder != nil }
    static let absentReason: Comment = "../shared/shopify is absent (set SHOPSYNC_SHARED)"

    /// The 2026-07 Admin schema, parsed once per test run.
    static let schema: Schema? = {
        guard let url = shopifyFolder?.appendingPathComponent("admin-2026-07.graphql"),
              let sdl = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return try? Schema.parse(sdl: sdl).get()
    }()

    /// The recorded exchanges of one area (`orders`, `customers`, ...), one JSON per line.
    static func recorded(_ area: String) -> [JSON] {
        guard let url = shopifyFolder?.appendingPathComponent("recorded/\(area).jsonl"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSON.parse(String($0)) }
    }
}
