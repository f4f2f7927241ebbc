// sgrules skeleton takeover. index.html carries a static copy of the default
// page, its skeleton (written by tools/prerender from the page itself), so a
// visitor sees the form and the command, and can type into the form, before
// main.wasm has arrived. This script hands what was typed to the page; the
// page calls its steps (wasm/main.go), and it is plain JavaScript so that
// the takeover costs the page's WebAssembly nothing.
//
// The page starts in two frames: the command alone, then the whole form.
// Between the two the skeleton's form stays on screen, moved into the form
// column's placeholder, so nothing blinks. When the real form arrives, every
// control the visitor changed is set again in it through the input and
// change events typing sends, so each change takes the path an edit always
// takes; the focus and the caret stay where they were.
"use strict";
(function () {
  const ns = (globalThis.sgrules = globalThis.sgrules || {});
  const form = document.querySelector("main#app[data-skeleton] > section.form");
  // A link's page is not the default one (static/loader.js hides the skeleton).
  if (!form || document.documentElement.classList.contains("link")) return;
  let nodes = Array.from(form.childNodes);
  let caret = null;

  // typed lists the controls whose value is no longer the skeleton's own.
  function typed() {
    const out = [];
    for (const root of nodes) {
      if (root.nodeType !== Node.ELEMENT_NODE) continue;
      for (const el of root.querySelectorAll("input[id], select[id], textarea[id]")) {
        if (el.tagName === "SELECT") {
          const o = el.options[el.selectedIndex];
          if (o && !o.defaultSelected) out.push({ id: el.id, value: el.value, select: true });
        } else if (el.value !== el.defaultValue) {
          out.push({ id: el.id, value: el.value });
        }
      }
    }
    return out;
  }

  // where is the focus and caret, if they are in the skeleton.
  function where() {
    const el = document.activeElement;
    if (!el || !el.id || !nodes.some((n) => n.contains(el))) return null;
    let start = null, end = null;
    try { start = el.selectionStart; end = el.selectionEnd; } catch (e) { /* not a text control */ }
    return { id: el.id, start, end };
  }

  function restore(c) {
    const el = c && document.getElementById(c.id);
    if (!el) return;
    el.focus({ preventScroll: true });
    if (typeof c.start === "number" && typeof c.end === "number") {
      try { el.setSelectionRange(c.start, c.end); } catch (e) { /* not a text control */ }
    }
  }

  // replay sets each typed value in its control. A select's change may
  // bring fields in (a rule's type shows its ports) that exist only once
  // the page has re-rendered, in the next frame: what is not found yet is
  // tried again then, up to passes times.
  function replay(list, c, passes) {
    const rest = [];
    let changed = false;
    for (const t of list) {
      const el = document.getElementById(t.id);
      if (!el) { rest.push(t); continue; }
      if (el.value === t.value) continue;
      el.value = t.value;
      el.dispatchEvent(new Event(t.select ? "change" : "input", { bubbles: true }));
      changed = changed || t.select;
    }
    restore(c);
    if (rest.length && changed && passes > 1) {
      requestAnimationFrame(() => setTimeout(() => replay(rest, c, passes - 1)));
    }
  }

  const early = { "group-id": "GroupId", "group-name": "GroupName", "owner-id": "OwnerId" };
  ns._skeleton = {
    // The group's own fields the visitor changed, by Input field name: the
    // page applies them before its first command, which then shows them.
    early() {
      const out = {};
      for (const t of typed()) if (early[t.id]) out[early[t.id]] = t.value;
      return out;
    },
    // Right before the page's first render, which replaces the skeleton's
    // #app and so takes the focus out of it.
    hold() { caret = where(); },
    // Right after it: the skeleton's form goes into the form column.
    moveIn() {
      const column = document.querySelector("#app > section.form[aria-busy]");
      if (!column) { nodes = []; return; }
      for (const n of nodes) column.appendChild(n);
      restore(caret);
    },
    // Right after dispatching what renders the form: in that frame, after
    // the page's render and before the paint, with no event in between,
    // the skeleton goes (the page keeps the column's element, so its nodes
    // would stay) and what was typed in it is set in the form.
    handover() {
      requestAnimationFrame(() => {
        const list = typed(), c = where();
        for (const n of nodes) n.remove();
        nodes = [];
        delete ns._skeleton;
        replay(list, c, 3);
      });
    },
  };
})();
