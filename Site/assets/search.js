// Casebook search: the same engine as `casebook search` (Sources/CasebookSearch), in plain
// JavaScript. It loads the index as <script> files, so it works from file:// with no server.
// Specified in docs/search.md; the shared test vectors keep both implementations equal.
(function () {
  "use strict";

  // ---------------------------------------------------------------- tokenizer
  var WORD = /[\p{L}\p{N}\p{M}]/u;
  var JOINERS = new Set([".", ",", ":", "=", "/", "-", "_", "+", "@", "#", "%", "~", "*", "&", "\\"]);
  var LEADING_TRIM = new Set([",", ":", "=", "+", "*", "&"]);
  var TRAILING_TRIM = new Set([".", ",", ":", "=", "/", "-", "+", "*", "&"]);
  var LONGEST_TOKEN = 64;

  // A word a misspelling can stand for: four or more letters, none of them CJK (Tokenizer.isTypoWord).
  function isTypoWord(term) {
    return /^\p{L}+$/u.test(term) && !Array.from(term).some(isCJK) && length(term) >= 4;
  }
  function isCJK(ch) {
    var v = ch.codePointAt(0);
    return (v >= 0x3040 && v <= 0x30FF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) ||
      (v >= 0xAC00 && v <= 0xD7AF) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x2FFFF);
  }
  function normalize(text) { return text.normalize("NFKC").toLowerCase(); }
  function isWord(ch) { return WORD.test(ch); }

  function chunks(text) {
    var result = [], current = [];
    Array.from(text).forEach(function (ch) {
      if (isWord(ch) || JOINERS.has(ch)) { current.push(ch); }
      else if (current.length) { result.push(current); current = []; }
    });
    if (current.length) { result.push(current); }
    return result.map(trim).filter(function (c) { return c.length > 0; });
  }
  function trim(chunk) {
    var start = 0, end = chunk.length;
    while (start < end && LEADING_TRIM.has(chunk[start])) { start++; }
    while (end > start && TRAILING_TRIM.has(chunk[end - 1])) { end--; }
    return chunk.slice(start, end);
  }
  function trimTrailingThenLeading(chunk) {
    var start = 0, end = chunk.length;
    while (end > start && TRAILING_TRIM.has(chunk[end - 1])) { end--; }
    while (start < end && LEADING_TRIM.has(chunk[start])) { start++; }
    return chunk.slice(start, end);
  }
  function words(chunk) {
    var result = [], current = "";
    chunk.forEach(function (ch) {
      if (isWord(ch)) { current += ch; } else if (current) { result.push(current); current = ""; }
    });
    if (current) { result.push(current); }
    return result.filter(function (w) { return Array.from(w).length <= LONGEST_TOKEN; });
  }

  var VOLATILE_DIGITS = 6;
  function isDigit(ch) { return ch >= "0" && ch <= "9" && ch.length === 1; }
  function isVolatileNumber(word) { var chars = Array.from(word); return chars.length >= VOLATILE_DIGITS && chars.every(isDigit); }
  function collapseVolatileDigits(chars) {
    var out = [], i = 0;
    while (i < chars.length) {
      var end = i;
      while (end < chars.length && isDigit(chars[end])) { end++; }
      if (end - i >= VOLATILE_DIGITS) { out.push("0"); i = end; }
      else if (end > i) { for (var k = i; k < end; k++) { out.push(chars[k]); } i = end; }
      else { out.push(chars[i]); i++; }
    }
    return out;
  }

  function tokens(text, start) {
    var out = [], position = start || 0;
    chunks(normalize(text)).forEach(function (chunk) {
      var pending = [], cjk = [];
      function flushPending() {
        if (!pending.length) { return; }
        var slice = trimTrailingThenLeading(pending);
        pending = [];
        var all = words(slice);
        if (!all.length) { return; }
        if (slice.some(function (ch) { return JOINERS.has(ch); })) {
          var whole = collapseVolatileDigits(slice);
          if (whole.length <= LONGEST_TOKEN) { out.push({ text: whole.join(""), position: position, primary: true }); }
          all.forEach(function (part) { if (!isVolatileNumber(part)) { out.push({ text: part, position: position, primary: false }); } });
        } else {
          if (isVolatileNumber(all[0])) { return; }
          out.push({ text: slice.join(""), position: position, primary: true });
        }
        position++;
      }
      function flushCJK() {
        if (!cjk.length) { return; }
        if (cjk.length === 1) { out.push({ text: cjk[0], position: position++, primary: true }); }
        else { for (var i = 0; i < cjk.length - 1; i++) { out.push({ text: cjk[i] + cjk[i + 1], position: position++, primary: true }); } }
        cjk = [];
      }
      chunk.forEach(function (ch) {
        if (isCJK(ch)) { flushPending(); cjk.push(ch); } else { flushCJK(); pending.push(ch); }
      });
      flushPending();
      flushCJK();
    });
    return out;
  }

  // ---------------------------------------------------------------- signatures
  var WHITE_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
  var POD_HASH = "[bcdfghjklmnpqrstvwxz2456789]";
  var MONTH_NAMES = /(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)(?![a-z])/g;
  function normalizeSignature(line) {
    return stripLogPrefix(preparedSignature(line)).replace(MONTH_NAMES, "MON");
  }
  // Steps 1 to 5 (SignatureNormalizer.prepared): all but the log prefix and month names.
  function preparedSignature(line) {
    return line.normalize("NFKC").replace(/\uFEFF/g, "").toLowerCase().replace(WHITE_SPACE, " ").trim()
      .replace(/(?<![0-9a-z])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-z])/g, "UUID")
      .replace(new RegExp("-" + POD_HASH + "{8,10}-" + POD_HASH + "{5}(?![0-9a-z])", "g"), "-POD")
      .replace(/(?<![0-9a-z])tmp\.[0-9a-z]{6,12}(?![0-9a-z])/g, "tmp.TMP")
      .replace(/0x[0-9a-f]+/g, "ADDR")
      .replace(/(?<![0-9a-z])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{4,}(?![0-9a-z])/g, "HEX")
      .replace(/[0-9]+/g, "N");
  }
  // The lines a pasted line is looked up as (SignatureNormalizer.lookups): its normal form, then
  // the forms a signature inside it may have, longest first, at most SIGNATURE_LOOKUP_LIMIT.
  var SIGNATURE_LOOKUP_LIMIT = 8;
  function signatureLookups(line) {
    var whole = preparedSignature(line);
    var forms = [stripLogPrefix(whole)].concat(logPrefixAlternatives(whole), [whole]);
    var cuts = 0, chars = Array.from(whole);
    for (var i = 1; i < chars.length && cuts < 4; i++) {
      if (chars[i] === " " && (chars[i - 1] === ":" || chars[i - 1] === "]")) {
        var rest = chars.slice(i + 1).join("");
        if (rest) { forms.push(rest); }
        cuts++;
      }
    }
    var withClauses = [];
    forms.forEach(function (form) {
      withClauses.push(form);
      var open = form.lastIndexOf(" (");
      if (form.endsWith(")") && open > 0) { withClauses.push(form.slice(0, open)); }
    });
    var normal = withClauses[0].replace(MONTH_NAMES, "MON"), seen = new Set([normal]), result = [];
    withClauses.slice(1).forEach(function (form) {
      var finished = form.replace(MONTH_NAMES, "MON");
      if (finished && !seen.has(finished)) { seen.add(finished); result.push(finished); }
    });
    function length(t) { return Array.from(t).length; }
    result.sort(function (a, b) { return length(a) !== length(b) ? length(b) - length(a) : (codePointLess(a, b) ? -1 : 1); });
    return [normal].concat(result).slice(0, SIGNATURE_LOOKUP_LIMIT);
  }
  // A logger's part of a normalized line taken off (LogPrefix in the Swift engine): syslog or
  // journald, then a logfmt or JSON message, then a timestamp and level, then klog's prefix.
  var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  var STAMP = "N-N-N[t ]N:N:N(?:[.,]N)?(?:z|[+-]N(?::N)?)?";
  var SYSLOG = new RegExp("^(?:(?:" + MONTHS.join("|") + ") N N:N:N|" + STAMP + ") [^ ]+ [^ :\\[]+(?:\\[N\\])?: ");
  var LOGFMT = /(?:^| )msg="((?:[^"\\]|\\.)*)"/;
  var JSON_MESSAGE = /^\{.*"(?:msg|message)": ?"((?:[^"\\]|\\.)*)"/;
  var LEVEL = new RegExp("^\\[?" + STAMP + "\\]? \\[?(?:error|err|warn|warning|info|debug|fatal|crit|critical|panic|notice|trace)\\]?:? ");
  var KLOG = /^(?:[wi]N|HEX) N:N:N\.N +N [^ \]]+:N\] /;
  var STAMP_AND_HOST = new RegExp("^(?:(?:" + MONTHS.join("|") + ") N N:N:N|" + STAMP + ") [^ ]+ ");
  // Checks before the regular expressions run (LogPrefix.opensWithSyslogTime, opensWithTimestamp, opensWithKlog).
  function opensWithSyslogTime(line) { return line.startsWith("N-N-N") || MONTHS.some(function (m) { return line.startsWith(m + " N "); }); }
  function opensWithTimestamp(line) { return line.startsWith("N-N-N") || line.startsWith("[N-N-N"); }
  // klog's level and date (E1204, a hex id to step 4; I1204 → iN), then a clock time.
  function opensWithKlog(line) { return line.startsWith("HEX N:N:N.N ") || ("wi".indexOf(line.charAt(0)) !== -1 && line.charAt(0) !== "" && line.slice(1).startsWith("N N:N:N.N ")); }
  // The line with only the time and host, or only a timestamp and level, taken off
  // (LogPrefix.alternatives): for a signature recorded with the rest of the logger's part.
  function logPrefixAlternatives(line) {
    var forms = [];
    if (opensWithSyslogTime(line)) { forms.push(removingPrefix(STAMP_AND_HOST, line)); }
    if (opensWithTimestamp(line)) { forms.push(removingPrefix(LEVEL, line)); }
    return forms.filter(function (f) { return f !== line; });
  }
  function removingPrefix(expression, text) {
    var m = expression.exec(text);
    return m && m.index === 0 && text.length > m[0].length ? text.slice(m[0].length) : text;
  }
  function stripLogPrefix(line) {
    function capture(expression, text) {
      var m = expression.exec(text);
      return m && m[1] ? m[1].replace(/\\(.)/g, "$1") : null;
    }
    var text = line;
    if (opensWithSyslogTime(text)) { text = removingPrefix(SYSLOG, text); }
    if (text.startsWith("{")) { text = capture(JSON_MESSAGE, text) || text; }
    else if (text.indexOf('msg="') !== -1) { text = capture(LOGFMT, text) || text; }
    if (opensWithTimestamp(text)) { text = removingPrefix(LEVEL, text); }
    if (opensWithKlog(text)) { text = removingPrefix(KLOG, text); }
    return text === line ? line : text.replace(/^ +| +$/g, "");
  }
  // A term's inverse document frequency, times 10,000 and rounded, from its document
  // frequency and the number of documents (SearchIndexBuilder.idf in the Swift engine).
  function idfOf(frequency, documents) {
    return Math.round(Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5)) * 10000);
  }

  function fnv1a32(text) {
    var bytes = new TextEncoder().encode(text), hash = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { hash ^= bytes[i]; hash = Math.imul(hash, 0x01000193) >>> 0; }
    return hash >>> 0;
  }
  function codePointLess(a, b) {
    var x = Array.from(a), y = Array.from(b);
    for (var i = 0; i < Math.min(x.length, y.length); i++) {
      var d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d !== 0) { return d < 0; }
    }
    return x.length < y.length;
  }
  function compareCodePoints(a, b) { return codePointLess(a, b) ? -1 : (codePointLess(b, a) ? 1 : 0); }
  function startsWithCodePoints(text, prefix) { return text.startsWith(prefix); }
  function length(text) { return Array.from(text).length; }

  // ---------------------------------------------------------------- query
  function parseQuery(text) {
    var trimmedEnd = text.replace(/[\r\n]+$/, "");
    var lines = trimmedEnd.split(/[\r\n]+/).map(function (l) { return l.trim(); }).filter(function (l) { return l.length > 0; });
    var query = { words: [], phrases: [], lines: [], prefixLast: false };
    if (lines.length > 1) { query.lines = lines.slice(0, 200); return query; }
    var single = lines[0] || "";
    query.lines = single ? [single] : [];
    // A line longer than 60 characters is pasted: its quotes are text (SearchQuery.quotedPhraseLimit).
    var rest = "", inQuote = false, phrase = "", quotesArePhrases = Array.from(single).length <= 60;
    Array.from(single).forEach(function (ch) {
      if (ch === "\"" && quotesArePhrases) {
        if (inQuote) { if (phrase.trim()) { query.phrases.push(phrase.trim()); } phrase = ""; rest += " "; }
        inQuote = !inQuote;
      } else if (inQuote) { phrase += ch; } else { rest += ch; }
    });
    if (inQuote) { rest += " " + phrase; }
    query.words = rest.split(/[ \t]+/).filter(function (w) { return w.length > 0; });
    var last = text.length ? Array.from(text).pop() : "";
    query.prefixLast = query.words.length > 0 && last !== "" && !/\s/.test(last) && last !== "\"";
    return query;
  }

  function withinOneEdit(a, b) {
    var x = Array.from(a), y = Array.from(b);
    if (a === b || Math.abs(x.length - y.length) > 1) { return false; }
    if (x.length === y.length) {
      var differing = [];
      for (var k = 0; k < x.length; k++) { if (x[k] !== y[k]) { differing.push(k); } }
      if (differing.length === 2 && differing[1] === differing[0] + 1 && x[differing[0]] === y[differing[1]] && x[differing[1]] === y[differing[0]]) { return true; }
    }
    var i = 0, j = 0, edits = 0;
    while (i < x.length && j < y.length) {
      if (x[i] === y[j]) { i++; j++; continue; }
      edits++;
      if (edits > 1) { return false; }
      if (x.length > y.length) { i++; } else if (x.length < y.length) { j++; } else { i++; j++; }
    }
    return edits + (x.length - i) + (y.length - j) === 1;
  }

  // ---------------------------------------------------------------- index loading
  var root = (function () {
    var script = document.currentScript;
    var src = script ? script.getAttribute("src") : "assets/search.js";
    return src.replace(/assets\/search\.js.*$/, "");
  })();
  var loaded = new Map(), waiting = new Map();
  var bytesLoaded = 0;

  window.CasebookSearch = window.CasebookSearch || {};
  window.CasebookSearch.add = function (name, data) {
    // Term and signature shards are [key, value] pairs: keep them as Maps.
    var value = (name.charAt(0) === "t" || name.charAt(0) === "s") && name.charAt(1) === "/" ? new Map(data) : data;
    loaded.set(name, value);
    if (waiting.has(name)) { waiting.get(name).forEach(function (w) { w.resolve(value); }); waiting.delete(name); }
  };
  function load(name) {
    if (loaded.has(name)) { return Promise.resolve(loaded.get(name)); }
    return new Promise(function (resolve, reject) {
      var first = !waiting.has(name);
      if (first) { waiting.set(name, []); }
      waiting.get(name).push({ resolve: resolve, reject: reject });
      if (!first) { return; }
      var script = document.createElement("script");
      script.src = root + "search/" + name + ".js";
      script.async = true;
      script.onerror = function () {
        (waiting.get(name) || []).forEach(function (w) { w.reject(new Error("cannot load " + name)); });
        waiting.delete(name);
      };
      script.onload = function () {
        try { var entry = performance.getEntriesByName(script.src)[0]; if (entry) { bytesLoaded += entry.encodedBodySize || entry.transferSize || 0; } } catch (e) { /* timing off */ }
      };
      document.head.appendChild(script);
    });
  }

  function hex(text) {
    return Array.from(new TextEncoder().encode(text)).map(function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  function Source(meta) {
    this.meta = meta;
    this.keyFiles = new Set(meta.termKeyFiles || []);
    this.stop = new Set(meta.stopTerms || []);
    this.typoHeads = new Set(meta.typoHeads || []);
    this.cjk = new Set(decodeDocuments(meta.cjkDocuments || ""));
  }
  Source.prototype.isStopTerm = function (term) { return this.stop.has(term); };
  // The shard keys that can hold a term starting as a text does: those of the key file of its
  // first byte (k/<hex>.js), each written as how many characters it shares with the one before
  // (an alphabet character) and the rest of it (IndexFiles.Meta.frontCoded).
  var keyGroups = new Map();
  Source.prototype.keysLike = function (text) {
    var first = new TextEncoder().encode(text)[0];
    if (first === undefined || !this.keyFiles.has(first)) { return Promise.resolve({ keys: [], set: new Set(), longest: 0 }); }
    if (keyGroups.has(first)) { return Promise.resolve(keyGroups.get(first)); }
    return load("k/" + (first < 16 ? "0" : "") + first.toString(16)).then(function (coded) {
      var previous = [];
      var keys = coded.split(" ").filter(function (c) { return c.length > 0; }).map(function (c) {
        var chars = Array.from(c), shared = DIGITS.get(chars[0]);
        previous = previous.slice(0, shared === undefined ? 0 : shared).concat(chars.slice(1));
        return previous.join("");
      });
      var group = { keys: keys, set: new Set(keys), longest: keys.reduce(function (most, key) { return Math.max(most, length(key)); }, 0) };
      keyGroups.set(first, group);
      return group;
    });
  };
  // The shard a term lives in: the longest key of its group it starts with (IndexFiles.key(for:in:)).
  function keyIn(group, term) {
    var chars = Array.from(term).slice(0, group.longest);
    for (var n = chars.length; n >= 1; n--) {
      var prefix = chars.slice(0, n).join("");
      if (group.set.has(prefix)) { return prefix; }
    }
    return null;
  }
  Source.prototype.shard = function (key) {
    return load("t/" + hex(key)).then(function (data) { return data; });
  };
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var DIGITS = new Map(Array.from(ALPHABET).map(function (ch, k) { return [ch, k]; }));
  // Postings are base-64 varints (see PostingCodec.swift): document delta, weight, mask,
  // position count, position deltas.
  // Reads the numbers of a posting string one at a time (PostingCodec.NumberReader): null at
  // the end or at a character outside the alphabet.
  function numberReader(text) {
    var reader = { index: 0 };
    reader.next = function () {
      var value = 0, shift = 0;
      while (reader.index < text.length) {
        var digit = DIGITS.get(text.charAt(reader.index));
        if (digit === undefined) { return null; }
        reader.index++;
        value += (digit & 31) * Math.pow(2, shift);
        shift += 5;
        if ((digit & 32) === 0) { return value; }
      }
      return null;
    };
    return reader;
  }
  function decodePostings(text) {
    var postings = [], previous = 0, reader = numberReader(text), get = reader.next;
    while (reader.index < text.length) {
      var delta = get(), weight = get(), mask = get(), count = get();
      if (delta === null || weight === null || mask === null || count === null) { break; }
      previous += delta;
      var positions = [], last = 0;
      for (var i = 0; i < count; i++) { var step = get(); if (step === null) { break; } last += step; positions.push(last); }
      postings.push({ document: previous, weight: weight, mask: mask, positions: positions });
    }
    return postings;
  }
  // A frequent term's postings (FrequentTermCodec.swift): every document holding it with its
  // weight as a level, sparse (document step, level character) or dense ("." and a level
  // character per document, "A" for none).
  var LEVEL_WEIGHTS = [
    11, 12, 13, 15, 16, 18, 19, 21, 24, 26, 29, 31, 35, 38, 42, 46, 51, 56, 61, 67, 74, 81, 90, 98, 108, 119, 131, 144, 159, 174, 192,
    211, 232, 255, 281, 309, 340, 374, 411, 453, 498, 548, 602, 663, 729, 802, 882, 970, 1067, 1174, 1291, 1420, 1562, 1719, 1891,
    2080, 2288, 2516, 2768, 3045, 3349, 3684, 4053];
  var CODE_VALUES = new Int8Array(128).fill(-1);
  Array.from(ALPHABET).forEach(function (ch, k) { CODE_VALUES[ch.charCodeAt(0)] = k; });
  function valueAt(text, k) { var c = text.charCodeAt(k); return c < 128 ? CODE_VALUES[c] : -1; }
  function decodeFrequent(text, cjk) {
    var postings = [];
    function add(doc, level) {
      postings.push({ document: doc, weight: LEVEL_WEIGHTS[level - 1], mask: cjk.has(doc) ? 1 << CJK_LANGUAGE_BIT : 0, positions: [] });
    }
    var k, level;
    if (text.charAt(0) === ".") {
      for (k = 1; k < text.length; k++) {
        level = valueAt(text, k);
        if (level < 0) { break; }
        if (level > 0) { add(k - 1, level); }
      }
      return postings;
    }
    var reader = numberReader(text), doc = 0, step;
    while ((step = reader.next()) !== null && reader.index < text.length) {
      level = valueAt(text, reader.index);
      reader.index++;
      if (!(level > 0)) { break; }
      doc += step;
      add(doc, level);
    }
    return postings;
  }
  // meta.js's documents in Chinese, Japanese or Korean: the steps between them.
  function decodeDocuments(text) {
    var documents = [], doc = 0, reader = numberReader(text), step;
    while ((step = reader.next()) !== null) { doc += step; documents.push(doc); }
    return documents;
  }
  var decoded = new Map();
  Source.prototype.entry = function (term) {
    var self = this;
    if (this.isStopTerm(term)) {
      // A frequent term is in a file of its own.
      return load("f/" + hex(term)).then(function (value) {
        if (!decoded.has(term)) { decoded.set(term, { frequency: value[0], postings: decodeFrequent(value[1], self.cjk) }); }
        return decoded.get(term);
      });
    }
    var self = this;
    return this.keysLike(term).then(function (group) {
      var key = keyIn(group, term);
      if (key === null) { return null; }
      return self.shard(key).then(function (data) {
        var value = data.get(term);
        if (!value) { return null; }
        if (!decoded.has(term)) { decoded.set(term, { frequency: value[0], postings: decodePostings(value[1]) }); }
        return decoded.get(term);
      });
    });
  };
  Source.prototype.termsWithPrefix = function (prefix) {
    var self = this;
    return this.keysLike(prefix).then(function (group) {
      var keys = group.keys.filter(function (k) { return startsWithCodePoints(k, prefix); });
      var holder = keyIn(group, prefix);
      if (holder !== null && keys.indexOf(holder) === -1) { keys.push(holder); }
      return Promise.all(keys.map(function (k) { return self.shard(k); }));
    }).then(function (shards) {
      var found = new Set(Array.from(self.stop).filter(function (t) { return startsWithCodePoints(t, prefix); }));
      shards.forEach(function (data) { data.forEach(function (value, t) { if (startsWithCodePoints(t, prefix)) { found.add(t); } }); });
      return Array.from(found).sort(compareCodePoints);
    });
  };
  Source.prototype.typoWords = function (head) {
    if (!this.typoHeads.has(head)) { return Promise.resolve([]); }
    return load("v/" + hex(head));
  };
  Source.prototype.documentsWithSignature = function (line) {
    var n = fnv1a32(line) % this.meta.signatureShards;
    return load("s/" + n).then(function (data) { return data.get(line) || []; });
  };
  Source.prototype.document = function (n) { return load("d/" + n); };
  Source.prototype.facets = function () { return load("facets"); };

  // ---------------------------------------------------------------- ranking
  var K1 = 1.2, PREFIX_FACTOR = 0.7, COMPLETED_PREFIX_FACTOR = 0.2, TYPO_FACTOR = 0.5, OTHER_LANGUAGE_FACTOR = 0.6;
  var PHRASE_BONUS = 1000, SIGNATURE_BONUS = 500, EXPANSION_LIMIT = 10, LOG_TOKEN_LIMIT = 40, TYPING_WORD_LIMIT = 8, TYPING_LENGTH_LIMIT = 60;
  var LOG_KEYWORDS = ["error", "undefined", "fail", "fatal", "warning", "panic", "cannot", "denied", "not found"];
  // Whether a line of a pasted log says something went wrong (SearchEngine.isErrorLine).
  function isErrorLine(line) { var l = line.toLowerCase(); return LOG_KEYWORDS.some(function (k) { return l.indexOf(k) !== -1; }); }
  // The lines each line of a query is looked up as, one list per normal form, in the code-point
  // order of the normal forms (SearchEngine.signatureLookups): a single line, and the first
  // SIGNATURE_LINE_LIMIT lines of a log with a log word, also for a signature inside them.
  var SIGNATURE_LINE_LIMIT = 10;
  function signatureLookupsOf(lines) {
    var byNormalForm = new Map(), searched = 0;
    lines.forEach(function (line) {
      var inside = lines.length === 1 || (searched < SIGNATURE_LINE_LIMIT && isErrorLine(line));
      var forms = inside ? signatureLookups(line) : [normalizeSignature(line)];
      if (inside) { searched++; }
      if (!byNormalForm.has(forms[0])) { byNormalForm.set(forms[0], forms); }
    });
    return Array.from(byNormalForm.keys()).sort(compareCodePoints).map(function (k) { return byNormalForm.get(k); });
  }
  var SECTION_KINDS = ["symptom", "background", "root-cause", "solutions", "validation", "lessons"];
  var CJK_LANGUAGE_BIT = 12;

  function search(source, text, filters) {
    var query = parseQuery(text);
    if (!query.words.length && !query.phrases.length && !query.lines.length && isFiltering(filters)) {
      // Filters without words: every case they keep, newest first (documents are numbered
      // oldest first).
      return source.facets().then(function (facts) {
        var every = [];
        for (var doc = facts.length - 1; doc >= 0; doc--) {
          if (facts[doc]) { every.push({ document: doc, score: 0, anchor: "", terms: [], focus: [], phrases: [] }); }
        }
        return keepFiltered(every, facts, filters);
      });
    }
    var groups = [], seen = new Set(), phraseTokens = [];
    // A name is taken even when it brings no terms, as in the Swift engine. A misspelled
    // word's variants stand in the word's slot.
    function addGroup(name, terms, slot) {
      if (seen.has(name)) { return; }
      seen.add(name);
      if (terms.length) { groups.push({ name: name, slot: slot === undefined ? name : slot, terms: terms }); }
    }
    // Whether cases that hold more of the query's words rank first: typed queries only.
    var coordinated = false;

    // The signatures first: a typed line that matches one needs no frequent words. A
    // signature equal to the line earns the whole bonus. Only a line equal to none is searched
    // for a signature inside it, which earns half the bonus and the rest in the share of the
    // line it covers. A document counts its best match once a line.
    function matchesOf(forms) {
      return source.documentsWithSignature(forms[0]).then(function (docs) {
        var best = new Map();
        docs.forEach(function (doc) { best.set(doc, SIGNATURE_BONUS); });
        if (best.size) { return best; }
        var whole = Math.max.apply(null, forms.map(function (f) { return Array.from(f).length; }));
        return Promise.all(forms.slice(1).map(function (l) { return source.documentsWithSignature(l); })).then(function (lists) {
          lists.forEach(function (docs, index) {
            var bonus = SIGNATURE_BONUS * (0.5 + 0.5 * (Array.from(forms[index + 1]).length / whole));
            docs.forEach(function (doc) { if (!best.has(doc) || bonus > best.get(doc)) { best.set(doc, bonus); } });
          });
          return best;
        });
      });
    }
    var lookups = signatureLookupsOf(query.lines);
    var signaturesReady = Promise.all(lookups.map(matchesOf));
    var signatureFound = false;
    var steps = signaturesReady.then(function (bestByLine) { signatureFound = bestByLine.some(function (best) { return best.size > 0; }); });
    if (query.lines.length > 1) {
      var chosen = query.lines.filter(isErrorLine);
      var count = 0;
      tokens((chosen.length ? chosen : query.lines).join("\n")).forEach(function (t) {
        if (count >= LOG_TOKEN_LIMIT) { return; }
        // Pasted text is matched on its distinctive words: frequent terms are not looked up.
        if (source.isStopTerm(t.text)) { return; }
        if (!seen.has(t.text)) { count++; }
        addGroup(t.text, [{ term: t.text, factor: 1 }]);
      });
    } else {
      query.phrases.forEach(function (phrase) {
        var ts = tokens(phrase);
        phraseTokens.push(ts.filter(function (t) { return t.primary; }).map(function (t) { return t.text; }));
        ts.forEach(function (t) { addGroup(t.text, [{ term: t.text, factor: 1 }]); });
      });
      var wordTokens = tokens(query.words.join(" "));
      var typing = wordTokens.filter(function (t) { return t.primary; }).length <= TYPING_WORD_LIMIT && length(query.words.join(" ")) < TYPING_LENGTH_LIMIT;
      var lastPrimary = null;
      if (query.prefixLast && typing) { for (var i = wordTokens.length - 1; i >= 0; i--) { if (wordTokens[i].primary) { lastPrimary = wordTokens[i]; break; } } }
      coordinated = typing;
      wordTokens.forEach(function (token) {
        steps = steps.then(function () {
          // Pasted text, and a line that matched a signature, are matched on their distinctive
          // words (and signatures): frequent terms are not looked up.
          if ((!typing || signatureFound) && source.isStopTerm(token.text)) { return; }
          return source.entry(token.text).then(function (exact) {
            var expand = lastPrimary && token === lastPrimary && length(token.text) >= 2 && !Array.from(token.text).some(isCJK);
            var expansionsReady = !expand ? Promise.resolve([]) : source.termsWithPrefix(token.text).then(function (terms) {
              var others = terms.filter(function (t) { return t !== token.text; });
              return Promise.all(others.map(function (t) { return source.entry(t); })).then(function (entries) {
                var expansions = others.map(function (t, k) { return { term: t, df: entries[k] ? entries[k].frequency : 0 }; });
                expansions.sort(function (a, b) { return a.df !== b.df ? b.df - a.df : compareCodePoints(a.term, b.term); });
                return expansions.slice(0, EXPANSION_LIMIT).map(function (e) { return { term: e.term, factor: exact === null ? PREFIX_FACTOR : COMPLETED_PREFIX_FACTOR }; });
              });
            });
            return expansionsReady.then(function (expansions) {
              addGroup(token.text, [{ term: token.text, factor: 1 }].concat(expansions));
              if (exact === null && typing && !source.isStopTerm(token.text) && isTypoWord(token.text)) {
                var head = Array.from(token.text).slice(0, 2).join("");
                return source.typoWords(head).then(function (terms) {
                  addGroup("~" + token.text, terms.filter(function (t) { return withinOneEdit(t, token.text); }).map(function (t) { return { term: t, factor: TYPO_FACTOR }; }), token.text);
                });
              }
            });
          });
        });
      });
    }

    return steps.then(function () {
      var scores = new Map(), matched = new Map(), sectionHits = new Map(), positions = new Map(), documentIsCJK = new Map(), frequencies = new Map(), slots = new Map();
      var phraseTerms = new Set([].concat.apply([], phraseTokens));
      // A document's slots are a 64-bit mask in the Swift engine: more slots, no coordination.
      if (new Set(groups.map(function (g) { return g.slot; })).size + phraseTokens.length > 64) { coordinated = false; }
      var chain = Promise.resolve();
      groups.forEach(function (group) {
        chain = chain.then(function () {
          return Promise.all(group.terms.map(function (t) { return source.entry(t.term); })).then(function (entries) {
            var best = new Map();
            group.terms.forEach(function (t, k) {
              var entry = entries[k];
              if (!entry) { return; }
              frequencies.set(t.term, entry.frequency);
              // Positions are kept only for the terms of phrases, which need them.
              var keepsPositions = phraseTerms.has(t.term);
              var termPositions = keepsPositions ? (positions.get(t.term) || positions.set(t.term, new Map()).get(t.term)) : null;
              var idf = idfOf(entry.frequency, source.meta.documents) / 10000;
              entry.postings.forEach(function (p) {
                var weight = p.weight / 100;
                var value = t.factor * idf * (weight * (K1 + 1)) / (weight + K1);
                var current = best.get(p.document);
                if (current === undefined || value > current.value) { best.set(p.document, { value: value, term: t.term, mask: p.mask }); }
                if (keepsPositions) { termPositions.set(p.document, p.positions); }
                documentIsCJK.set(p.document, (p.mask & (1 << CJK_LANGUAGE_BIT)) !== 0);
              });
            });
            Array.from(best.keys()).sort(function (a, b) { return a - b; }).forEach(function (doc) {
              var hit = best.get(doc);
              scores.set(doc, (scores.has(doc) ? scores.get(doc) : 0) + hit.value);
              (matched.get(doc) || matched.set(doc, []).get(doc)).push(hit.term);
              (slots.get(doc) || slots.set(doc, new Set()).get(doc)).add(group.slot);
              var hits = sectionHits.get(doc) || sectionHits.set(doc, new Map()).get(doc);
              for (var bit = 0; bit < 12; bit++) { if (hit.mask & (1 << bit)) { hits.set(bit, (hits.get(bit) || 0) + 1); } }
            });
          });
        });
      });
      return chain.then(function () {
        var queryIsCJK = groups.some(function (g) { return Array.from(g.name).some(isCJK); });
        Array.from(scores.keys()).sort(function (a, b) { return a - b; }).forEach(function (doc) {
          if (documentIsCJK.get(doc) !== queryIsCJK) { scores.set(doc, scores.get(doc) * OTHER_LANGUAGE_FACTOR); }
        });
        var phrasesHeld = new Map();
        phraseTokens.forEach(function (ts, number) {
          if (!ts.length) { return; }
          // Stop terms have no positions: the document must hold them, anywhere. A phrase is
          // checked by the places of its other words, so it needs two of them (or to be one word).
          var checked = [], frequent = [];
          ts.forEach(function (term, offset) { if (!source.isStopTerm(term)) { checked.push({ offset: offset, term: term }); } else { frequent.push(term); } });
          if (!(checked.length >= 2 || (checked.length === 1 && ts.length === 1))) { return; }
          Array.from(scores.keys()).sort(function (a, b) { return a - b; }).forEach(function (doc) {
            var holds = frequent.every(function (term) { return positions.has(term) && positions.get(term).has(doc); });
            if (containsPhrase(checked, doc, positions) && holds) {
              scores.set(doc, scores.get(doc) + PHRASE_BONUS);
              (phrasesHeld.get(doc) || phrasesHeld.set(doc, []).get(doc)).push(number);
              (slots.get(doc) || slots.set(doc, new Set()).get(doc)).add("\"" + number);
            }
          });
        });
        return signaturesReady.then(function (bestByLine) {
          var signatureMatched = new Set();
          bestByLine.forEach(function (best) {
            Array.from(best.keys()).sort(function (a, b) { return a - b; }).forEach(function (doc) {
              signatureMatched.add(doc);
              scores.set(doc, (scores.has(doc) ? scores.get(doc) : 0) + best.get(doc));
              var hits = sectionHits.get(doc) || sectionHits.set(doc, new Map()).get(doc);
              hits.set(0, (hits.get(0) || 0) + 1);
            });
          });
          var ranked = [], orders = new Map();
          scores.forEach(function (score, doc) {
            if (score <= 0) { return; }
            // Most documents matched the same few terms: each list of terms is ordered once.
            var terms = matched.get(doc) || [], name = terms.join("\u0000");
            if (!orders.has(name)) { orders.set(name, { terms: highlightOrder(terms), focus: focusOrder(terms, frequencies) }); }
            var order = orders.get(name);
            ranked.push({ document: doc, score: score, anchor: signatureMatched.has(doc) ? "signatures" : anchorFor(sectionHits.get(doc) || new Map()), terms: order.terms, focus: order.focus, phrases: (phrasesHeld.get(doc) || []).map(function (n) { return phraseTokens[n]; }), signatureForms: signatureMatched.has(doc) ? [].concat.apply([], lookups) : [] });
          });
          // A typed query's cases holding more of its words (and phrases) first, but a matched
          // signature first of all; then by score; equal scores, the newer case first
          // (documents are numbered oldest first).
          ranked = ranked.map(function (r) {
            return { result: r, signature: signatureMatched.has(r.document) ? 1 : 0, held: coordinated && slots.has(r.document) ? slots.get(r.document).size : 0 };
          }).sort(function (a, b) {
            if (a.signature !== b.signature) { return b.signature - a.signature; }
            if (a.held !== b.held) { return b.held - a.held; }
            return a.result.score !== b.result.score ? b.result.score - a.result.score : b.result.document - a.result.document;
          }).map(function (keyed) { return keyed.result; });
          if (!isFiltering(filters) && !(filters && filters.counts)) { return { results: ranked, total: ranked.length, counts: null }; }
          return source.facets().then(function (facts) { return keepFiltered(ranked, facts, filters); });
        });
      });
    });
  }

  // Whether any filter is set: then a query without words lists every case the filters keep.
  function isFiltering(filters) {
    return !!(filters && (filters.status || filters.component || filters.tag || filters.needsReview || (filters.versions && filters.versions.length)));
  }

  // The results the filters keep, with the counts the filter menus show: a result whose case
  // is fixed in the version asked about comes after the others.
  function keepFiltered(ranked, facts, filters) {
    var counts = { status: {}, components: {}, tags: {}, needsReview: 0 }, kept = [], outsideVersions = 0;
    var today = filters.needsReview || localDay();
    ranked.forEach(function (r) {
      var f = facts[r.document];
      counts.status[f.status] = (counts.status[f.status] || 0) + 1;
      Array.from(new Set(f.components)).forEach(function (c) { counts.components[c] = (counts.components[c] || 0) + 1; });
      Array.from(new Set(f.tags)).forEach(function (t) { counts.tags[t] = (counts.tags[t] || 0) + 1; });
      if (filters.status && f.status !== filters.status) { return; }
      if (filters.component && f.components.indexOf(filters.component) === -1) { return; }
      if (filters.tag && f.tags.indexOf(filters.tag) === -1) { return; }
      var overdue = !!f.review_due && f.review_due < today;
      if (overdue) { counts.needsReview++; }
      if (filters.needsReview && !overdue) { return; }
      var fixes = [], outside = false;
      (filters.versions || []).forEach(function (condition) {
        var v = verdict(f, condition);
        if (v === null) { outside = true; } else if (v) { fixes.push(condition.component + " " + v); }
      });
      if (outside) { outsideVersions++; return; }
      r.fixedIn = fixes.length ? fixes.join(", ") : null;
      kept.push(r);
    });
    // A case fixed in the version asked about ranks below every case that still applies.
    kept = kept.filter(function (r) { return !r.fixedIn; }).concat(kept.filter(function (r) { return r.fixedIn; }));
    return { results: kept, total: kept.length, counts: counts, outsideVersions: outsideVersions };
  }

  // ---------------------------------------------------------------- versions
  // A version as ComponentVersion reads it: {nums: [1, 32, 0], pre: ["rc", "1"]}, {name: "rawhide"}
  // or null; `parts` counts the numbers written.
  function parseVersion(written) {
    var text = String(written).trim();
    if (!text || text.length > 100) { return null; }
    if (/^[A-Za-z][A-Za-z0-9._-]*$/.test(text) && !/^v[0-9]/.test(text)) { return { name: text.toLowerCase() }; }
    var epoch = /^([0-9]+):/.exec(text);
    if (epoch) { text = text.slice(epoch[0].length); }
    if (text.charAt(0) === "v") { text = text.slice(1); }
    var plus = text.indexOf("+");
    if (plus >= 0) { text = text.slice(0, plus); }
    var pre = [], mark = text.search(/[-~]/);
    if (mark >= 0) {
      var rest = text.slice(mark + 1);
      if (!rest) { return null; }
      if (/[0-9]/.test(rest.charAt(0)) && text.charAt(mark) === "-") { text = text.slice(0, mark); }
      else {
        pre = rest.split(".");
        if (!pre.every(function (p) { return /^[A-Za-z0-9]{1,40}$/.test(p) && (!/^[0-9]+$/.test(p) || p.length <= 9); })) { return null; }
        text = text.slice(0, mark);
      }
    }
    var numbers = text.split(".");
    if (numbers.length < 1 || numbers.length > 3 || !numbers.every(function (n) { return /^[0-9]{1,9}$/.test(n); })) { return null; }
    var nums = numbers.map(Number);
    while (nums.length < 3) { nums.push(0); }
    return { nums: nums, pre: pre, parts: numbers.length };
  }
  // The form ComponentVersion.description writes, read exactly (ComponentVersion(canonical:)):
  // in `1.33.0-0` the `-0` is a pre-release, the lowest one.
  function parseCanonical(text) {
    var m = /^([0-9]{1,9})\.([0-9]{1,9})\.([0-9]{1,9})(?:-([0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*))?$/.exec(text);
    if (m) { return { nums: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split(".") : [], parts: 3 }; }
    var v = /^[A-Za-z]/.test(text) ? parseVersion(text) : null;
    return v && v.name !== undefined ? v : null;
  }
  function describeVersion(v) { return v.name !== undefined ? v.name : v.nums.join(".") + (v.pre.length ? "-" + v.pre.join(".") : ""); }
  // -1, 0 or 1 as semantic versions order; null when either is a name (Version's Comparable).
  function compareVersions(a, b) {
    if (a.name !== undefined || b.name !== undefined) { return null; }
    for (var i = 0; i < 3; i++) { if (a.nums[i] !== b.nums[i]) { return a.nums[i] < b.nums[i] ? -1 : 1; } }
    if (!a.pre.length || !b.pre.length) { return a.pre.length === b.pre.length ? 0 : (a.pre.length ? -1 : 1); }
    for (var k = 0; k < Math.min(a.pre.length, b.pre.length); k++) {
      var x = a.pre[k], y = b.pre[k];
      if (x === y) { continue; }
      var xn = /^[0-9]+$/.test(x), yn = /^[0-9]+$/.test(y);
      if (xn && yn) { return Number(x) < Number(y) ? -1 : 1; }
      if (xn !== yn) { return xn ? -1 : 1; }
      return x < y ? -1 : 1;
    }
    return a.pre.length === b.pre.length ? 0 : (a.pre.length < b.pre.length ? -1 : 1);
  }
  function sameVersion(a, b) { return a.name !== undefined || b.name !== undefined ? a.name === b.name : compareVersions(a, b) === 0; }
  // Whether VersionRange.normalized comparisons admit a version (VersionRange.contains(normalized:)).
  function inRange(normalized, version) {
    return normalized.some(function (alternative) {
      return alternative.every(function (text) {
        var op = /^(>=|<=|>|<|=)/.exec(text);
        var bound = op && parseCanonical(text.slice(op[0].length));
        if (!bound) { return false; }
        if (op[0] === "=") { return sameVersion(version, bound); }
        var order = compareVersions(version, bound);
        if (order === null) { return false; }
        return op[0] === ">=" ? order >= 0 : op[0] === ">" ? order > 0 : op[0] === "<=" ? order <= 0 : order < 0;
      });
    });
  }
  // What a document's facts say of a component's version: null (not about it), "" (applies) or
  // the version with the fix (DocumentFacts.verdict).
  function verdict(facts, condition) {
    if (facts.components.indexOf(condition.component) === -1) { return null; }
    var range = facts.applies_to && facts.applies_to[condition.component];
    if (range && !inRange(range, condition.version)) { return null; }
    var fixedText = facts.fixed_in && facts.fixed_in[condition.component];
    var fixed = fixedText && parseVersion(fixedText);
    if (fixed && (sameVersion(fixed, condition.version) || compareVersions(fixed, condition.version) === -1)) { return fixedText; }
    return "";
  }
  // Today as YYYY-MM-DD in the reader's calendar: review dates are judged as of it.
  function localDay() {
    var now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map(function (n, k) { return String(n).padStart(k ? 2 : 4, "0"); }).join("-");
  }
  // `cri-o=1.32.4` → {component, version}, or null (VersionCondition).
  function versionCondition(text) {
    var equals = text.indexOf("=");
    if (equals < 0) { return null; }
    var component = text.slice(0, equals).trim().toLowerCase(), version = parseVersion(text.slice(equals + 1));
    return version && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(component) && component.length <= 40 ? { component: component, version: version } : null;
  }

  function anchorFor(hits) {
    var bestBit = -1, bestCount = 0;
    for (var bit = 6; bit < 12; bit++) { if ((hits.get(bit) || 0) > bestCount) { bestBit = bit; bestCount = hits.get(bit); } }
    if (bestBit >= 0) { return SECTION_KINDS[bestBit - 6]; }
    return (hits.get(0) || 0) > 0 ? "signatures" : "";
  }
  function containsPhrase(ts, doc, positions) {
    var first = ts[0];
    var starts = positions.get(first.term) && positions.get(first.term).get(doc);
    if (!starts) { return false; }
    return starts.some(function (start) {
      for (var i = 1; i < ts.length; i++) {
        var list = positions.get(ts[i].term) && positions.get(ts[i].term).get(doc);
        if (!list || list.indexOf(start - first.offset + ts[i].offset) === -1) { return false; }
      }
      return true;
    });
  }
  // Terms the rarest first (ties: longest, then in code point order): SearchEngine.focusOrder.
  function focusOrder(terms, frequencies) {
    var order = highlightOrder(terms);
    return order.map(function (t, k) { return { term: t, rank: k, df: frequencies.get(t) || 0 }; })
      .sort(function (a, b) { return a.df !== b.df ? a.df - b.df : a.rank - b.rank; }).map(function (x) { return x.term; });
  }
  function highlightOrder(terms) {
    return Array.from(new Set(terms)).sort(function (a, b) { var la = length(a), lb = length(b); return la !== lb ? lb - la : compareCodePoints(a, b); });
  }

  // ---------------------------------------------------------------- snippets
  function lowerOne(ch) { var l = ch.toLowerCase(); return Array.from(l).length === 1 ? l : ch; }
  // A letter or digit that is not CJK: one that continues a word (Snippet.isWordPart).
  function isWordPart(ch) { return /[\p{Alphabetic}\p{N}]/u.test(ch) && !isCJK(ch); }
  // The length of the first needle found at `index` of `lower` where it stands as a word (a
  // letter or digit at its edge touches none outside it), or 0 (Snippet.match(at:)).
  function wordMatch(lower, index, needles) {
    for (var k = 0; k < needles.length; k++) {
      var n = needles[k], end = index + n.length;
      if (end > lower.length) { continue; }
      var ok = true;
      for (var m = 0; m < n.length; m++) { if (lower[index + m] !== n[m]) { ok = false; break; } }
      if (!ok) { continue; }
      if (isWordPart(n[0]) && index > 0 && isWordPart(lower[index - 1])) { continue; }
      if (isWordPart(n[n.length - 1]) && end < lower.length && isWordPart(lower[end])) { continue; }
      return n.length;
    }
    return 0;
  }
  // The excerpt around the first place where one of `phrases` (a quoted phrase's words, as the
  // document matched it) stands, else where the first of `focus` (the matched terms, rarest
  // first) stands, else around the first match (Snippet in the Swift engine).
  function snippet(text, terms, focus, phrases) {
    var scalars = Array.from(text).map(function (ch) { return ch === "\n" || ch === "\t" ? " " : ch; });
    var lower = scalars.map(lowerOne);
    var needles = terms.map(function (t) { return Array.from(t); }).filter(function (n) { return n.length > 0; });
    function matchAt(index) { return wordMatch(lower, index, needles); }
    // Whether a phrase's words stand one after another from `index`, with only spaces and
    // punctuation between them. A phrase in CJK is cut into overlapping pairs: not sought.
    function phraseStands(words, index) {
      var at = index;
      for (var w = 0; w < words.length; w++) {
        if (w > 0) { while (at < lower.length && !wordMatch(lower, at, [words[w]]) && !isWordPart(lower[at])) { at++; } }
        if (wordMatch(lower, at, [words[w]]) !== words[w].length) { return false; }
        at += words[w].length;
      }
      return true;
    }
    var first = -1;
    (phrases || []).some(function (phrase) {
      if (!phrase.length || phrase.some(function (t) { return Array.from(t).some(isCJK); })) { return false; }
      var words = phrase.map(function (t) { return Array.from(t); });
      for (var p = 0; p < lower.length; p++) { if (phraseStands(words, p)) { first = p; return true; } }
      return false;
    });
    if (first < 0) {
      (focus || []).some(function (term) {
        var needle = Array.from(term);
        for (var f = 0; f < lower.length; f++) {
          var count = matchAt(f);
          if (count && lower.slice(f, f + count).join("") === needle.join("")) { first = f; return true; }
        }
        return false;
      });
    }
    if (first < 0) { first = 0; for (var i = 0; i < lower.length; i++) { if (matchAt(i)) { first = i; break; } } }
    var start = Math.max(0, first - 60);
    if (start > 0) { for (var s = start; s < Math.min(first, start + 20); s++) { if (scalars[s] === " ") { start = s + 1; break; } } }
    var end = Math.min(scalars.length, start + 220);
    var parts = [], plain = start > 0 ? "…" : "", index = start;
    while (index < end) {
      var count = matchAt(index);
      if (count && index + count <= end) {
        if (plain) { parts.push({ text: plain, marked: false }); }
        plain = "";
        parts.push({ text: scalars.slice(index, index + count).join(""), marked: true });
        index += count;
      } else { plain += scalars[index]; index++; }
    }
    if (end < scalars.length) { plain += "…"; }
    if (plain) { parts.push({ text: plain, marked: false }); }
    return parts;
  }

  // A case's signature lines, the first that matched a query line first; null when none did
  // (Snippet.signatureText).
  function signatureText(lines, forms) {
    var matched = lines.findIndex(function (line) { return forms.indexOf(normalizeSignature(line)) >= 0; });
    if (matched < 0) { return null; }
    return [lines[matched]].concat(lines.filter(function (line, k) { return k !== matched; })).join("\n");
  }
  // The terms that stand somewhere in `text` as words (Snippet.wordsStanding).
  function wordsStanding(text, terms) {
    var lower = Array.from(text).map(function (ch) { return ch === "\n" || ch === "\t" ? " " : lowerOne(ch); });
    var found = new Set();
    terms.forEach(function (term) {
      var needle = [Array.from(term)];
      for (var i = 0; i < lower.length; i++) { if (wordMatch(lower, i, needle)) { found.add(term); return; } }
    });
    return found;
  }
  // The excerpt a result shows and the anchor of the section it links to (Snippet.shown): a
  // result whose signature matched shows its signatures, that one first; otherwise, from the
  // text whose kept start holds the rarest matched word any holds — the best section
  // first, then the summary (under the best section), then the other sections in order.
  function shownExcerpt(doc, result) {
    var section = doc.sections.filter(function (s) { return s.anchor === result.anchor; })[0];
    // A signature matched a line of the query: the excerpt starts with that signature.
    var lines = result.anchor === "signatures" ? signatureText(doc.signatures, result.signatureForms || []) : null;
    if (lines !== null) { return { anchor: result.anchor, parts: snippet(lines, result.terms, []) }; }
    var bestText = section ? section.text : result.anchor === "signatures" ? doc.signatures.join("\n") : doc.summary;
    var texts = [{ anchor: result.anchor, text: bestText }];
    if (bestText !== doc.summary) { texts.push({ anchor: result.anchor, text: doc.summary }); }
    doc.sections.forEach(function (s) { if (s.anchor !== result.anchor) { texts.push({ anchor: s.anchor, text: s.text }); } });
    var held = texts.map(function (t) { return wordsStanding(t.text, result.focus); });
    var chosen = texts[0];
    result.focus.some(function (term) {
      var k = held.findIndex(function (words) { return words.has(term); });
      if (k >= 0) { chosen = texts[k]; }
      return k >= 0;
    });
    return { anchor: chosen.anchor, parts: snippet(chosen.text, result.terms, result.focus, result.phrases) };
  }

  // ---------------------------------------------------------------- public API (tests use it)
  var sourcePromise = null;
  function openIndex() {
    if (!sourcePromise) { sourcePromise = load("meta").then(function (meta) { return new Source(meta); }); }
    return sourcePromise;
  }
  function run(text, filters) {
    return openIndex().then(function (source) {
      return search(source, text, filters || {}).then(function (found) {
        return { source: source, found: found };
      });
    });
  }
  window.CasebookSearch.tokens = function (text) { return tokens(text).map(function (t) { return t.text; }); };
  window.CasebookSearch.normalizeSignature = normalizeSignature;
  window.CasebookSearch.signatureLookups = signatureLookups;
  window.CasebookSearch.snippet = snippet;
  window.CasebookSearch.parseVersion = function (text) { var v = parseVersion(text); return v && describeVersion(v); };
  window.CasebookSearch.inRange = function (normalized, text) { return inRange(normalized, parseVersion(text)); };
  // `filters.where`: ["cri-o=1.32.4", …], as `casebook search --where` takes them.
  window.CasebookSearch.query = function (text, filters) {
    filters = filters || {};
    if (filters.where) { filters.versions = filters.where.map(versionCondition).filter(Boolean); }
    return run(text, filters).then(function (r) {
      return Promise.all(r.found.results.slice(0, 10).map(function (res) { return r.source.document(res.document); })).then(function (docs) {
        return { total: r.found.total, bytes: bytesLoaded, counts: r.found.counts, results: r.found.results.slice(0, 10).map(function (res, k) { var shown = shownExcerpt(docs[k], res); var o = { id: docs[k].id, section: res.anchor, score: res.score, shows: shown.anchor, marked: shown.parts.filter(function (p) { return p.marked; }).map(function (p) { return p.text; }) }; if (res.fixedIn) { o.fixedIn = res.fixedIn; } return o; }) };
      });
    });
  };
  window.CasebookSearch.bytesLoaded = function () { return bytesLoaded; };

  // ---------------------------------------------------------------- user interface
  function resultLink(doc, result, anchor) {
    var terms = result.terms.join(" ");
    return root + doc.url + (terms ? "?h=" + encodeURIComponent(terms) : "") + (anchor ? "#" + anchor : "");
  }
  function sectionName(doc, anchor) {
    if (anchor === "signatures") { return word("errorSignatures", "Error signatures"); }
    var section = doc.sections.filter(function (s) { return s.anchor === anchor; })[0];
    return section ? section.heading : "";
  }
  // A word of the interface in the page's language, from the site header's search form
  // (InterfaceText in the Swift build), or the English one.
  function word(name, english) {
    var form = document.querySelector(".site-search");
    return (form && form.dataset[name]) || english;
  }
  function renderResult(item, doc, result, id, popup) {
    item.id = id;
    item.className = "search-result";
    if (popup) { item.setAttribute("role", "option"); }
    var shown = shownExcerpt(doc, result);
    var link = document.createElement("a");
    link.href = resultLink(doc, result, shown.anchor);
    link.className = "search-result-title";
    link.textContent = doc.title;
    if (doc.lang) { link.lang = doc.lang; }
    item.appendChild(link);
    var where = document.createElement("span");
    where.className = "search-result-section";
    where.textContent = sectionName(doc, shown.anchor);
    item.appendChild(where);
    if (result.fixedIn) {
      var fixed = document.createElement("span");
      fixed.className = "search-result-fixed";
      fixed.textContent = word("fixedIn", "fixed in %s").replace("%s", result.fixedIn);
      item.appendChild(fixed);
    }
    var p = document.createElement("p");
    p.className = "search-result-snippet";
    if (doc.lang) { p.lang = doc.lang; }
    var parts = shown.parts;
    parts.forEach(function (part) {
      if (part.marked) { var mark = document.createElement("mark"); mark.textContent = part.text; p.appendChild(mark); }
      else { p.appendChild(document.createTextNode(part.text)); }
    });
    item.appendChild(p);
    return item;
  }

  function attachBox(input, list, status, options) {
    var active = -1, generation = 0, timer = null;
    function options_() { return Array.prototype.slice.call(list.querySelectorAll("[role=option]")); }
    function setActive(index) {
      var items = options_();
      if (!options.popup) { return; }
      items.forEach(function (el, k) { el.setAttribute("aria-selected", k === index ? "true" : "false"); });
      active = index;
      if (index >= 0 && items[index]) { input.setAttribute("aria-activedescendant", items[index].id); items[index].scrollIntoView({ block: "nearest" }); }
      else { input.removeAttribute("aria-activedescendant"); }
    }
    // Only the search box is a combobox; the search page's text area has no popup to expand.
    function expanded(open) {
      if (options.popup) { input.setAttribute("aria-expanded", open ? "true" : "false"); }
    }
    function showEmpty(shown) {
      if (options.empty) { options.empty.hidden = !shown; }
    }
    function update() {
      var text = input.value;
      var mine = ++generation;
      if (options.onQuery) { options.onQuery(text); }
      if (!text.trim() && !(options.browse && options.browse())) {
        list.textContent = ""; list.hidden = options.popup; showEmpty(false); status.textContent = ""; expanded(false);
        if (options.onResults) { options.onResults(null); }
        return;
      }
      run(text, options.filters ? options.filters() : {}).then(function (r) {
        if (mine !== generation) { return; }
        var shown = r.found.results.slice(0, typeof options.limit === "function" ? options.limit() : options.limit);
        return Promise.all(shown.map(function (res) { return r.source.document(res.document); })).then(function (docs) {
          if (mine !== generation) { return; }
          list.textContent = "";
          docs.forEach(function (doc, k) {
            list.appendChild(renderResult(document.createElement("li"), doc, shown[k], list.id + "-" + k, options.popup));
          });
          var total = r.found.total;
          status.textContent = total === 0 ? word("matchesNone", "No case matches.") : (total === 1 ? word("matchesOne", "1 case matches.") : word("matchesMany", "%d cases match.").replace("%d", total));
          if (total === 0 && r.found.outsideVersions) {
            status.textContent += " " + (r.found.outsideVersions === 1 ? word("outsideVersionOne", "1 case matches the query but not that version.") : word("outsideVersionMany", "%d cases match the query but not that version.").replace("%d", r.found.outsideVersions));
          }
          // An empty popup would be a sliver: the popup says so instead (the status tells readers).
          list.hidden = options.popup && docs.length === 0;
          showEmpty(docs.length === 0);
          expanded(docs.length > 0);
          setActive(-1);
          if (options.onResults) { options.onResults(r.found); }
        });
      }).catch(function () { status.textContent = word("indexFailed", "The search index could not be loaded."); });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 60); });
    input.addEventListener("keydown", function (event) {
      if (!options.popup) { return; }  // the search page's text area keeps its arrow keys
      var items = options_();
      if (event.key === "ArrowDown" && items.length) { event.preventDefault(); setActive(Math.min(active + 1, items.length - 1)); }
      else if (event.key === "ArrowUp" && items.length) { event.preventDefault(); setActive(Math.max(active - 1, 0)); }
      else if (event.key === "Enter" && active >= 0 && items[active]) { event.preventDefault(); window.location.href = items[active].querySelector("a").href; }
      else if (event.key === "Escape" && options.popup) { list.hidden = true; showEmpty(false); input.setAttribute("aria-expanded", "false"); setActive(-1); }
    });
    return update;
  }

  function fillFilters(form, counts, selected) {
    [["status", "filter-status"], ["components", "filter-component"], ["tags", "filter-tag"]].forEach(function (pair) {
      var select = form.querySelector("#search-" + pair[1]);
      if (!select) { return; }
      var keep = select.value;
      while (select.options.length > 1) { select.remove(1); }
      var values = counts ? Object.keys(counts[pair[0]]).sort(compareCodePoints) : [];
      // A status is shown in the page's words (the select's data-*), a component or tag as it is.
      values.forEach(function (v) { var o = document.createElement("option"); o.value = v; o.textContent = (select.dataset[v] || v) + " (" + counts[pair[0]][v] + ")"; select.appendChild(o); });
      if (keep && values.indexOf(keep) === -1) { var o = document.createElement("option"); o.value = keep; o.textContent = (select.dataset[keep] || keep) + " (0)"; select.appendChild(o); }
      select.value = keep;
    });
    var review = form.querySelector("#search-filter-review");
    if (review && counts) { review.options[1].textContent = word("needsReview", "Needs review") + " (" + counts.needsReview + ")"; }
  }

  function highlightCasePage() {
    var params = new URLSearchParams(location.search);
    var terms = (params.get("h") || "").split(" ").filter(function (t) { return t.length > 1; });
    var body = document.querySelector(".case-body");
    if (!terms.length || !body) { return; }
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) { nodes.push(walker.currentNode); }
    nodes.forEach(function (node) {
      var parts = snippetAll(node.nodeValue, terms);
      if (parts.length < 2) { return; }
      var fragment = document.createDocumentFragment();
      parts.forEach(function (part) {
        if (part.marked) { var mark = document.createElement("mark"); mark.className = "search-hit"; mark.textContent = part.text; fragment.appendChild(mark); }
        else { fragment.appendChild(document.createTextNode(part.text)); }
      });
      node.parentNode.replaceChild(fragment, node);
    });
  }
  function snippetAll(text, terms) {
    var chars = Array.from(text), lower = chars.map(lowerOne), parts = [], plain = "", i = 0;
    var needles = terms.map(function (t) { return Array.from(t); }).filter(function (n) { return n.length > 0; });
    while (i < chars.length) {
      var hit = wordMatch(lower, i, needles);
      if (hit) { if (plain) { parts.push({ text: plain, marked: false }); } plain = ""; parts.push({ text: chars.slice(i, i + hit).join(""), marked: true }); i += hit; }
      else { plain += chars[i]; i++; }
    }
    if (plain) { parts.push({ text: plain, marked: false }); }
    return parts;
  }

  function start() {
    var header = document.getElementById("search-input");
    if (header) {
      var form = header.form;
      form.hidden = false;
      attachBox(header, document.getElementById("search-results"), document.getElementById("search-status"), { popup: true, limit: 8, empty: document.getElementById("search-empty") });
      document.addEventListener("click", function (event) { if (!form.contains(event.target)) { document.getElementById("search-results").hidden = true; document.getElementById("search-empty").hidden = true; header.setAttribute("aria-expanded", "false"); } });
      document.addEventListener("keydown", function (event) {
        var target = event.target, typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable);
        if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
          event.preventDefault();
          (document.getElementById("search-page-input") || header).focus();
        }
      });
    }
    var pageInput = document.getElementById("search-page-input");
    if (pageInput) {
      var pageForm = document.getElementById("search-page-form");
      var filtersBox = document.getElementById("search-page-filters");
      var filtersToggle = document.getElementById("search-page-filters-toggle");
      document.getElementById("search-page-noscript").hidden = true;
      var params = new URLSearchParams(location.search);
      // The filters, and the facet data their counts come from (it grows with every case), are
      // loaded when a reader opens them, or when the address already filters.
      var countsWanted = ["status", "component", "tag", "version", "review"].some(function (n) { return params.get(n); });
      function showFilters(open) {
        filtersBox.hidden = !open;
        filtersToggle.setAttribute("aria-expanded", open ? "true" : "false");
      }
      filtersToggle.hidden = false;
      showFilters(countsWanted);
      pageInput.value = params.get("q") || "";
      ["status", "component", "tag"].forEach(function (name) {
        var select = document.getElementById("search-filter-" + name);
        var value = params.get(name);
        if (value) { var o = document.createElement("option"); o.value = value; o.textContent = value; select.appendChild(o); select.value = value; }
      });
      if (params.get("review") === "needed") { document.getElementById("search-filter-review").value = "needed"; }
      var versionInput = document.getElementById("search-filter-version");
      versionInput.value = params.get("version") || "";
      function filters() {
        var component = document.getElementById("search-filter-component").value || null;
        var version = component && versionInput.value.trim() ? parseVersion(versionInput.value) : null;
        // A version that cannot be read is marked, and filters nothing.
        versionInput.setAttribute("aria-invalid", versionInput.value.trim() && component && !version ? "true" : "false");
        return { counts: countsWanted, status: document.getElementById("search-filter-status").value || null,
          review: document.getElementById("search-filter-review").value || null,
          needsReview: document.getElementById("search-filter-review").value === "needed" ? localDay() : null,
          component: component, tag: document.getElementById("search-filter-tag").value || null,
          version: versionInput.value.trim() || null, versions: version ? [{ component: component, version: version }] : [] };
      }
      // Twenty results, twenty more at each "Show more"; filters alone list every case they
      // keep, newest first.
      var PAGE = 20, limit = PAGE, more = document.getElementById("search-page-more");
      function browsing() { return isFiltering(filters()); }
      var update = attachBox(pageInput, document.getElementById("search-page-results"), document.getElementById("search-page-status"), {
        popup: false, limit: function () { return limit; }, filters: filters, browse: browsing,
        onQuery: function (text) {
          var url = new URL(location.href);
          url.searchParams.set("q", text);
          var f = filters();
          ["status", "component", "tag", "version", "review"].forEach(function (n) { if (f[n]) { url.searchParams.set(n, f[n]); } else { url.searchParams.delete(n); } });
          try { history.replaceState(null, "", url.toString()); } catch (e) { /* file:// may refuse */ }
        },
        onResults: function (found) {
          more.hidden = !found || found.total <= limit;
          if (found) { fillFilters(pageForm, found.counts); }
        }
      });
      function fresh() { limit = PAGE; update(); }
      more.addEventListener("click", function () { limit += PAGE; update(); });
      filtersToggle.addEventListener("click", function () {
        showFilters(filtersBox.hidden);
        if (!filtersBox.hidden && !countsWanted) { countsWanted = true; update(); }
      });
      pageForm.addEventListener("submit", function (event) { event.preventDefault(); fresh(); });
      pageInput.addEventListener("input", function () { limit = PAGE; });
      Array.prototype.forEach.call(pageForm.querySelectorAll("select"), function (s) { s.addEventListener("change", fresh); });
      var versionTimer = null;
      versionInput.addEventListener("input", function () { clearTimeout(versionTimer); versionTimer = setTimeout(update, 150); });
      if (pageInput.value || browsing()) { update(); }
    }
    highlightCasePage();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
