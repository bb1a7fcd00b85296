/**
 * A city's identity, shared by the map (which groups ideas by it) and the index (whose
 * `city` filter uses it, so that both count the same ideas). Apart from cities.ts so that
 * the index, in every page's bundle, does not bring the map's layout code along.
 */
import {fold} from '../content/fold.js';
import {resolveText} from '../content/text.js';
import type {Idea, LocalizedText} from '../content/types.js';

// Folding is the slow part (a few µs for a name with accents), and the same few hundred
// names come back thousands of times: each is folded once per page.
const identities = new Map<string, string>();
/**
 * A name's identity: its English text (else the first), folded. The index's theme and
 * country filters merge their values by it too.
 */
export const identity = (text: LocalizedText) => {
  const name = resolveText(text, 'en')?.text ?? '';
  let id = identities.get(name);
  if (id === undefined) identities.set(name, (id = fold(name)));
  return id;
};

/**
 * The identity of an idea's city: city and country ignoring case, accents and translation
 * (the English text, else the first), as the index's facets compare them. "Montreal" and
 * `{"en": "Montréal", "fr": "Montréal"}` in Canada are one city; London in Canada is not
 * London in the United Kingdom.
 */
export const cityKey = (idea: Idea) => `${identity(idea.city)}\n${identity(idea.country)}`;
