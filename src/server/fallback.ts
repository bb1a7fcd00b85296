/**
 * The plain light-DOM fallback of a prerendered element: HTML that visitors without
 * declarative shadow DOM, reader modes and search engines see, and that the element's own
 * reader (src/content/readers.ts) turns back into the items it shows, field for field, when
 * it has no `src`.
 */
import {IDEAS, normalizeItems, QUOTES, STORIES, WEBINARS, type ContentType} from '../content/normalize.js';
import {baseLang, resolveText} from '../content/text.js';
import type {Idea, LocalizedText, Quote, Story, Webinar} from '../content/types.js';

/** Text for an HTML text node or a double-quoted attribute value. */
export const escapeHtml = (s: unknown) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const good = <T>(items: readonly unknown[], type: ContentType<T>) =>
  normalizeItems(items, type, {label: 'the feed'}, () => {});

/** Writes one language's fallback; `separator` joins the parts of a line as the element does. */
export function fallbackHtml(tag: string, raw: readonly unknown[], lang: string, separator: string): string {
  const text = (v: LocalizedText | undefined, itemLang?: string) => escapeHtml(resolveText(v, lang, itemLang)?.text);
  const langOf = (v: LocalizedText | undefined, itemLang?: string) => {
    const l = resolveText(v, lang, itemLang)?.lang;
    return l && baseLang(l) !== baseLang(lang) ? ` lang="${escapeHtml(l)}"` : '';
  };
  const attr = (name: string, value: unknown) =>
    value == null || value === '' ? '' : ` ${name}="${escapeHtml(value)}"`;
  const line = (parts: (string | undefined)[]) => parts.filter(Boolean).join(escapeHtml(separator));

  switch (tag) {
    case 'cm-featured-story': {
      const [s] = good<Story>(raw, STORIES);
      const l = s.lang;
      return [
        s.image ? `<img${attr('src', s.image)}${attr('alt', resolveText(s.imageAlt, lang, l)?.text ?? '')}>` : '',
        `<h3${langOf(s.title, l)}><a${attr('href', s.url)}>${text(s.title, l)}</a></h3>`,
        s.author || s.date
          ? `<p>${s.author ? `<span class="author"${langOf(s.author, l)}>${text(s.author, l)}</span> ` : ''}${
              s.date ? `<time${attr('datetime', s.date)}>${escapeHtml(s.date)}</time>` : ''
            }</p>`
          : '',
        s.summary ? `<p${langOf(s.summary, l)}>${text(s.summary, l)}</p>` : '',
      ].join('');
    }
    case 'cm-webinar-card': {
      const [w] = good<Webinar>(raw, WEBINARS);
      const l = w.lang;
      const speakers = (w.speakers ?? []).map(
        (s) => `<li>${line([text(s.name, l), text(s.role, l), text(s.organization, l)])}</li>`
      );
      return [
        `<h3${langOf(w.title, l)}>${w.url ? `<a${attr('href', w.url)}>${text(w.title, l)}</a>` : text(w.title, l)}</h3>`,
        w.poster ? `<img${attr('src', w.poster)} alt="">` : '',
        w.date || w.durationMinutes
          ? `<p>${w.date ? `<time${attr('datetime', w.date)}>${escapeHtml(w.date)}</time> ` : ''}${
              w.durationMinutes
                ? `<time datetime="PT${Math.round(w.durationMinutes)}M">${Math.round(w.durationMinutes)} min</time>`
                : ''
            }</p>`
          : '',
        w.summary ? `<p${langOf(w.summary, l)}>${text(w.summary, l)}</p>` : '',
        speakers.length ? `<ul>${speakers.join('')}</ul>` : '',
        w.video ? `<p><a${attr('href', w.video)}>${escapeHtml(w.video)}</a></p>` : '',
      ].join('');
    }
    case 'cm-quote-rotator':
      return good<Quote>(raw, QUOTES)
        .map((q) => {
          const l = q.lang;
          const rest = line([text(q.role, l), text(q.city, l), text(q.country, l)]);
          const caption = `<cite>${text(q.author, l)}</cite>${rest ? escapeHtml(separator) + rest : ''}`;
          return `<blockquote${langOf(q.text, l)}${attr('cite', q.url)}><p>${text(q.text, l)}</p><footer>${caption}</footer></blockquote>`;
        })
        .join('');
    case 'cm-ideas-index':
    case 'cm-ideas-map':
      return `<ul>${good<Idea>(raw, IDEAS)
        .map((i) => {
          const l = i.lang;
          const data =
            attr('data-id', i.id) +
            attr('data-city', resolveText(i.city, lang, l)?.text) +
            attr('data-country', resolveText(i.country, lang, l)?.text) +
            attr('data-region', resolveText(i.region, lang, l)?.text) +
            attr('data-themes', i.themes?.map((t) => resolveText(t, lang, l)?.text).join(',')) +
            attr('data-organization', resolveText(i.organization, lang, l)?.text) +
            attr('data-year', i.year) +
            attr('data-lat', i.lat) +
            attr('data-lng', i.lng);
          const summary = i.summary ? `<p>${text(i.summary, l)}</p>` : '';
          return `<li${data}${langOf(i.title, l)}><a${attr('href', i.url)}>${text(i.title, l)}</a>${summary}</li>`;
        })
        .join('')}</ul>`;
  }
  return '';
}
