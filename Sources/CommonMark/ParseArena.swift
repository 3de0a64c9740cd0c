// Stage: Parse (the libcmark wrapper). The memory libcmark parses into, given back at once.

internal import Ccmark

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Memory for the documents a thread parses: carved from large blocks, and given back all at
/// once when a document is done with.
///
/// libcmark allocates every node, and grows a buffer for every line and text, through the
/// allocator a parser is given; with the system's `malloc` that was as much time again as
/// the parsing (a case body is parsed several times in a build). Here an allocation is a bump
/// of an offset (with its size in front of it, for `realloc`), the buffer allocated last
/// grows in place, `free` does nothing, and ``withArena(_:)`` resets the arena when the
/// outermost document of the thread is done: nothing is freed node by node.
///
/// libcmark's callbacks carry no context, so each thread finds its own arena through a
/// thread-specific key; a thread's arena keeps its first block from one document to the next.
///
/// ```
/// ParseArena.withArena { memory in cmark_parser_new_with_mem(flags, memory) … }
///   // every node, buffer and rendered text of the parse lives until the closure returns
/// ```
final class ParseArena {
  /// The size of an ordinary block; a larger request gets a block of its own size.
  static let blockSize = 256 * 1024
  /// Each allocation's size is kept in the 16 bytes before it.
  private static let header = 16

  /// The blocks in use and their sizes; the first is kept across resets.
  private var blocks: [(start: UnsafeMutableRawPointer, size: Int)] = []
  /// The block being carved, how much of it is used, and its size.
  private var current: UnsafeMutableRawPointer?
  private var used = 0
  private var capacity = 0
  /// The allocation made last, which can grow in place.
  private var last: UnsafeMutableRawPointer?
  /// How many ``withArena(_:)`` calls of this thread are open.
  private var depth = 0

  deinit {
    for block in blocks { free(block.start) }
  }

  /// `size` bytes, 16-byte aligned; nil only when the system has no memory left.
  func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
    let total = Self.rounded(Self.header + size)
    if current == nil || used + total > capacity {
      guard startBlock(minimum: total) else { return nil }
    }
    let start = current! + used + Self.header
    (start - Self.header).storeBytes(of: size, as: Int.self)
    used += total
    last = start
    return start
  }

  /// The memory at `pointer` with room for `size` bytes, its contents kept: grown in place
  /// when it was allocated last and its block has room, otherwise copied.
  func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    guard let pointer else { return allocate(size) }
    let old = (pointer - Self.header).load(as: Int.self)
    if size <= old { return pointer }
    if pointer == last, let current {
      let end = pointer - current + Self.rounded(size)
      if end <= capacity {
        (pointer - Self.header).storeBytes(of: size, as: Int.self)
        used = end
        return pointer
      }
    }
    guard let moved = allocate(size) else { return nil }
    moved.copyMemory(from: pointer, byteCount: old)
    return moved
  }

  private static func rounded(_ size: Int) -> Int { (size + 15) & ~15 }

  private func startBlock(minimum: Int) -> Bool {
    let size = max(Self.blockSize, minimum)
    guard let block = malloc(size) else { return false }
    blocks.append((block, size))
    current = block
    used = 0
    capacity = size
    last = nil
    return true
  }

  /// Gives back every block but the first, when that is an ordinary one, and empties it.
  private func reset() {
    let kept = blocks.first.flatMap { $0.size == Self.blockSize ? $0 : nil }
    for block in blocks where block.start != kept?.start { free(block.start) }
    blocks = kept.map { [$0] } ?? []
    current = kept?.start
    used = 0
    capacity = kept?.size ?? 0
    last = nil
  }

  /// Runs `body` with the allocator of this thread's arena; when the outermost call of the
  /// thread returns, everything allocated from it is given back. Nothing allocated from it may
  /// be used after that.
  static func withArena<T>(_ body: (UnsafeMutablePointer<cmark_mem>) throws -> T) rethrows -> T {
    let arena = ofThisThread
    arena.depth += 1
    defer {
      arena.depth -= 1
      if arena.depth == 0 { arena.reset() }
    }
    return try body(memory)
  }

  /// This thread's arena, made on first use and released when the thread ends.
  private static var ofThisThread: ParseArena {
    if let stored = pthread_getspecific(key) { return Unmanaged<ParseArena>.fromOpaque(stored).takeUnretainedValue() }
    let arena = ParseArena()
    pthread_setspecific(key, Unmanaged.passRetained(arena).toOpaque())
    return arena
  }

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { stored in
      if let stored { Unmanaged<ParseArena>.fromOpaque(stored).release() }
    }
    return key
  }()

  /// libcmark's allocator, calling into the thread's arena.
  nonisolated(unsafe) private static let memory: UnsafeMutablePointer<cmark_mem> = {
    let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
    memory.initialize(to: cmark_mem(
      calloc: { count, size in
        let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
        guard !overflow, let pointer = ParseArena.ofThisThread.allocate(Int(bytes)) else { return nil }
        pointer.initializeMemory(as: UInt8.self, repeating: 0, count: Int(bytes))
        return pointer
      },
      realloc: { pointer, size in ParseArena.ofThisThread.reallocate(pointer, Int(size)) },
      free: { _ in }))
    return memory
  }()
}
