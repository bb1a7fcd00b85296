/** Dispatches a `cm-*` event the way every element does: bubbling and composed. */
export function fire<T>(target: EventTarget, type: `cm-${string}`, detail: T) {
  return target.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true}));
}
