import Foundation
import GraphQL

/// Finds `/work/shared`-style material: `$SHOPSYNC_SHARED`, else the `shared` folder next to
/// the package root (the package root's parent holds `shared/shopify`).
enum SharedFixtures {
    static let sharedFolder: URL? = {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["SHOPSYNC_SHARED"] {
            let url = URL(fileURLWithPath: override)
            return fileManager.fileExists(atPath: url.appendingPathComponent("shopify").path)
                ? url : nil
        }
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared")
            if fileManager.fileExists(atPath: candidate.appendingPathComponent("shopify").path) {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    /// True when the real Shopify schema and recordings can be read.
    static var isAvailable: Bool { schemaURL != nil }

    static var schemaURL: URL? {
        sharedFolder?.appendingPathComponent("shopify/admin-2026-07.graphql")
    }

    static var recordedFolder: URL? {
        sharedFolder?.appendingPathComponent("shopify/recorded")
    }

    /// The real 2026-07 Admin schema, parsed once for the whole test run.
    static var adminSchema: Schema? { loadedSchema.schema }

    /// The schema, its size in bytes and how long parsing and building it took.
    static let loadedSchema: (schema: Schema?, bytes: Int, duration: Duration) = {
        guard let url = schemaURL, let sdl = try? String(contentsOf: url, encoding: .utf8) else {
            return (nil, 0, .zero)
        }
        var schema: Schema?
        let duration = ContinuousClock().measure { schema = try? Schema.parse(sdl: sdl).get() }
        return (schema, sdl.utf8.count, duration)
    }()
}
