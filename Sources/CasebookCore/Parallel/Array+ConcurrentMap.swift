// Parallel work for every stage that handles cases one by one (parse, render, index, man pages).

internal import Dispatch
internal import Foundation

extension Array {
  /// `map` on every core, with the results in the order of the elements.
  ///
  /// The elements are split into a few contiguous chunks per core; each chunk writes its own
  /// slots of the result, so the output is the same as `map`'s whatever the scheduling. The
  /// first error in element order is thrown, as `map` would, after all chunks have finished.
  ///
  /// ```swift
  /// let pages = try records.concurrentMap { try render($0) }   // pages[i] is render(records[i])
  /// ```
  package func concurrentMap<T, E: Error>(_ transform: (Element) throws(E) -> T) throws(E) -> [T] {
    let count = self.count
    let workers = ProcessorCount.active
    guard count > 1, workers > 1 else {
      var results: [T] = []
      results.reserveCapacity(count)
      for element in self { results.append(try transform(element)) }
      return results
    }
    let chunks = Swift.min(count, workers * 4)
    var results = [Result<T, E>?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { slots in
      let slots = UncheckedBox(slots)
      withoutActuallyEscaping(transform) { transform in
        let transform = UncheckedBox(transform)
        self.withUnsafeBufferPointer { elements in
          let elements = UncheckedBox(elements)
          DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            for index in range {
              slots.value[index] = Result { () throws(E) -> T in try transform.value(elements.value[index]) }
            }
          }
        }
      }
    }
    var output: [T] = []
    output.reserveCapacity(count)
    for result in results { output.append(try result!.get()) }
    return output
  }
}

/// A value handed to worker threads that each touch disjoint parts of it.
private struct UncheckedBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// How many threads parallel work uses: the cores this process may run on, or `CASEBOOK_THREADS`.
package enum ProcessorCount {
  package static let active: Int = {
    if let text = ProcessInfo.processInfo.environment["CASEBOOK_THREADS"], let value = Int(text), value > 0 { return value }
    return ProcessInfo.processInfo.activeProcessorCount.clamped(1, 64)
  }()
}

extension Int {
  fileprivate func clamped(_ low: Int, _ high: Int) -> Int { Swift.max(low, Swift.min(high, self)) }
}
