// Stage: Write. An incremental commit that completes or is undone, and its journal.

internal import CasebookCore
internal import Foundation

extension SiteWriter {
  /// The steps of an incremental commit: every file it replaces or removes is first linked
  /// aside into the staging folder (``SiteWriter/setAside``), then each staged file is renamed
  /// into place and each removed file unlinked. Readers of the site never see a file missing
  /// or half written: each file changes in one `rename(2)`.
  ///
  /// The journal, written before the first step, lists what the commit does. A commit that
  /// fails at a step renames its journal to ``SiteWriter/undoJournal`` and undoes the steps
  /// done: the files set aside go back, new files go. A build killed midway leaves the journal
  /// for the next build, which finishes the commit (``replay(journal:staging:target:fileSystem:)``)
  /// or, if it was being undone, undoes it (``undo(journal:staging:target:fileSystem:)``).
  ///
  /// ```
  /// w index.html    →  link Site/index.html to .casebook-old/index.html; rename staged index.html over it
  /// n cases/b/x     →  rename staged cases/b/x into Site/cases/b/ (made if missing)
  /// r cases/a/x     →  link Site/cases/a/x to .casebook-old/cases/a/x; unlink it
  /// ```
  enum Commit {
    struct Entry: Equatable {
      enum Kind: Character {
        case replaced = "w"
        case new = "n"
        case removed = "r"
      }

      var kind: Kind
      var path: String
    }

    /// Checks, before anything is moved, that every folder these files go into or leave (or
    /// the nearest one that exists) can be written.
    static func checkWritable(_ paths: [String], fileSystem: any SiteFileSystem) throws {
      var checked = Set<String>()
      for path in paths {
        var folder = SiteWriter.folder(of: path)
        while !folder.isEmpty, folder != "/", !fileSystem.exists(folder) { folder = SiteWriter.folder(of: folder) }
        guard checked.insert(folder).inserted else { continue }
        guard fileSystem.isWritable(folder) else { throw BuildError("cannot write into \(folder): permission denied; the site was left as it was") }
      }
    }

    /// Checks, before a site is swapped out, that it and every folder in it can be written:
    /// a folder that cannot would stop the old site from being removed once swapped out.
    static func checkWritable(site: String, fileSystem: any SiteFileSystem) throws {
      var folders = [site]
      while let folder = folders.popLast() {
        guard fileSystem.isWritable(folder) else { throw BuildError("cannot write into \(folder): permission denied; the site was left as it was") }
        folders += fileSystem.subfolders(folder).sorted(by: >).map { folder + "/" + $0 }
      }
    }

    /// Runs the commit's steps; on a failure, undoes the ones done and throws what failed.
    static func run(_ journal: [Entry], staging: String, target: String, fileSystem: any SiteFileSystem) throws {
      try fileSystem.write(Array(journal.map { "\($0.kind.rawValue) \($0.path)\n" }.joined().utf8), to: staging + "/" + SiteWriter.journal)
      var made = Set<String>()
      func makeFolder(of path: String) throws {
        let folder = SiteWriter.folder(of: path)
        if made.insert(folder).inserted { try fileSystem.createDirectory(folder) }
      }
      var done = 0
      do {
        for entry in journal {
          let destination = target + "/" + entry.path
          // A file the last build wrote and that is gone (the build then starts again whole)
          // has nothing to set aside.
          let exists = entry.kind != .new && fileSystem.exists(destination)
          if exists {
            let aside = staging + "/" + SiteWriter.setAside + "/" + entry.path
            try makeFolder(of: aside)
            try fileSystem.link(destination, to: aside)
          }
          if entry.kind == .removed {
            if exists { try fileSystem.remove(destination) }
          } else {
            try makeFolder(of: destination)
            try fileSystem.replace(staging + "/" + entry.path, with: destination)
          }
          done += 1
        }
      } catch {
        // What was done is undone, the journal first renamed so that a build killed meanwhile
        // goes on undoing.
        try? fileSystem.replace(staging + "/" + SiteWriter.journal, with: staging + "/" + SiteWriter.undoJournal)
        var undone = (try? undo(journal: Array(journal.prefix(done + 1)), staging: staging, target: target, fileSystem: fileSystem)) != nil
        // Undone: no journal is left for the next build to act on.
        if undone { undone = (try? fileSystem.remove(staging + "/" + SiteWriter.undoJournal)) != nil }
        throw BuildError("\(ErrorText.describe(error)); " + (undone ? "the site was left as it was" : "the next build will put the site back as it was"))
      }
    }

    /// Puts back what the steps of `journal` changed, last first: the files set aside return
    /// to their places, and the new files that were moved in go.
    static func undo(journal: [Entry], staging: String, target: String, fileSystem: any SiteFileSystem) throws {
      for entry in journal.reversed() {
        let destination = target + "/" + entry.path
        if entry.kind == .new {
          // Moved in when no longer staged; its folder may have been made for it either way.
          if !fileSystem.exists(staging + "/" + entry.path), fileSystem.exists(destination) { try fileSystem.remove(destination) }
          removeEmptyFolders(above: entry.path, in: target, fileSystem: fileSystem)
        } else {
          let aside = staging + "/" + SiteWriter.setAside + "/" + entry.path
          guard fileSystem.exists(aside) else { continue }
          try fileSystem.replace(aside, with: destination)
        }
      }
    }

    /// Finishes the steps of `journal` a killed build left undone: the files still staged are
    /// moved into place, the removed ones removed.
    static func replay(journal: [Entry], staging: String, target: String, fileSystem: any SiteFileSystem) throws {
      for entry in journal {
        let destination = target + "/" + entry.path
        if entry.kind == .removed {
          try? fileSystem.remove(destination)
          removeEmptyFolders(above: entry.path, in: target, fileSystem: fileSystem)
        } else if fileSystem.exists(staging + "/" + entry.path) {
          try fileSystem.createDirectory(SiteWriter.folder(of: destination))
          try fileSystem.replace(staging + "/" + entry.path, with: destination)
        }
      }
    }

    /// The entries of a journal file.
    static func read(_ path: String) throws -> [Entry] {
      try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
        guard line.count > 2, let kind = line.first.flatMap(Entry.Kind.init(rawValue:)) else { return nil }
        return Entry(kind: kind, path: String(line.dropFirst(2)))
      }
    }

    /// Removes folders left empty by a removed file (`cases/old-id/`), up to the site's root.
    static func removeEmptyFolders(above path: String, in target: String, fileSystem: any SiteFileSystem) {
      var folder = SiteWriter.folder(of: path)
      while !folder.isEmpty, folder != ".", let entries = try? fileSystem.list(target + "/" + folder), entries.isEmpty {
        try? fileSystem.remove(target + "/" + folder)
        folder = SiteWriter.folder(of: folder)
      }
    }
  }
}
