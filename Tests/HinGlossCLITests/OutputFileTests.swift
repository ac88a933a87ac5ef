import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct OutputFileTests {
  func folder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hingloss-out-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// Starts `hingloss ARGUMENTS` with a pipe for its standard input and no output.
  func start(_ arguments: [String]) throws -> (process: Process, input: Pipe) {
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = arguments
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return (process, input)
  }

  @Test func writesTheFileWhenComplete() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out.txt")
    let r = try CLI.run(["romanize", "--scheme", "hindi", "-o", out.path], stdin: "कमला\nसमझना\n")
    #expect(r.status == 0)
    #expect(try String(contentsOf: out, encoding: .utf8) == "kamla\nsamajhna\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"])
  }

  @Test func badInputLeavesTheOldFileIntact() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out.jsonl")
    try "old\n".write(to: out, atomically: true, encoding: .utf8)
    let r = try CLI.run(["annotate", "-o", out.path], stdin: Data(Array("कूपांग\n".utf8) + [0xC3, 0x0A]))
    #expect(r.status == 65)
    #expect(try String(contentsOf: out, encoding: .utf8) == "old\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.jsonl"])
  }

  /// A signal at any moment of a run, from start-up on, leaves the old file and no
  /// temporary file (the signal handler learns the temporary file's name before it exists).
  @Test func signalsAtAnyMomentLeaveNoTemporaryFile() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out.txt")
    for delay: UInt32 in [0, 200, 500, 1_000, 2_000, 3_000, 5_000, 8_000, 12_000, 20_000, 40_000, 80_000] {
      try "old\n".write(to: out, atomically: true, encoding: .utf8)
      let (process, input) = try start(["normalize", "-o", out.path])
      usleep(delay)
      kill(process.processIdentifier, SIGTERM)
      process.waitUntilExit()
      try? input.fileHandleForWriting.close()
      #expect(try String(contentsOf: out, encoding: .utf8) == "old\n", "after \(delay) µs")
      #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"], "after \(delay) µs")
    }
  }

  /// SIGTERM and SIGINT in the middle of a run leave the old file and exit 143 and 130.
  @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
  func interruptedRunLeavesTheOldFile(_ sig: Int32, _ status: Int32) throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out.jsonl")
    try "old\n".write(to: out, atomically: true, encoding: .utf8)
    let (process, input) = try start(["annotate", "-o", out.path])
    try input.fileHandleForWriting.write(contentsOf: Data(String(repeating: "कूपांग ने कहा\n", count: 1000).utf8))
    // Wait until the temporary file exists: the run is under way, blocked on more input.
    var started = false
    for _ in 0..<500 {
      if (try FileManager.default.contentsOfDirectory(atPath: dir.path)).count > 1 {
        started = true
        break
      }
      usleep(10_000)
    }
    #expect(started)
    kill(process.processIdentifier, sig)
    process.waitUntilExit()
    try? input.fileHandleForWriting.close()
    #expect(process.terminationStatus == status)
    #expect(try String(contentsOf: out, encoding: .utf8) == "old\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.jsonl"])
  }
}
