// libFuzzer target: Glossary.parseEntries (the TSV glossary reader).
//
// The input is the raw bytes of a glossary file (any bytes: invalid UTF-8, BOMs, CRLF).
// Invariants (a violation stops the run with a message, libFuzzer saves the input):
// - parseEntries returns entries or throws HinGlossError, and never crashes (the typed
//   `throws(HinGlossError)` guarantees the error type; the fuzzer finds the crashes);
// - every thrown error has a location whose line is >= 1 and <= the number of lines of
//   the input, whose column is >= 1, whose byte offset (when given) lies inside the input,
//   and whose file is the name passed in;
// - every returned entry has a non-empty id, kind, English and Hindi form and at least one
//   source, and a location with line >= 1 inside the input.

import HinGloss

#if canImport(Glibc)
  import Glibc
#endif

private func fail(_ message: String, _ bytes: [UInt8]) -> Never {
  fuzzFailure("glossary-reader", message, input: bytes, encoding: "hex")
}

private let fileName = "fuzz.tsv"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let lineCount = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
  do {
    let entries = try Glossary.parseEntries(bytes, file: fileName)
    for entry in entries {
      if entry.id.isEmpty || entry.english.isEmpty || entry.hindi.isEmpty || entry.sources.isEmpty {
        fail("entry with an empty required field: id '\(entry.id)'", bytes)
      }
      guard let location = entry.location else { fail("entry '\(entry.id)' has no location", bytes) }
      if location.line < 1 || location.line > lineCount {
        fail("entry '\(entry.id)' at line \(location.line), outside 1...\(lineCount)", bytes)
      }
      if let offset = location.byteOffset, offset < 0 || offset > bytes.count {
        fail("entry '\(entry.id)' at byte offset \(offset), outside 0...\(bytes.count)", bytes)
      }
    }
    // A glossary of the entries builds (ids may repeat: later ones win).
    _ = Glossary(entries: entries, files: [fileName])
  } catch {
    // `error` is HinGlossError by the typed throw.
    guard let location = error.location else {
      fail("error without a location: \(error)", bytes)
    }
    if location.line < 1 {
      fail("error at line \(location.line) < 1: \(error)", bytes)
    }
    if location.line > lineCount {
      fail("error at line \(location.line), past the input's \(lineCount) lines: \(error)", bytes)
    }
    if location.column < 1 {
      fail("error at column \(location.column) < 1: \(error)", bytes)
    }
    if let offset = location.byteOffset, offset < 0 || offset > bytes.count {
      fail("error at byte offset \(offset), outside 0...\(bytes.count): \(error)", bytes)
    }
    if location.file != fileName {
      fail("error names file '\(location.file)', not '\(fileName)'", bytes)
    }
    if error.message.isEmpty {
      fail("error with an empty message at \(location)", bytes)
    }
  }
  return 0
}
