/**
 * The snippet builder's script: `dist/builder/builder.js`, built by scripts/build-builder.mjs
 * with Lit and the library's content layer inside. It finds custom-elements.json,
 * wordpress-elements.json, cm-widgets.js and example.json beside itself, so the folder works wherever it is hosted.
 */
import './app.js';
