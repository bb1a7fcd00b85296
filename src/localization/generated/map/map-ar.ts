// Do not modify this file by hand! `npm run localize` writes it (scripts/split-map-locales.mjs):
// the map's messages, merged into the ar module's templates when a map is on the page
// (src/ideas-map/translations.ts).
import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'map-cities-few': `{count} مدن`,
  'map-cities-many': `{count} مدينة`,
  'map-cities-one': `مدينة واحدة`,
  'map-cities-other': `{count} مدينة`,
  'map-cities-two': `مدينتان`,
  'map-cities-zero': `لا توجد مدن`,
  'map-city': str`${0}: ${1}`,
  'map-close': `إغلاق`,
  'map-empty': `لا توجد أفكار لعرضها على الخريطة.`,
  'map-group': str`حول ${0}: ${1}، ${2}`,
  'map-help': `الأسهم: التنقل من مدينة إلى أخرى. Enter: الاختيار. Esc: الإلغاء.`,
  'map-label': `خريطة الأفكار الجيدة`,
  'map-list': str`قائمة المدن (${0})`,
  'map-shown': str`أول ${0} من ${1}`,
  'map-unplaced': str`خارج الخريطة (بلا موقع محدد): ${0}`,
};
