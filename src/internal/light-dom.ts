/**
 * Reading what a webmaster wrote inside an element (progressive enhancement), shared by
 * the elements that take their content from their children.
 */

/** The first paragraph with text that is not just a link: the summary of a card. */
export const summaryParagraph = (root: Element) =>
  [...root.querySelectorAll('p')].find((p) => !p.querySelector('a') && p.textContent?.trim());
