/** Punctuation that differs between languages, shared by every element. */
import {msg} from '@lit/localize';

/**
 * Between the parts of one line: "Jussi Pajunen, Mayor, Helsinki". Arabic uses its own
 * comma "، " (U+060C), which a hard-coded ", " would miss.
 */
export const separator = () => msg(', ', {id: 'separator', desc: 'Between parts of a line: “Name, Mayor, City”.'});
