/**
 * cm-widgets.css: the `static styles` of every element in one file that each prerendered
 * shadow root links. The elements share class names with different rules (`.card`, `a`,
 * `*`), so every rule is scoped to the elements whose styles hold it:
 *   `.card`            → `:host(:is(cm-featured-story,cm-webinar-card)) .card`
 *   `:host`            → `:host(:is(…))`
 *   `:host([hidden])`  → `:host(:is(…)[hidden])`
 * Every selector gains the same specificity, (0,1,1) for a descendant and (0,0,1) for
 * `:host` (which never competes with a descendant), so the cascade inside a shadow root is
 * the one of the adopted sheets. `@media`, `@container` and `@supports` are scoped inside;
 * `@keyframes` are kept as they are. The host's loading reservation
 * (`:host(:not(:state(ready)))`) is left out: a prerendered element shows its content.
 */
import type {CSSResultOrNative} from 'lit';

interface Block {
  prelude: string;
  body: string;
}

/** Top-level `prelude { body }` blocks and `@…;` statements of a style sheet. */
function blocks(css: string): Block[] {
  const out: Block[] = [];
  let i = 0;
  let start = 0;
  while (i < css.length) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      css = css.slice(0, i) + css.slice(end + 2);
      continue;
    }
    if (c === '"' || c === "'") {
      i = css.indexOf(c, i + 1) + 1;
      continue;
    }
    if (c === ';' && css.slice(start, i).trim().startsWith('@')) {
      out.push({prelude: css.slice(start, i + 1).trim(), body: ''});
      start = ++i;
      continue;
    }
    if (c === '{') {
      let depth = 1;
      let j = i + 1;
      for (; depth; j++) {
        if (css[j] === '"' || css[j] === "'") j = css.indexOf(css[j], j + 1);
        else if (css[j] === '{') depth++;
        else if (css[j] === '}') depth--;
      }
      out.push({prelude: css.slice(start, i).trim(), body: css.slice(i + 1, j - 1)});
      start = i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** Splits a selector list at its top-level commas. */
function selectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && !depth) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out;
}

/** One selector, scoped to the hosts `is` (`:is(cm-a,cm-b)` or `cm-a`). */
function scopeSelector(selector: string, is: string): string {
  if (selector.startsWith(':host(')) return `:host(${is}${selector.slice(6)}`;
  if (selector.startsWith(':host')) return `:host(${is})${selector.slice(5)}`;
  return `:host(${is}) ${selector}`;
}

function scope(css: string, is: string): string {
  return blocks(css)
    .map(({prelude, body}) => {
      if (!body && prelude.startsWith('@')) return prelude;
      if (/^@(media|container|supports|layer)\b/.test(prelude)) return `${prelude}{${scope(body, is)}}`;
      if (prelude.startsWith('@')) return `${prelude}{${body}}`;
      const kept = selectors(prelude).filter((s) => !s.includes(':state(ready)'));
      return kept.length ? `${kept.map((s) => scopeSelector(s, is)).join(',')}{${body.trim()}}` : '';
    })
    .filter(Boolean)
    .join('\n');
}

/** The style sheets of each element, in their order; shared sheets once, scoped to their users. */
export function widgetsCss(elements: Record<string, {elementStyles: CSSResultOrNative[]}>): string {
  const users = new Map<string, string[]>();
  for (const [tag, ctor] of Object.entries(elements)) {
    for (const sheet of ctor.elementStyles) {
      const text = (sheet as {cssText: string}).cssText;
      users.set(text, [...(users.get(text) ?? []), tag]);
    }
  }
  // Map keeps first-seen order: host styles, card styles, then each element's own, which
  // is every element's order too (each lists shared sheets before its own).
  return [...users]
    .map(([text, tags]) => scope(text, tags.length === 1 ? tags[0] : `:is(${tags.join(',')})`))
    .join('\n');
}
