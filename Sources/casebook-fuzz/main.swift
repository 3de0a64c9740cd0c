// Fuzzing: the libFuzzer program. Built only with CASEBOOK_FUZZ set (see Package.swift and
// .ci/fuzz), with -sanitize=fuzzer,address; libFuzzer's driver runs with our arguments.

import CasebookFuzz
import Foundation

/// libFuzzer's driver, which parses its options from the arguments and runs the callback on
/// each input (part of libFuzzer since LLVM 11).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

guard let name = ProcessInfo.processInfo.environment["CASEBOOK_FUZZ_TARGET"], let check = FuzzCheck(rawValue: name) else {
  fatalError("set CASEBOOK_FUZZ_TARGET to one of \(FuzzCheck.allCases.map(\.rawValue).joined(separator: ", "))")
}
/// The check of this run, for the callback (a C function pointer captures nothing).
nonisolated(unsafe) var selected = check

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { data, size in
  // One input, checked; a broken invariant stops the run with the input saved.
  let problems = selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  if let first = problems.first { fatalError("\(selected.rawValue): \(first)") }
  return 0
})
