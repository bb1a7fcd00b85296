/**
 * JSON Feed (1.0 and 1.1) items as stories, per DESIGN.md's mapping. A module of its own:
 * the script-tag build loads it only when a feed turns out to be a JSON Feed.
 */
type Raw = Record<string, unknown>;

export const jsonFeedStories = (feed: Raw): unknown[] =>
  (Array.isArray(feed.items) ? feed.items : []).map((item: Raw) =>
    item && typeof item == 'object'
      ? {
          id: item.id,
          title: item.title,
          summary: item.summary ?? item.content_text,
          url: item.url ?? item.external_url,
          image: item.image ?? item.banner_image,
          date: item.date_published,
          author: ((item.authors as Raw[])?.[0] ?? (item.author as Raw))?.name,
          lang: item.language ?? feed.language,
        }
      : item
  );
