import Foundation
import GraphQL

/// The real Shopify material tests check against: the 2026-07 Admin schema and recorded
/// exchanges, in `$SHOPSYNC_SHARED/shopify`, else in a `shared/shopify` folder found walking up
/// from the package. Tests that need it are disabled, with `absentReason`, when it is missing.
public enum ShopifyMaterial {
    public static let folder: URL? = {
        let fileManager = FileManager.default
        if let root = ProcessInfo.processInfo.environment["SHOPSYNC_SHARED"] {
            let candidate = URL(fileURLWithPath: root).appendingPathComponent("shopify")
            return fileManager.fileExists(atPath: candidate.path) ? candidate : nil
        }
        var folder = URL(fileURLWithPath: #filePath)
        while folder.path != "/" {
            folder.deleteLastPathComponent()
            let candidate = folder.appendingPathComponent("shared/shopify")
            if fileManager.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    public static var isAvailable: Bool { folder != nil }
    public static let absentReason = "../shared/shopify is absent (set SHOPSYNC_SHARED)"

    /// The 2026-07 Admin schema, parsed once per test run.
    public static let schema: Schema? = {
        guard let url = folder?.appendingPathComponent("admin-2026-07.graphql"),
              let sdl = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return try? Schema.parse(sdl: sdl).get()
    }()

    /// The recorded exchanges of one area (`orders`, `customers`, ...), one JSON per line.
    public static func recorded(_ area: String) -> [JSON] {
        guard let url = folder?.appendingPathComponent("recorded/\(area).jsonl"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSON.parse(String($0)) }
    }
}
