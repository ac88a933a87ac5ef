import Foundation
import HinGloss

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a command's output to a file without ever leaving a half-written file: the text
/// goes to a temporary file in the same folder, renamed over the target only when complete.
/// SIGINT and SIGTERM remove the temporary file and exit 130 and 143; the old file stays.
enum AtomicOutput {
  /// The temporary file being written, for the signal handler (C string, freed when the
  /// file is committed or discarded).
  nonisolated(unsafe) static var pendingPath: UnsafeMutablePointer<CChar>? = nil

  /// Opens a temporary file next to `path`; returns its descriptor.
  static func begin(_ path: String) throws(HinGlossError) -> (fd: Int32, temporary: String) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    // Handlers first, so that no signal can leave the temporary file behind.
    signal(SIGINT) { sig in AtomicOutput.abandon(sig) }
    signal(SIGTERM) { sig in AtomicOutput.abandon(sig) }
    // A parent may have started us with these signals blocked; they must reach the handler.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    sigaddset(&set, SIGTERM)
    sigprocmask(SIG_UNBLOCK, &set, nil)
    // The handler must know the path before the file exists: mkstemp writes the name into
    // this buffer and then creates the file, so a signal at any moment finds either no file
    // or its name here.
    guard let template = strdup("\(folder)/.\(url.lastPathComponent).hingloss-XXXXXX") else {
      throw HinGlossError(.unreadableFile, "cannot create a temporary file in \(folder): out of memory")
    }
    pendingPath = template
    let fd = mkstemp(template)
    if fd < 0 {
      let reason = String(cString: strerror(errno))
      releasePendingPath()
      throw HinGlossError(.unreadableFile, "cannot create a temporary file in \(folder): \(reason)")
    }
    return (fd, String(cString: template))
  }

  /// Renames the finished temporary file over the target.
  static func commit(fd: Int32, temporary: String, to path: String) throws(HinGlossError) {
    if fsync(fd) != 0 || close(fd) != 0 {
      unlink(temporary)
      throw HinGlossError(.unreadableFile, "cannot finish writing \(path): \(String(cString: strerror(errno)))")
    }
    // Keep the target's permissions when it exists (mkstemp makes 0600).
    var st = stat()
    chmod(temporary, stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0o644)
    if rename(temporary, path) != 0 {
      unlink(temporary)
      throw HinGlossError(.unreadableFile, "cannot replace \(path): \(String(cString: strerror(errno)))")
    }
    signal(SIGINT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
    releasePendingPath()
  }

  private static func releasePendingPath() {
    let p = pendingPath
    pendingPath = nil
    free(p)
  }

  /// Removes the temporary file (after an error).
  static func discard(fd: Int32, temporary: String) {
    close(fd)
    unlink(temporary)
    releasePendingPath()
  }

  /// Signal handler: only async-signal-safe calls.
  static func abandon(_ sig: Int32) {
    if let p = pendingPath { unlink(p) }
    _exit(128 + sig)
  }
}

/// Runs `body` with an output that is standard output, or (with a path) a temporary file
/// renamed over the path only when `body` finishes without error.
func writingOutput(_ path: String?, _ body: (Output) throws -> Void) throws {
  guard let path else {
    let out = Output()
    try body(out)
    out.flush()
    return
  }
  let file: (fd: Int32, temporary: String)
  do { file = try AtomicOutput.begin(path) } catch { throw report(error) }
  let out = Output(fd: file.fd)
  do {
    try body(out)
    out.flush()
  } catch {
    AtomicOutput.discard(fd: file.fd, temporary: file.temporary)
    throw error
  }
  do { try AtomicOutput.commit(fd: file.fd, temporary: file.temporary, to: path) } catch { throw report(error) }
}
