/** The script-tag build: one file that defines every element. */
export * from './index.js';
