import {msg} from '@lit/localize';
import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {STORIES} from '../content/normalize.js';
import {readStory} from '../content/readers.js';
import type {Story} from '../content/types.js';
import {ContentController} from '../controllers/content.js';
import type {Text} from '../controllers/locale.js';
import {CmElement} from '../internal/cm-element.js';
import {define} from '../internal/define.js';
import {textParagraph, textSpan} from '../internal/text.js';
import {cardStyles} from '../styles/card.styles.js';
import {featuredStoryStyles} from './featured-story.styles.js';

/**
 * A featured story card: kicker, title, optional image, author and date, summary and a
 * "More" link. The whole card is clickable through that one link.
 *
 * @tagname cm-featured-story
 * @summary A story card from Cities of Migration, from attributes, a property, a feed or its HTML.
 *
 * HTML children (a heading, a paragraph, a link, an image) are what visitors see before
 * and without JavaScript; they are read as the story when no other content is given, and
 * stay in the page, undisplayed, once the card renders.
 *
 * @csspart card - The card (`article`).
 * @csspart image - The story image.
 * @csspart kicker - The line above the title ("Featured Story").
 * @csspart heading - The title.
 * @csspart meta - Author and date.
 * @csspart summary - The summary.
 * @csspart link - The "More" link.
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart error - The message shown when the content cannot be shown.
 * @csspart retry-button - The Retry button of the error message.
 *
 * @cssprop [--cm-font-family=inherit] - Font of the card.
 * @cssprop [--cm-color-text=inherit] - Text colour.
 * @cssprop [--cm-color-muted=currentColor at 72 %] - Colour of the author and date.
 * @cssprop [--cm-color-accent=#a3341a] - Kicker and link colour, and the focus ring.
 * @cssprop [--cm-color-surface=transparent] - Card background.
 * @cssprop [--cm-color-border=currentColor at 22 %] - Card border.
 * @cssprop [--cm-radius=0.5rem] - Corner radius.
 * @cssprop [--cm-space=1rem] - Inner spacing.
 * @cssprop [--cm-focus-ring=3px solid accent] - Outline of the focused card.
 *
 * @fires {CustomEvent<{error: Error, src: string}>} cm-error - The feed could not be loaded or used.
 */
export class CmFeaturedStory extends CmElement<Story> {
  static override styles = [...CmElement.styles, cardStyles, featuredStoryStyles];

  protected readonly content = new ContentController<Story>(this, {
    type: STORIES,
    local: () => {
      if (this.story) return {items: [this.story], source: {label: 'the "story" property'}};
      if (this.heading == null && this.href == null) return undefined;
      const {heading: title, summary, href: url, image, imageAlt} = this;
      return {
        items: [{title, summary, url, image, imageAlt}],
        source: {label: 'its attributes', names: {title: 'heading', url: 'href', imageAlt: 'image-alt'}},
      };
    },
    src: () => this.src,
    read: readStory,
    id: () => this.storyId,
    timeout: () => this.timeout,
    hint: 'set heading and href, src or the story property, or write HTML children',
  });

  /** The story to show; takes precedence over every attribute. */
  @property({attribute: false}) story?: Story;

  /** Title of the story (with `href`, the plain-attribute way to give a story). */
  @property() heading?: string;

  /** Short summary; markup is shown as text. */
  @property() summary?: string;

  /** Link to the full story: an http(s) or relative URL. */
  @property() href?: string;

  /** Line above the title; defaults to the localized "Featured Story". */
  @property() kicker?: string;

  /** Image URL (http(s) or relative). */
  @property() image?: string;

  /** Text alternative of the image; without it the image is decorative. */
  @property({attribute: 'image-alt'}) imageAlt?: string;

  /** URL of a JSON feed (a stories array, a `stories` key, or a JSON Feed). */
  @property() src?: string;

  /** `id` of the story to show from the feed; the first story when absent. */
  @property({attribute: 'story-id'}) storyId?: string;

  /** Milliseconds to wait for the feed before showing an error (default 10000). */
  @property({type: Number}) timeout?: number;

  protected override contentName() {
    return this.kicker || msg('Featured Story');
  }

  protected override renderContent([story]: Story[]) {
    const tr = (text: Story['title'] | undefined) => this.locale.text(text, story.lang);
    const {image, date} = story;
    const author = tr(story.author);
    const alt = tr(story.imageAlt);
    // The kicker attribute is the page's own text; a feed's kicker is content in its language.
    const kicker: Text =
      this.kicker != null ? {text: this.kicker} : (tr(story.kicker) ?? {text: msg('Featured Story')});
    return html`<article part="card" class="card">
      ${
        image
          ? html`<img part="image" src=${image} alt=${alt?.text ?? ''} lang=${ifDefined(alt?.lang)} loading="lazy" />`
          : nothing
      }
      <div class="body">
        ${textParagraph('kicker', kicker)} ${this.renderHeading(tr(story.title)!)}
        ${
          author || date
            ? html`<p part="meta" class="meta">
                ${textSpan(author)}${author && date ? ' · ' : nothing}${
                  date ? html`<time datetime=${date}>${this.locale.date(date)}</time>` : nothing
                }
              </p>`
            : nothing
        }
        ${textParagraph('summary', tr(story.summary))}
        <a part="link" id="link" href=${story.url} aria-labelledby="link title"
          >${msg('More', {desc: 'Visible text of the link to the full story.'})}</a
        >
      </div>
    </article>`;
  }
}

define('cm-featured-story', CmFeaturedStory);

declare global {
  interface HTMLElementTagNameMap {
    'cm-featured-story': CmFeaturedStory;
  }
}
