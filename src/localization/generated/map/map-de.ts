// Do not modify this file by hand! `npm run localize` writes it (scripts/split-map-locales.mjs):
// the map's messages, merged into the de module's templates when a map is on the page
// (src/ideas-map/translations.ts).
import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'map-cities-few': `{count} Städte`,
  'map-cities-many': `{count} Städte`,
  'map-cities-one': `{count} Stadt`,
  'map-cities-other': `{count} Städte`,
  'map-cities-two': `{count} Städte`,
  'map-cities-zero': `{count} Städte`,
  'map-city': str`${0}: ${1}`,
  'map-close': `Schließen`,
  'map-empty': `Keine Ideen auf der Karte.`,
  'map-group': str`Rund um ${0}: ${1}, ${2}`,
  'map-help': `Pfeiltasten: von Stadt zu Stadt. Eingabe: auswählen. Esc: zurücksetzen.`,
  'map-label': `Karte der guten Ideen`,
  'map-list': str`Liste der Städte (${0})`,
  'map-shown': str`Die ersten ${0} von ${1}`,
  'map-unplaced': str`Nicht auf der Karte (ohne Ortsangabe): ${0}`,
};
