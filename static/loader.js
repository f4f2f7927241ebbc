// sgrules loader: downloads main.wasm with a progress bar, compiles it while
// it streams, and starts it. No inline script, so the page's CSP can forbid
// them. Exposes globalThis.sgrules.ready, a promise of the JS API:
//   await sgrules.ready; const result = JSON.parse(sgrules.generate(JSON.stringify(input)));
// and sgrules.import, a promise because its module (importer.wasm) is only
// fetched on first use:
//   const result = JSON.parse(await sgrules.import(JSON.stringify({ Text: pasted })));
//
// It runs in the document's head, before the body is parsed, so that the
// classes it sets decide the first paint: index.html's skeleton of the
// default page (static/skeleton.js) shows only with JavaScript ("nojs" goes)
// and only when the page is opened without a link ("link" hides it).
"use strict";
(function () {
  const script = document.currentScript;
  const wasmURL = (script && script.dataset.wasm) || "static/main.wasm";
  const root = document.documentElement;
  root.classList.remove("nojs");
  if (location.hash.length > 1) root.classList.add("link");
  const ns = (globalThis.sgrules = globalThis.sgrules || {});

  let resolveReady, rejectReady;
  ns.ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });
  ns.ready.catch(() => {});
  // main.wasm calls _ready once it has defined sgrules.generate and rendered.
  ns._ready = () => {
    const raw = ns.generate;
    ns.generate = (input) => {
      const out = raw(input);
      if (out instanceof Error) throw out;
      return out;
    };
    resolveReady(ns);
  };

  // Link compression for the page (web/browser_js.go): deflate-raw through
  // the browser's CompressionStream, so the generator carries no compressor.
  // Each takes a Uint8Array and gives a promise of one; _inflate stops, and
  // rejects, past max bytes, so a hostile link cannot fill the memory.
  async function pump(data, stream, max) {
    const reader = new Blob([data]).stream().pipeThrough(stream).getReader();
    const parts = [];
    let n = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.byteLength;
      if (n > max) {
        reader.cancel().catch(() => {});
        throw new Error("more than " + max + " bytes");
      }
      parts.push(value);
    }
    const out = new Uint8Array(n);
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.byteLength; }
    return out;
  }
  if (typeof CompressionStream === "function" && typeof DecompressionStream === "function") {
    ns._deflate = (data) => pump(data, new CompressionStream("deflate-raw"), Infinity);
    ns._inflate = (data, max) => pump(data, new DecompressionStream("deflate-raw"), max);
  }

  // The importer (wasm/importer: core.Import and the paste box's notice) is
  // a second Go module, too large for main.wasm's budget. It is fetched
  // only when first needed: when the user first focuses, pastes or drops
  // into the paste box (index.html's #import-text) or presses Import, or
  // when a script calls sgrules.import. Each module has its own Go instance
  // and memory; they share only this namespace. A load that failed is
  // tried again on the next use, and the text stays in the box.
  const importerURL = (script && script.dataset.importer) || wasmURL.replace(/[^/]*$/, "importer.wasm");
  let importer = null;
  let attached = false; // the importer handles the box's events itself
  function boxSays(msg, busy) {
    const boxStatus = byId("import-status-text"), boxBar = byId("import-bar");
    if (boxStatus) boxStatus.textContent = msg;
    if (boxBar) boxBar.hidden = !busy;
  }
  function loadImporter() {
    if (!importer) {
      boxSays("Loading the importer…", true);
      importer = (async () => {
        if (typeof WebAssembly !== "object" || typeof Go !== "function") {
          throw new Error("this browser cannot run WebAssembly");
        }
        const go = new Go();
        const ready = new Promise((res) => { ns._importerReady = res; });
        const resp = await fetch(importerURL);
        if (!resp.ok) throw new Error("importer.wasm: HTTP " + resp.status);
        const result = WebAssembly.instantiateStreaming
          ? await WebAssembly.instantiateStreaming(resp, go.importObject)
          : await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
        const stopped = go.run(result.instance).then(() => { throw new Error("the importer stopped"); });
        attached = true;
        await Promise.race([ready, stopped]);
        return ns._importer;
      })();
      importer.then(() => boxSays("", false), (err) => {
        importer = null;
        attached = false;
        console.warn("sgrules: the importer did not load:", err);
        boxSays("The importer could not be loaded (" + (err && err.message || err) + "). Your text is still in the box: press Import to try again.", false);
      });
    }
    return importer;
  }
  // Until the importer runs, the box's first events start its download;
  // a paste, a drop or Import marks the text to import once it runs.
  function early(pending) {
    return (ev) => {
      if (attached) return;
      if (pending) ns._importPending = true;
      loadImporter().catch(() => {});
    };
  }
  // The box is wired once the body is parsed (this script runs in the head).
  function wireBox() {
    const box = byId("import-text");
    if (!box) return;
    box.addEventListener("focus", early(false));
    box.addEventListener("paste", early(true));
    box.addEventListener("dragover", (ev) => { if (!attached) ev.preventDefault(); });
    box.addEventListener("drop", (ev) => {
      if (attached) return;
      const f = ev.dataTransfer && ev.dataTransfer.files && ev.dataTransfer.files[0];
      if (!f) { early(true)(ev); return; }
      ev.preventDefault();
      loadImporter().catch(() => {});
      f.text().then((t) => {
        box.value = t;
        if (attached) box.dispatchEvent(new InputEvent("input", { inputType: "insertFromDrop" }));
        else ns._importPending = true;
      }, (err) => boxSays("The file " + f.name + " could not be read (" + err + ").", false));
    });
    const button = byId("import-button");
    if (button) button.addEventListener("click", early(true));
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wireBox);
  else wireBox();
  // The importer hands what it read to the page's form once the page runs.
  ns._replace = (doc, output, again) => ns.ready.then(() => ns._replaceForm(doc, output, again));
  // import(requestJSON) is a promise of the result JSON (README, "JavaScript
  // API"); it rejects when the request is not an import request.
  ns.import = (request) => loadImporter().then((run) => {
    const out = run(request);
    if (out instanceof Error) throw out;
    return out;
  });

  // mark records a loading step for the benchmark (tools/bench).
  function mark(step) {
    if (globalThis.performance && performance.mark) performance.mark("loader-" + step);
  }

  // The loading bar's elements, once the body is parsed.
  function byId(id) { return document.getElementById(id); }

  function fail(err) {
    const bar = byId("loading-bar"), text = byId("loading-text");
    console.error("sgrules:", err);
    if (text) text.textContent = "Could not start the generator: " + err + ". Reload the page to try again.";
    if (bar) bar.hidden = true;
    document.body.classList.add("failed");
    rejectReady(err);
  }

  function progress(loaded, total) {
    const bar = byId("loading-bar"), text = byId("loading-text");
    if (!bar) return;
    if (total > 0) {
      bar.max = total;
      bar.value = Math.min(loaded, total);
    }
    if (text) text.textContent = "Loading the generator… " + (loaded / 1048576).toFixed(1) + " MB";
  }

  // counted wraps a response so every chunk read updates the progress bar.
  // Content-Length is the encoded size when the server compresses, so the
  // bar is only a hint; it is clamped.
  function counted(resp) {
    const total = +(resp.headers.get("Content-Length") || 0);
    const encoded = !!resp.headers.get("Content-Encoding");
    if (!resp.body || typeof TransformStream === "undefined") return resp;
    let loaded = 0;
    const body = resp.body.pipeThrough(new TransformStream({
      transform(chunk, ctl) {
        loaded += chunk.byteLength;
        progress(encoded ? Math.min(loaded / 4, total) : loaded, total);
        ctl.enqueue(chunk);
      },
    }));
    return new Response(body, { headers: { "Content-Type": "application/wasm" } });
  }

  async function start() {
    if (typeof WebAssembly !== "object" || typeof Go !== "function") {
      throw new Error("this browser cannot run WebAssembly");
    }
    const go = new Go();
    mark("fetch-start");
    const resp = await fetch(wasmURL);
    if (!resp.ok) throw new Error("main.wasm: HTTP " + resp.status);
    mark("response");
    let result;
    if (WebAssembly.instantiateStreaming) {
      result = await WebAssembly.instantiateStreaming(counted(resp), go.importObject);
    } else {
      result = await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
    }
    mark("compiled");
    const text = byId("loading-text");
    if (text) text.textContent = "Starting…";
    // The size of the generator's memory, for tests: Go never returns
    // memory to the page, so it grows with the heap's high-water mark.
    ns._memoryBytes = () => result.instance.exports.mem.buffer.byteLength;
    go.run(result.instance).then(() => fail(new Error("the generator stopped")));
  }

  function go() { start().catch(fail); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", go);
  else go();
})();
