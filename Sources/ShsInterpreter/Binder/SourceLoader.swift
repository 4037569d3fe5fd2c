import Foundation
import ShsLanguage

/// Reads the files `include` names. Injected, so tests and embedders can serve text from memory.
public protocol SourceLoader: Sendable {
    /// Loads `path` as written in `including`; relative paths are relative to that file.
    func load(_ path: String, includedFrom including: SourceFile) throws -> SourceFile
    /// A stable identity for cycle detection (the absolute, standardised path).
    func identity(of path: String, includedFrom including: SourceFile) -> String
}

/// Loads from the file system.
public struct FileSourceLoader: SourceLoader {
    public init() {}

    public func identity(of path: String, includedFrom including: SourceFile) -> String {
        resolve(path, from: including).standardizedFileURL.path
    }

    public func load(_ path: String, includedFrom including: SourceFile) throws -> SourceFile {
        let url = resolve(path, from: including)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CommandError("no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandError("the file is not UTF-8 text")
        }
        let relative = (including.name.hasPrefix("<") ? path : displayPath(url))
        return SourceFile(name: relative, text: text)
    }

    /// Relative to the including file's folder, or to the working directory for typed input.
    func resolve(_ path: String, from including: SourceFile) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        if including.name.hasPrefix("<") {
            return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                .appendingPathComponent(path)
        }
        return URL(fileURLWithPath: including.name).deletingLastPathComponent()
            .appendingPathComponent(path)
    }

    func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let full = url.standardizedFileURL.path
        return full.hasPrefix(cwd) ? String(full.dropFirst(cwd.count)) : full
    }
}
