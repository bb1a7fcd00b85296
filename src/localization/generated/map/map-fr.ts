// Do not modify this file by hand! `npm run localize` writes it (scripts/split-map-locales.mjs):
// the map's messages, merged into the fr module's templates when a map is on the page
// (src/ideas-map/translations.ts).
import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'map-cities-few': `{count} villes`,
  'map-cities-many': `{count} de villes`,
  'map-cities-one': `{count} ville`,
  'map-cities-other': `{count} villes`,
  'map-cities-two': `{count} villes`,
  'map-cities-zero': `{count} ville`,
  'map-city': str`${0} : ${1}`,
  'map-close': `Fermer`,
  'map-empty': `Aucune idée à montrer sur la carte.`,
  'map-group': str`Autour de ${0} : ${1}, ${2}`,
  'map-help': `Flèches : aller de ville en ville. Entrée : choisir. Échap : effacer.`,
  'map-label': `Carte des bonnes idées`,
  'map-list': str`Liste des villes (${0})`,
  'map-shown': str`Les ${0} premières sur ${1}`,
  'map-unplaced': str`Absentes de la carte (lieu non précisé) : ${0}`,
};
