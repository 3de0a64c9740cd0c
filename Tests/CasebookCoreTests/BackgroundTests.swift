// Work started on another thread gives its value to whoever waits for it, as often as asked.

@testable import CasebookCore
import Dispatch
import Testing

@Suite struct BackgroundTests {
  @Test("the value is computed on another thread, waited for, and read again without running the work twice")
  func valueIsComputedOnce() {
    let started = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let runs = Counter()
    let work = Background { () -> [Int] in
      runs.add()
      started.signal()
      release.wait()  // the caller goes on meanwhile
      return Array(0..<1_000)
    }
    started.wait()
    release.signal()
    #expect(work.value.count == 1_000)
    #expect(work.value.last == 999)
    // Read from several threads at once: every reader gets the value.
    let sums = Array(0..<8).concurrentMap { _ in work.value.reduce(0, +) }
    #expect(sums == Array(repeating: 499_500, count: 8))
    #expect(runs.value == 1)
  }

  /// A count that threads add to.
  final class Counter: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var count = 0

    func add() {
      lock.wait()
      count += 1
      lock.signal()
    }

    var value: Int {
      lock.wait()
      defer { lock.signal() }
      return count
    }
  }
}
