/**
 * Landmarks in a page we do not control. An element inside a section the page has already
 * named should not open a second landmark of its own under the same name (screen readers
 * list "Mayors on immigration, region" twice), and two copies of an element should not give
 * two landmarks of one name.
 */

const NAMED_REGION = ':is(section, [role="region"]):is([aria-labelledby], [aria-label])';

/** The accessible name of the named section or region around `host`, if any. */
export function enclosingRegionName(host: Element): string | undefined {
  const region = host.parentElement?.closest(NAMED_REGION);
  if (!region) return undefined;
  const root = region.getRootNode() as Document | ShadowRoot;
  const ids = region.getAttribute('aria-labelledby')?.trim();
  const name = ids
    ? ids
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' ')
    : region.getAttribute('aria-label');
  return name?.replace(/\s+/g, ' ').trim() || undefined;
}
