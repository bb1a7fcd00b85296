// For `npm test`: the dot reporter shows progress and the failures in full, and drops what
// the tests print; this reporter passes that on (the table of known schema exceptions).
export default async function* printed(source) {
  let first = true;
  for await (const {type, data} of source) {
    if (type !== 'test:stdout') continue;
    yield `${first ? '\n' : ''}${data.message}`;
    first = false;
  }
}
