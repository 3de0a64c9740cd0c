// Test support: a live headless Chromium, driven over the DevTools protocol, for pages that
// change while a test watches them (live reload).

package import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A headless Chromium (Debian's `chromium`) that a test drives over the DevTools protocol on
/// a pipe (`--remote-debugging-pipe`: commands in on fd 3, answers out on fd 4, each a JSON
/// object ended by a NUL byte): open a page, evaluate JavaScript in it, wait for a condition,
/// take a screenshot. One page at a time; the browser ends with the value.
///
/// ```
/// let browser = try Browser()
/// try browser.open("http://127.0.0.1:7777/")
/// try browser.wait(until: "document.title.includes('Casebook')")
/// ```
package final class Browser {
  private let pid: pid_t
  private let commands: Int32
  private let answers: Int32
  private let profile: URL
  private var buffer: [UInt8] = []
  private var nextID = 0
  private var session: String?

  package init() throws {
    profile = try Fixtures.temporaryFolder("chromium-profile")
    var toChromium: [Int32] = [0, 0], fromChromium: [Int32] = [0, 0]
    guard pipe(&toChromium) == 0, pipe(&fromChromium) == 0 else { throw BrowserError("pipe: \(errno)") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChromium[0], 3)
    posix_spawn_file_actions_adddup2(&actions, fromChromium[1], 4)
    let devNull = Glibc.open("/dev/null", O_WRONLY)
    posix_spawn_file_actions_adddup2(&actions, devNull, 1)
    posix_spawn_file_actions_adddup2(&actions, devNull, 2)
    let arguments = [
      "chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
      "--user-data-dir=\(profile.path)", "--window-size=1280,900", "about:blank",
    ]
    var argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let environment = ExternalTool.environment().map { "\($0.key)=\($0.value)" }
    var envp = environment.map { strdup($0) } + [nil]
    defer { envp.forEach { free($0) } }
    var child: pid_t = 0
    let status = posix_spawnp(&child, "chromium", &actions, nil, &argv, &envp)
    close(devNull)
    close(toChromium[0])
    close(fromChromium[1])
    guard status == 0 else {
      close(toChromium[1])
      close(fromChromium[0])
      throw BrowserError("cannot start chromium: \(String(cString: strerror(status)))")
    }
    pid = child
    commands = toChromium[1]
    answers = fromChromium[0]
  }

  deinit {
    _ = try? send("Browser.close", [:], timeout: 5)
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    close(commands)
    close(answers)
    try? FileManager.default.removeItem(at: profile)
  }

  /// Opens `url` in a new page, which later calls use, laid out as a screen of `width` ×
  /// `height` shows it (a phone's when narrower than 600 px) and for a reader who chose
  /// `colorScheme` (`light` or `dark`, or the browser's default), and waits until it has loaded.
  ///
  /// A new page starts as `about:blank`, whose document is already complete: waiting only for
  /// `readyState` could answer for that document, and the next evaluation would then lose its
  /// context when the real page replaced it. So the page opens blank, is given its screen (which
  /// its scripts see from their first line), is sent to `url`, and the wait asks for a document
  /// that is no longer the blank one.
  package func open(_ url: String, width: Int = 1280, height: Int = 900, colorScheme: String? = nil) throws {
    let created = try send("Target.createTarget", ["url": "about:blank"])
    guard let target = created["targetId"] as? String else { throw BrowserError("no target: \(created)") }
    let attached = try send("Target.attachToTarget", ["targetId": target, "flatten": true])
    session = attached["sessionId"] as? String
    _ = try send("Emulation.setDeviceMetricsOverride", ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600], session: session)
    if let colorScheme {
      _ = try send("Emulation.setEmulatedMedia", ["features": [["name": "prefers-color-scheme", "value": colorScheme]]], session: session)
    }
    let navigated = try send("Page.navigate", ["url": url], session: session)
    if let failure = navigated["errorText"] as? String { throw BrowserError("\(url): \(failure)") }
    try wait(until: "location.href !== 'about:blank' && document.readyState === 'complete'")
  }

  /// The value of a JavaScript expression in the page (awaited if a promise).
  @discardableResult
  package func evaluate(_ expression: String) throws -> Any? {
    let answer = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true], session: session)
    if let exception = answer["exceptionDetails"] { throw BrowserError("\(expression): \(exception)") }
    return (answer["result"] as? [String: Any])?["value"]
  }

  /// Waits (up to `timeout` seconds) until the expression is truthy in the page; an expression
  /// that throws (the page is reloading) counts as false.
  package func wait(until expression: String, timeout: TimeInterval = 15) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let value = try? evaluate("Boolean(\(expression))") as? Bool, value { return }
      usleep(100_000)
    }
    throw BrowserError("timed out waiting for \(expression)")
  }

  /// Presses and lets go of a key, as a keyboard does: `Tab`, `Enter`, `Escape`, `ArrowDown`,
  /// `ArrowUp` or `/`.
  package func press(_ key: String) throws {
    let keys: [String: (code: String, keyCode: Int, text: String?)] = [
      "Tab": ("Tab", 9, nil), "Enter": ("Enter", 13, "\r"), "Escape": ("Escape", 27, nil),
      "ArrowDown": ("ArrowDown", 40, nil), "ArrowUp": ("ArrowUp", 38, nil), "/": ("Slash", 191, "/"),
    ]
    guard let info = keys[key] else { throw BrowserError("no key \(key)") }
    var down: [String: Any] = ["type": info.text == nil ? "rawKeyDown" : "keyDown", "key": key, "code": info.code, "windowsVirtualKeyCode": info.keyCode]
    if let text = info.text { down["text"] = text }
    _ = try send("Input.dispatchKeyEvent", down, session: session)
    _ = try send("Input.dispatchKeyEvent", ["type": "keyUp", "key": key, "code": info.code, "windowsVirtualKeyCode": info.keyCode], session: session)
  }

  /// Types `text` into the element that has the focus, as an input method commits it.
  package func type(_ text: String) throws {
    _ = try send("Input.insertText", ["text": text], session: session)
  }

  /// A PNG of the page as shown.
  package func screenshot() throws -> Data {
    let answer = try send("Page.captureScreenshot", ["format": "png"], session: session)
    guard let text = answer["data"] as? String, let data = Data(base64Encoded: text) else { throw BrowserError("no screenshot") }
    return data
  }

  /// Sends one command and returns its result, skipping the events that arrive meanwhile.
  private func send(_ method: String, _ parameters: [String: Any], session: String? = nil, timeout: TimeInterval = 30) throws -> [String: Any] {
    nextID += 1
    var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
    if let session { message["sessionId"] = session }
    var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
    bytes.append(0)
    var sent = 0
    while sent < bytes.count {
      let count = bytes[sent...].withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
      guard count > 0 else { throw BrowserError("chromium closed its pipe") }
      sent += count
    }
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let end = buffer.firstIndex(of: 0) {
        let text = Data(buffer[..<end])
        buffer.removeSubrange(...end)
        guard let answer = try JSONSerialization.jsonObject(with: text) as? [String: Any], answer["id"] as? Int == nextID else { continue }
        if let error = answer["error"] { throw BrowserError("\(method): \(error)") }
        return answer["result"] as? [String: Any] ?? [:]
      }
      var ready = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
      let left = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
      guard left > 0, poll(&ready, 1, left) > 0 else { throw BrowserError("\(method): no answer from chromium") }
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let count = chunk.withUnsafeMutableBytes { read(answers, $0.baseAddress, $0.count) }
      guard count > 0 else { throw BrowserError("chromium closed its pipe") }
      buffer += chunk[..<count]
    }
  }
}

/// What went wrong driving Chromium.
package struct BrowserError: Error, CustomStringConvertible {
  package var description: String
  init(_ description: String) { self.description = description }
}
