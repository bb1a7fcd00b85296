#!/usr/bin/env node
// `npx cm-widgets <command> …`: the package's command line, a dispatcher. Each command is a
// module beside this one exporting `main(args)`, which resolves to the exit code.
import {existsSync} from 'node:fs';
import process from 'node:process';

const COMMANDS = {
  validate: 'Check feeds as the elements read them.',
  render: 'Print an element as prerendered HTML (paste-in, no JavaScript needed to show it).',
};

const usage = `Usage: npx cm-widgets <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, what]) => `  ${name.padEnd(10)}${what}`)
  .join('\n')}

Run "npx cm-widgets <command> --help" for a command's options.
`;

const [command, ...args] = process.argv.slice(2);

if (!command || command === '--help' || command === '-h' || command === 'help') {
  process.stdout.write(usage);
} else if (!Object.hasOwn(COMMANDS, command)) {
  process.stderr.write(`cm-widgets: unknown command "${command}".\n\n${usage}`);
  process.exitCode = 2;
} else {
  const module = new URL(`./${command}.mjs`, import.meta.url);
  if (!existsSync(module)) {
    // `render` arrives with the prerenderer; until then the command says so plainly.
    process.stderr.write(`cm-widgets: "${command}" is not available in this version of the package.\n`);
    process.exitCode = 2;
  } else {
    const {main} = await import(module.href);
    process.exitCode = await main(args);
  }
}
