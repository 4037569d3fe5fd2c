import Foundation
import ShopSyncTesting
import Testing

/// Each `Tests/Scripts/*.shs` runs in a fresh interpreter with a fixed clock; what it prints,
/// its diagnostics and its exit code must match the `.expected` file beside it.
/// Set `SHS_UPDATE_GOLDEN=1` to rewrite the expected files after a deliberate change.
@Suite("golden scripts")
struct GoldenScriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scripts")

    static let scripts = GoldenScript.all(in: folder)

    @Test("the golden scripts folder is not empty")
    func folderHasScripts() {
        #expect(Self.scripts.count >= 8)
    }

    @Test("a golden script prints what its .expected file says", arguments: scripts)
    func script(_ golden: GoldenScript) throws {
        let actual = try golden.actual()
        if ProcessInfo.processInfo.environment["SHS_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: golden.expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try golden.expected()
        #expect(actual == expected, "\(golden) differs from its .expected file")
    }
}
