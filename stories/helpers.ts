/**
 * Story helpers. A static Storybook cannot serve a slow URL, so a loading story makes one
 * URL never answer (until the element aborts it). Patching fetch is fine in a story, never
 * in the library; other URLs pass through, and the returned cleanup restores fetch.
 */
export function hangFetch(path: string) {
  const realFetch = window.fetch;
  const target = new URL(path, document.baseURI).href;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (new URL(url, document.baseURI).href !== target) return realFetch(input, init);
    return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
  };
  return () => {
    window.fetch = realFetch;
  };
}

/** Stories load the test fixtures (served at fixtures/, relative so a sub-path works). */
export const fixture = (name: string) => `fixtures/${name}`;
