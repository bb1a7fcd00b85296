// The built bundle inside a page served with a strict Content-Security-Policy (no inline
// script or style, no eval) and Trusted Types enforced with only the `lit-html` policy.
import {expect} from '@open-wc/testing';
import {until} from './helpers.js';

interface CspWindow extends Window {
  cspViolations: string[];
}

async function loadPage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 900px';
  document.body.append(frame);
  frame.src = '/test/csp/page.html';
  await new Promise((r) => frame.addEventListener('load', r, {once: true}));
  return frame;
}

describe('under a strict CSP with Trusted Types', () => {
  it('renders every element, plays a video, searches, switches locale, and records no violation', async () => {
    const frame = await loadPage();
    const win = frame.contentWindow as CspWindow;
    const doc = frame.contentDocument!;
    const shadow = (tag: string) => doc.querySelector(tag)!.shadowRoot;
    await until(() => !!shadow('cm-featured-story')?.querySelector('article'), 5000, 'story');
    await until(() => !!shadow('cm-quote-rotator')?.querySelector('.slide'), 5000, 'quotes');
    await until(() => !!shadow('cm-webinar-card')?.querySelector('article'), 5000, 'webinar');
    await until(() => !!shadow('cm-ideas-index')?.querySelector('li'), 5000, 'ideas');
    // Search and URL sync run under the policy too.
    const search = shadow('cm-ideas-index')!.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'mont';
    search.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await until(() => new URL(win.location.href).searchParams.get('cm-q') === 'mont', 5000, 'the search in the URL');
    // The video facade gives way to the player (frame-src allows the no-cookie host).
    shadow('cm-webinar-card')!.querySelector<HTMLButtonElement>('[part=play-button]')!.click();
    await until(() => !!shadow('cm-webinar-card')!.querySelector('iframe'), 5000, 'the player');
    expect(shadow('cm-webinar-card')!.querySelector('iframe')!.src).to.match(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ/
    );
    // The calendar file is a blob: URL made without inline script.
    expect(shadow('cm-webinar-card')!.querySelector<HTMLAnchorElement>('[part=calendar-link]')!.href).to.match(
      /^blob:/
    );
    expect(shadow('cm-featured-story')!.querySelector('[part=heading]')!.textContent).to.equal(
      'Two cheers for the Global Compact'
    );
    // Styles apply (constructable stylesheets are allowed by style-src 'self').
    const kicker = shadow('cm-featured-story')!.querySelector('[part=kicker]')!;
    expect(win.getComputedStyle(kicker).textTransform).to.equal('uppercase');
    doc.documentElement.lang = 'fr';
    await until(() => kicker.textContent === 'À la une', 5000, 'French');
    expect(win.cspViolations).to.deep.equal([]);
    // The policy really is enforced: an inline script is refused and reported.
    let refused = false;
    try {
      const script = doc.createElement('script');
      script.textContent = 'window.inlineRan = true';
      doc.body.append(script);
    } catch {
      // Trusted Types refuses plain-string script text: enforcement at work.
      refused = true;
    }
    expect(refused).to.be.true;
    await until(() => win.cspViolations.length > 0, 2000, 'the control violation');
    expect((win as unknown as {inlineRan?: boolean}).inlineRan).to.equal(undefined);
    frame.remove();
  });
});
