import Foundation

/// A fresh directory under the system's temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "shs-shell-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    func contents(of name: String) -> String? {
        let data = FileManager.default.contents(atPath: path + "/" + name)
        return data.map { String(decoding: $0, as: UTF8.self) }
    }
}
