// Work that overlaps the stages: reading what the last build left while the build goes on.

internal import Dispatch
internal import Foundation

/// A value computed on another thread while the caller goes on; ``value`` waits for it.
///
/// An incremental build is mostly one thread's work (every case but one is taken over), so
/// the other core is free: the caches the last build left are read and decoded there, the
/// outputs' stamps checked, `cases.json` written and the next build's caches saved, while the
/// stages go on.
///
/// ```swift
/// let state = Background { IndexState(bytes: read(path)) }   // starts at once
/// …                                                           // other work
/// use(state.value)                                            // waits, if it must
/// ```
///
/// Each runs on a thread of its own, not on Dispatch's workers: those are as many as the cores,
/// and `concurrentMap` shares them out. Work queued behind them waited for a free worker (the
/// parse results of the last build were decoded on one core while the caller had nothing to
/// do), and work that itself maps over every core got none to spare.
package final class Background<Value: Sendable>: @unchecked Sendable {
  // Written once by the worker before `done` is signalled; read only after waiting on it.
  private var result: Value?
  private let done = DispatchSemaphore(value: 0)

  package init(_ work: @escaping @Sendable () -> Value) {
    let thread = Thread {
      self.result = work()
      self.done.signal()
    }
    thread.start()
  }

  /// The value, once computed (waits for it the first time).
  package var value: Value {
    done.wait()
    defer { done.signal() }
    return result!
  }
}
