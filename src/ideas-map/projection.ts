/**
 * Where a place falls on the map: the Equal Earth projection (Šavrič, Patterson & Jenny,
 * 2018) with the fit that scripts/build-outline.mjs gave d3-geo for the outline
 * (generated/frame.ts), so a city falls where d3 put the land around it (within 0.01 unit,
 * tested). Equal Earth keeps areas true (no continent swollen as on Mercator), and its
 * forward formula is a few lines: no projection library ships.
 */
import {SCALE, TRANSLATE_X, TRANSLATE_Y} from './generated/frame.js';

/** A position in the map's viewBox units (y grows downwards, as in SVG). */
export interface Point {
  x: number;
  y: number;
}

const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RADIANS = Math.PI / 180;

/** The viewBox position of a latitude and longitude in degrees (an idea or a city fits as it is). */
export function project({lat, lng}: {lat: number; lng: number}): Point {
  // θ, the parametric latitude, makes the projection equal-area.
  const theta = Math.asin(M * Math.sin(lat * RADIANS));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  const x = (lng * RADIANS * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return {x: TRANSLATE_X + SCALE * x, y: TRANSLATE_Y - SCALE * y};
}
