/**
 * The live preview: a page of its own (an iframe), with the script a webmaster's page loads
 * and the element the snippet holds. A page of its own because the widgets follow their
 * page's `<html lang>`: the preview can be in Arabic while the builder is in English.
 */

/** The preview page: the script, the page colours the widget inherits, nothing else. */
const page = (scriptUrl: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
:root { color-scheme: light; color: #1f1f1f; background: #fff; font-family: system-ui, sans-serif; line-height: 1.5; }
:root[data-page='dark'] { color-scheme: dark; color: #ececec; background: #111; }
body { margin: 1rem; }
</style>
<style id="tokens"></style>
<script type="module" src="${scriptUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></script>
</head>
<body></body>
</html>`;

export interface PreviewState {
  tag: string;
  attributes: Record<string, string | true>;
  css: string;
  lang: string;
  page: 'light' | 'dark';
}

export class Preview {
  readonly #frame: HTMLIFrameElement;
  #scriptUrl?: string;
  #ready?: Promise<Document>;
  #resize?: ResizeObserver;

  constructor(frame: HTMLIFrameElement) {
    this.#frame = frame;
  }

  /** The element in the preview page, once there is one. */
  get element(): HTMLElement | null {
    return (this.#frame.contentDocument?.body?.firstElementChild as HTMLElement | null) ?? null;
  }

  /** Shows `state`: the element is updated in place (as a page's script would), or replaced for another tag. */
  async show(scriptUrl: string, state: PreviewState) {
    if (scriptUrl !== this.#scriptUrl || !this.#ready) this.#load(scriptUrl);
    const doc = await this.#ready!;
    const root = doc.documentElement;
    root.lang = state.lang;
    root.dir = /^(ar|he|fa|ur)\b/.test(state.lang) ? 'rtl' : 'ltr';
    root.dataset.page = state.page;
    doc.getElementById('tokens')!.textContent = state.css;
    let el = doc.body.firstElementChild;
    if (el?.localName !== state.tag) {
      el = doc.createElement(state.tag);
      doc.body.replaceChildren(el);
    }
    for (const {name} of [...el.attributes]) if (!(name in state.attributes)) el.removeAttribute(name);
    for (const [name, value] of Object.entries(state.attributes)) {
      const text = value === true ? '' : value;
      if (el.getAttribute(name) !== text) el.setAttribute(name, text);
    }
  }

  #load(scriptUrl: string) {
    this.#scriptUrl = scriptUrl;
    this.#resize?.disconnect();
    this.#ready = new Promise((resolve) => {
      this.#frame.addEventListener(
        'load',
        () => {
          const doc = this.#frame.contentDocument!;
          // As tall as its content (the body's, which the frame's own height does not
          // stretch): the page scrolls, not a box inside it.
          this.#resize = new ResizeObserver(() => {
            const margin = parseFloat(getComputedStyle(doc.body).marginBlockEnd) || 0;
            const borders = this.#frame.offsetHeight - this.#frame.clientHeight;
            const height = Math.ceil(doc.body.getBoundingClientRect().bottom + margin + borders);
            this.#frame.style.blockSize = `${height}px`;
          });
          this.#resize.observe(doc.body);
          resolve(doc);
        },
        {once: true}
      );
    });
    this.#frame.srcdoc = page(scriptUrl);
  }

  disconnect() {
    this.#resize?.disconnect();
  }
}
