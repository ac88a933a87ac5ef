// Helpers shared by every fuzz target (Scripts/fuzz.sh compiles this folder with each one).

#if canImport(Glibc)
import Glibc
#endif

/// Bytes as two-digit lowercase hex, space-separated.
func hexBytes(_ bytes: some Sequence<UInt8>) -> String {
  bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined(separator: " ")
}

/// Scalars as `U+XXXX`, space-separated.
func hexScalars(_ s: String) -> String {
  s.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
}

/// Whether a UTF-8 offset is on a scalar boundary of `bytes` (the end counts).
func isBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
  offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
}

/// Reports a violated invariant with the input in hex, then stops in
/// `preconditionFailure` (libFuzzer saves the input, ASan prints the stack).
func fuzzFailure(_ target: String, _ message: String, input bytes: some Sequence<UInt8>, encoding: String = "UTF-8 hex") -> Never {
  fputs("\(target) invariant violated: \(message)\ninput (\(encoding)): \(hexBytes(bytes))\n", stderr)
  preconditionFailure("\(target): \(message)")
}
