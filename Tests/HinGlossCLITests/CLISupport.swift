import Foundation
import Testing

/// Runs the built `hingloss` binary.
enum CLI {
  static var binary: URL {
    // Under SwiftPM the test bundle sits in the products directory, next to the binary.
    var dir = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("hingloss")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      for bundle in Bundle.allBundles {
        let c = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("hingloss")
        if FileManager.default.isExecutableFile(atPath: c.path) { return c }
      }
      dir = dir.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL.appendingPathComponent("hingloss")
  }

  struct Result {
    var status: Int32
    var stdout: Data
    var stderr: String
    var out: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// Runs the binary with arguments and standard input bytes.
  static func run(_ arguments: [String], stdin: Data = Data(), currentDirectory: URL? = nil) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("hingloss-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: tmp) }
    let inURL = tmp.appendingPathComponent("stdin")
    let errURL = tmp.appendingPathComponent("stderr")
    try stdin.write(to: inURL)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let output = Pipe()
    process.standardInput = try FileHandle(forReadingFrom: inURL)
    process.standardOutput = output
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let errData = (try? Data(contentsOf: errURL)) ?? Data()
    return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
  }

  static func run(_ arguments: [String], stdin: String) throws -> Result {
    try run(arguments, stdin: Data(stdin.utf8))
  }
}
