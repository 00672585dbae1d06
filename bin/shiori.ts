#!/usr/bin/env -S npx tsx
import { formatProblem } from "@/scripts/cli";
import { checkCommand } from "./commands/check";

const HELP = `Shiori: a multilingual study portal for production readiness.

Usage: npm run shiori -- <command> [options]

Commands:
  check [content-dir] [--json] [--strict]   check the notes and print diagnostics
  search "<query>" [--json] [--limit N] [--lang L] [--category ID] [content-dir]
  repair <file> [--out FILE] [--json]       repair mojibake in a note (never edits the input)

Run a command with --help for details.`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  check: async () => checkCommand,
  search: async () => (await import("./commands/search")).searchCommand,
  repair: async () => (await import("./commands/repair")).repairCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(HELP);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(formatProblem("shiori", `unknown command "${name}"`, HELP));
    return 2;
  }
  return (await load())(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
