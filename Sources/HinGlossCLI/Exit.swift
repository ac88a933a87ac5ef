import ArgumentParser
import HinGloss

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The documented exit codes (sysexits.h where one fits).
enum Exit {
  static let problemsFound = ExitCode(1)
  static let usage = ExitCode(64)
  static let dataError = ExitCode(65)
  static let noInput = ExitCode(66)
  static let ioError = ExitCode(74)
}

/// Prints an error to stderr and returns the exit code that fits it.
func report(_ error: HinGlossError) -> ExitCode {
  Stderr.write("hingloss: error: \(error)\n")
  switch error.code {
  case .missingFile: return Exit.noInput
  case .unreadableFile: return Exit.ioError
  default: return Exit.dataError
  }
}

enum Stderr {
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { buf in
      var offset = 0
      while offset < buf.count {
        let n = Glibc.write(2, buf.baseAddress! + offset, buf.count - offset)
        if n <= 0 { return }
        offset += n
      }
    }
  }
}
