import CHinGlossTestSupport
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
  static func run(_ arguments: [String], stdin: Data = Data(), currentDirectory: URL? = nil, binary: URL? = nil)
    throws -> Result
  {
    let process = Process()
    process.executableURL = binary ?? Self.binary
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
    let errData = try readFile(errURL)
    return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A file's bytes, read with POSIX calls (Foundation's `Data(contentsOf:)` leaks its
  /// buffer on Linux, which fails `swift test --sanitize=address`).
  static func readFile(_ url: URL) throws -> Data {
    let fd = open(url.path, O_RDONLY)
    guard fd >= 0 else { throw CocoaError(.fileReadNoSuchFile) }
    defer { close(fd) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n >= 0 else { throw CocoaError(.fileReadUnknown) }
      if n == 0 { return data }
      data.append(contentsOf: buffer[0..<n])
    }
  }

  static func run(_ arguments: [String], stdin: String) throws -> Result {
    try run(arguments, stdin: Data(stdin.utf8))
  }
}

@Suite struct LeakSuppressionTests {
  /// The suppressions are linked into the test bundle and name only toolchain libraries.
  @Test func suppressionsNameOnlyToolchainLibraries() {
    let lines = String(cString: hingloss_leak_suppressions()).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.hasPrefix("leak:") && !$0.contains("HinGloss") })
  }
}
