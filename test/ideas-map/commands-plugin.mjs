// Test-runner commands the map's tests need and @web/test-runner-commands lacks, through the
// DevTools protocol (one session per test page, kept open: emulation ends with it).
//   forced-colors {active}: Windows High Contrast-style forced colours on or off. (The
//     emulateMedia command cannot: Puppeteer refuses the feature.)
//   ax-tree: Chromium's full accessibility tree as [{role, name}], without Puppeteer's
//     snapshot pruning (it drops the options of a focusable, named listbox that uses
//     aria-activedescendant, which assistive technology does get).
export function mapTestCommands() {
  const sessions = new Map();
  const cdpOf = async (session) => {
    let cdp = sessions.get(session.id);
    if (!cdp) sessions.set(session.id, (cdp = await session.browser.getPage(session.id).createCDPSession()));
    return cdp;
  };
  return {
    name: 'map-test-commands',
    async executeCommand({command, payload, session}) {
      if (command === 'forced-colors') {
        await (
          await cdpOf(session)
        ).send('Emulation.setEmulatedMedia', {
          features: [{name: 'forced-colors', value: payload?.active ? 'active' : 'none'}],
        });
        return true;
      }
      if (command === 'ax-tree') {
        const {nodes} = await (await cdpOf(session)).send('Accessibility.getFullAXTree');
        return nodes
          .filter((n) => !n.ignored)
          .map((n) => ({
            role: n.role?.value ?? '',
            name: n.name?.value ?? '',
            selected: n.properties?.find((p) => p.name === 'selected')?.value.value,
          }));
      }
      return undefined;
    },
  };
}
