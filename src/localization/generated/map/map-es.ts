// Do not modify this file by hand! `npm run localize` writes it (scripts/split-map-locales.mjs):
// the map's messages, merged into the es module's templates when a map is on the page
// (src/ideas-map/translations.ts).
import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'map-cities-few': `{count} ciudades`,
  'map-cities-many': `{count} de ciudades`,
  'map-cities-one': `{count} ciudad`,
  'map-cities-other': `{count} ciudades`,
  'map-cities-two': `{count} ciudades`,
  'map-cities-zero': `{count} ciudades`,
  'map-city': str`${0}: ${1}`,
  'map-close': `Cerrar`,
  'map-empty': `No hay ideas que mostrar en el mapa.`,
  'map-group': str`Alrededor de ${0}: ${1}, ${2}`,
  'map-help': `Flechas: ir de ciudad en ciudad. Intro: elegir. Esc: borrar.`,
  'map-label': `Mapa de buenas ideas`,
  'map-list': str`Lista de ciudades (${0})`,
  'map-shown': str`Las primeras ${0} de ${1}`,
  'map-unplaced': str`Fuera del mapa (sin ubicación): ${0}`,
};
