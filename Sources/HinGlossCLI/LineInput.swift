import HinGloss

#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines from a file descriptor in chunks, with bounded memory (one line at a time
/// plus a 64 KiB buffer), and writes results through a buffered output that is flushed
/// before every read that could block, so results stream through a pipe.
struct LineInput {
  let fd: Int32
  let name: String

  /// One input line without its terminator.
  struct Line {
    var bytes: UnsafeBufferPointer<UInt8>
    /// 1-based line number.
    var number: Int
    /// Byte offset of the line's first byte in the input.
    var byteOffset: Int
    /// The terminator that ended the line ("\n", "\r\n" or "" at end of input).
    var terminator: String
  }

  /// Opens a path (`-` is stdin).
  static func open(_ path: String) throws(HinGlossError) -> LineInput {
    if path == "-" { return LineInput(fd: 0, name: "<stdin>") }
    let fd = Glibc.open(path, O_RDONLY)
    if fd < 0 {
      let code: HinGlossError.Code = errno == ENOENT ? .missingFile : .unreadableFile
      throw HinGlossError(code, "cannot open \(path): \(String(cString: strerror(errno)))")
    }
    return LineInput(fd: fd, name: path)
  }

  func close() { if fd > 2 { _ = Glibc.close(fd) } }

  /// Calls `body` for each line. Stops at the first error `body` throws.
  func forEachLine(flushBeforeRead: () -> Void, _ body: (Line) throws(HinGlossError) -> Void) throws(HinGlossError) {
    var pending: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var lineNumber = 1
    var consumed = 0  // bytes of the input before `pending`
    var atEnd = false
    var scanned = 0  // bytes of `pending` already searched for a newline
    while !atEnd {
      flushBeforeRead()
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw HinGlossError(.unreadableFile, "\(name): read failed: \(String(cString: strerror(errno)))")
      }
      if n == 0 { atEnd = true } else { pending.append(contentsOf: chunk[0..<n]) }
      var start = 0
      try pending.withUnsafeBufferPointer { (all) throws(HinGlossError) in
        while let nl = all[max(start, scanned)...].firstIndex(of: 0x0A) {
          var end = nl
          var terminator = "\n"
          if end > start && all[end - 1] == 0x0D {
            end -= 1
            terminator = "\r\n"
          }
          try body(
            Line(
              bytes: UnsafeBufferPointer(rebasing: all[start..<end]), number: lineNumber, byteOffset: consumed + start,
              terminator: terminator))
          lineNumber += 1
          start = nl + 1
        }
        if atEnd && start < all.count {
          try body(
            Line(
              bytes: UnsafeBufferPointer(rebasing: all[start..<all.count]), number: lineNumber,
              byteOffset: consumed + start, terminator: ""))
          start = all.count
        }
      }
      consumed += start
      pending.removeFirst(start)
      scanned = pending.count
    }
  }
}

/// Buffered output to standard output or a file descriptor.
final class Output {
  private var buffer: [UInt8] = []
  let fd: Int32

  init(fd: Int32 = 1) {
    self.fd = fd
    buffer.reserveCapacity(1 << 16)
  }

  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    var offset = 0
    while offset < buffer.count {
      let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE { exit(0) }
        Stderr.write("hingloss: error: cannot write output: \(String(cString: strerror(errno)))\n")
        exit(74)
      }
      offset += n
    }
    buffer.removeAll(keepingCapacity: true)
  }

  deinit { flush() }
}

/// Runs a per-line transformation over the given inputs (or stdin), one output line per
/// input line, written as it comes. Invalid UTF-8 stops the run with exit code 65; nothing
/// is written for the bad line. With `progress`, inputs over 50 MB report progress on
/// stderr when it is a terminal. With `output` nil, nothing is written.
func streamLines(
  _ paths: [String], progress: Bool = false, output: Output? = Output(), _ transform: (String) -> String
) throws {
  signal(SIGPIPE, SIG_IGN)
  let out = output
  let showProgress = progress && isatty(2) != 0
  for path in paths.isEmpty ? ["-"] : paths {
    do {
      let input = try LineInput.open(path)
      defer { input.close() }
      var total: Int = 0
      if showProgress {
        var st = stat()
        if fstat(input.fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG { total = Int(st.st_size) }
      }
      let reporting = showProgress && total > 50 << 20
      var nextReport = 0
      try input.forEachLine(flushBeforeRead: { out?.flush() }) { (line) throws(HinGlossError) in
        let text = try UTF8Validation.decode(
          line.bytes, file: input.name, line: line.number, baseOffset: line.byteOffset)
        let result = transform(text)
        if let out {
          out.write(result)
          out.write(line.terminator.isEmpty ? "\n" : line.terminator)
        }
        if reporting && line.byteOffset >= nextReport {
          Stderr.write(
            "\rhingloss: \(input.name): \(line.byteOffset * 100 / total)% (\(line.byteOffset >> 20) of \(total >> 20) MB)"
          )
          nextReport = line.byteOffset + (total / 100)
        }
      }
      if reporting { Stderr.write("\rhingloss: \(input.name): 100%\n") }
    } catch {
      out?.flush()
      throw report(error)
    }
  }
  out?.flush()
}
