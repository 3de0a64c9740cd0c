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

  @Test("each runs at once, on a thread of its own, however many are running and however busy the workers of concurrentMap are")
  func neverWaitsForAWorker() {
    let count = ProcessorCount.active + 2
    let started = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    // Every one waits for the test to let it go: work that waited for a free worker thread
    // would not start until another ended, and its `started` would never come.
    let works = (0..<count).map { number in
      Background { () -> Int in
        started.signal()
        _ = release.wait(timeout: .now() + 10)
        return number
      }
    }
    // Dispatch's workers do grow when all of them are blocked, but only after seconds.
    let deadline = DispatchTime.now() + 1
    let allStarted = (0..<count).allSatisfy { _ in started.wait(timeout: deadline) == .success }
    #expect(allStarted, "\(count) started within a second while none had ended")
    for _ in 0..<count { release.signal() }
    #expect(works.map(\.value) == Array(0..<count))
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
