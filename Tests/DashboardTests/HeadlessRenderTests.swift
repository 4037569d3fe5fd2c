import Foundation
import Testing
@testable import Ledger

/// Headless Chromium, when the machine has it. `scripts/test` installs it and sets
/// `SHS_REQUIRE_CHROMIUM=1`, so in CI a missing browser fails the test instead of skipping it.
enum Chromium {
    static let path = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let required = ProcessInfo.processInfo.environment["SHS_REQUIRE_CHROMIUM"] == "1"

    /// Runs the browser headless on `file` with extra arguments; returns standard output.
    static func run(_ arguments: [String], file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path, "chromium is not installed"))
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
            + arguments + [file.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite("the exported dashboard in a real browser", .serialized)
struct HeadlessRenderTests {
    @Test("headless Chromium parses the page into every cue card and draws it",
          .enabled(if: Chromium.path != nil || Chromium.required))
    func rendersInChromium() throws {
        let scenario = try CueScenario()
        defer { scenario.remove() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("cues.html")
        let harness = CueCommandTests.harness(scenario)
        #expect(harness.run("cues export html \"\(page.path)\"").status == .success)

        let dom = try Chromium.run(["--dump-dom"], file: page)
        for cue in Cue.allCases { #expect(dom.contains("id=\"cue-\(cue.rawValue)\"")) }
        #expect(dom.contains("<td>line 5 is no longer open in Shopify</td>"))

        let shot = folder.appendingPathComponent("cues.png")
        _ = try Chromium.run(["--screenshot=\(shot.path)", "--window-size=1000,700"], file: page)
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG file")
        // The IHDR chunk holds the width and height, big-endian, at bytes 16 and 20.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1000 && height == 700)
    }
}
