/**
 * The one argv parser of the scripts and of `npm run shiori`, on node:util `parseArgs`.
 *
 *   const { values, positionals, fail } = parseArgv({
 *     command: "bench:transfer",
 *     usage: USAGE,
 *     options: {
 *       runs: { type: "string", default: "raw,compressed", parse: listOf(RUNS, "run") },
 *       json: { type: "boolean" },
 *     },
 *     positionals: [{ name: "site-dir", default: ".build/e2e/site" }],
 *   });
 *   // values.runs: ("raw" | "compressed")[], values.json: boolean, positionals: [string]
 *   if (values.json && values.verbose) fail("--verbose lists URLs; it does not go with --json");
 *
 * `--help` / `-h` prints the usage on stdout and exits 0. An unknown option, an option without its
 * value, a value that does not parse, or a positional argument too many or too few prints one line
 * on stderr (`bench:classify: unknown option --x. Run with --help for the options.`), then the
 * usage, and exits 2; never a stack trace. Booleans are false when absent, repeatable options []
 * when absent; other values are undefined unless the option has a default (a string, parsed like a
 * given value). Converters (positiveInt, nonNegativeInt, integerIn, sizeList, oneOf, listOf, or a
 * command's own) throw CliUsageError; `fail` refuses for a reason of the command's own.
 *
 * Three layers, for the three kinds of caller:
 *   readCli    throws CliUsageError with the problem, returns "help" for --help: prints nothing.
 *   parseCli   prints the usage or the problem to the given streams and throws CliExit (code 0 or
 *              2): for commands that return their exit code (bin/commands) and for tests.
 *   parseArgv  parseCli over process.argv that exits the process: for scripts.
 * forwardArgs is for scripts that pass their arguments on to another program (Playwright,
 * `next dev`): it answers --help itself and returns the arguments untouched.
 */
import { parseArgs } from "node:util";

/** A value that does not do: `message` says what is wrong and what would do. */
export class CliUsageError extends Error {
  override name = "CliUsageError";
}

/** Thrown by parseCli once it has printed the usage (code 0) or a problem and the usage (code 2). */
export class CliExit extends Error {
  override name = "CliExit";
  constructor(
    readonly code: 0 | 2,
    message: string,
  ) {
    super(message);
  }
}

/** Turns the text of an option or positional argument into its value; throws CliUsageError. */
export type Converter<T> = (raw: string, name: string) => T;

export interface FlagOption {
  type: "boolean";
  short?: string;
}

export interface ValueOption {
  type: "string";
  short?: string;
  /** Repeatable: every occurrence is kept, in order (default []). */
  multiple?: boolean;
  /** The text used when the option is absent; it is parsed like a given value. */
  default?: string;
  parse?: Converter<unknown>;
}

export type CliOption = FlagOption | ValueOption;

export interface CliPositional {
  /** As the usage names it, for error lines: `file` → `missing <file>`. */
  name: string;
  required?: boolean;
  /** Takes every remaining argument (only the last positional). */
  variadic?: boolean;
  default?: string;
  parse?: Converter<unknown>;
}

type Parsed<S> = S extends { parse: Converter<infer T> } ? T : string;

type OptionValue<S> = S extends { type: "boolean" }
  ? boolean
  : S extends { multiple: true }
    ? Parsed<S>[]
    : S extends { default: string }
      ? Parsed<S>
      : Parsed<S> | undefined;

type PositionalValue<S> = S extends { variadic: true }
  ? Parsed<S>[]
  : S extends { required: true } | { default: string }
    ? Parsed<S>
    : Parsed<S> | undefined;

export type CliValues<O> = { -readonly [K in keyof O]: OptionValue<O[K]> };
export type CliPositionals<P> = { -readonly [K in keyof P]: PositionalValue<P[K]> };

export interface CliArgs<O, P> {
  values: CliValues<O>;
  positionals: CliPositionals<P>;
}

export interface CliSpec<O, P> {
  /** The command as people run it, the first word of every error line: `bench:classify`. */
  command: string;
  /** What --help prints, and what follows an error line. */
  usage: string;
  options?: O;
  positionals?: P;
  /**
   * An argument that starts with one dash and is not exactly one of the short options (`-テスト`,
   * `-5`, `-hello`, but not `-h`) is a positional argument, not an unknown option: for commands
   * whose arguments may be such text.
   */
  dashPositionals?: boolean;
}

/** What parseCli and parseArgv return: the arguments, and how to refuse them. */
export interface CliParsed<O, P> extends CliArgs<O, P> {
  /**
   * Refuses the arguments for a reason of the command's own (two options that exclude each
   * other): prints the problem and the usage like any bad argument, and exits 2.
   */
  fail: (problem: string) => never;
}

type Options = Readonly<Record<string, CliOption>>;
type Positionals = readonly CliPositional[];

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

const isHelp = (arg: string | undefined) => arg === "--help" || arg === "-h";

function convert(spec: { parse?: Converter<unknown> }, raw: string, name: string): unknown {
  return spec.parse ? spec.parse(raw, name) : raw;
}

/**
 * Reads `argv` by `spec`: the values, or "help" when --help / -h is among the options. Throws
 * CliUsageError naming the first problem. Prints nothing.
 */
export function readCli<
  const O extends Options = Record<never, never>,
  const P extends Positionals = [],
>(argv: readonly string[], spec: CliSpec<O, P>): CliArgs<O, P> | "help" {
  const options: Options = spec.options ?? {};
  const config: Record<string, { type: "boolean" | "string"; short?: string; multiple?: boolean }> =
    { help: { type: "boolean", short: "h" } };
  for (const [name, o] of Object.entries(options)) {
    config[name] = { type: o.type, ...(o.short ? { short: o.short } : {}) };
    if (o.type === "string" && o.multiple) config[name]!.multiple = true;
  }
  // strict: false so that the problems are ours to word; the tokens say what was given.
  const { tokens } = parseArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  // --help wins, even where it was taken for the value of an option (`--out --help`).
  // (With dashPositionals, only `-h` itself: `-hello` is text.)
  const asksHelp = (t: (typeof tokens)[number]) =>
    t.kind === "option" &&
    ((t.name === "help" &&
      (!spec.dashPositionals || t.rawName === "--help" || argv[t.index] === "-h")) ||
      (!t.inlineValue && isHelp(t.value)));
  if (tokens.some(asksHelp)) return "help";

  const raw = new Map<string, string[]>();
  const given: string[] = [];
  let dashed = -1; // the argument `-abc` that parseArgs took for the short options a, b and c
  for (const t of tokens) {
    if (t.kind === "positional") given.push(t.value);
    if (t.kind !== "option") continue;
    const o = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
    const arg = argv[t.index] ?? "";
    if (spec.dashPositionals && !arg.startsWith("--") && (!o || arg.length > 2)) {
      if (dashed !== t.index) given.push(arg);
      dashed = t.index;
      continue;
    }
    if (!o) throw new CliUsageError(`unknown option ${t.rawName}`);
    if (o.type === "boolean") {
      if (t.value !== undefined) throw new CliUsageError(`${t.rawName} takes no value`);
      raw.set(t.name, ["true"]);
      continue;
    }
    // Like parseArgs in strict mode: `--out --json` is --out without its value.
    if (t.value === undefined || (!t.inlineValue && t.value.startsWith("-") && t.value !== "-"))
      throw new CliUsageError(`--${t.name} needs a value`);
    raw.set(t.name, o.multiple ? [...(raw.get(t.name) ?? []), t.value] : [t.value]);
  }

  const values: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(options)) {
    const texts = raw.get(name);
    if (o.type === "boolean") values[name] = texts !== undefined;
    else if (o.multiple) values[name] = (texts ?? []).map((v) => convert(o, v, `--${name}`));
    else {
      const text = texts?.[0] ?? o.default;
      values[name] = text === undefined ? undefined : convert(o, text, `--${name}`);
    }
  }

  const wanted: Positionals = spec.positionals ?? [];
  const positionals: unknown[] = [];
  let next = 0;
  for (const p of wanted) {
    const name = `<${p.name}>`;
    if (p.variadic) {
      positionals.push(given.slice(next).map((v) => convert(p, v, name)));
      next = given.length;
      continue;
    }
    const text = given[next++] ?? p.default;
    if (text === undefined && p.required) throw new CliUsageError(`missing ${name}`);
    positionals.push(text === undefined ? undefined : convert(p, text, name));
  }
  if (given.length > next) throw new CliUsageError(`unexpected argument ${given[next]}`);

  return { values, positionals } as unknown as CliArgs<O, P>;
}

/** The line (and the usage) an error prints: `<command>: <problem>. Run with --help for the options.` */
export function formatProblem(command: string, problem: string, usage: string): string {
  return `${command}: ${problem.replace(/\.$/, "")}. Run with --help for the options.\n\n${usage}\n`;
}

/**
 * readCli that answers: the usage on `io.stdout` for --help (then CliExit code 0), the problem and
 * the usage on `io.stderr` for bad arguments (then CliExit code 2).
 */
export function parseCli<
  const O extends Options = Record<never, never>,
  const P extends Positionals = [],
>(argv: readonly string[], spec: CliSpec<O, P>, io: CliIo = processIo): CliParsed<O, P> {
  const fail = (problem: string): never => {
    io.stderr(formatProblem(spec.command, problem, spec.usage));
    throw new CliExit(2, `${spec.command}: ${problem}`);
  };
  let args: CliArgs<O, P> | "help";
  try {
    args = readCli(argv, spec);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    return fail(error.message);
  }
  if (args === "help") {
    io.stdout(`${spec.usage}\n`);
    throw new CliExit(0, "help");
  }
  return { ...args, fail };
}

/** The exit code parseCli asked for; any other error is thrown on. */
export function exitCodeOf(error: unknown): 0 | 2 {
  if (error instanceof CliExit) return error.code;
  throw error;
}

/** parseCli over this process's arguments; exits the process for --help and for bad arguments. */
export function parseArgv<
  const O extends Options = Record<never, never>,
  const P extends Positionals = [],
>(spec: CliSpec<O, P>): CliParsed<O, P> {
  const exitOnCliExit = (error: unknown): never => process.exit(exitCodeOf(error));
  let args: CliParsed<O, P>;
  try {
    args = parseCli(process.argv.slice(2), spec);
  } catch (error) {
    return exitOnCliExit(error);
  }
  const fail = (problem: string): never => {
    try {
      return args.fail(problem);
    } catch (error) {
      return exitOnCliExit(error);
    }
  };
  return { ...args, fail };
}

/**
 * For a script that hands its arguments to another program: prints `usage` and exits 0 when the
 * first argument is --help / -h, else returns the arguments as they are.
 */
export function forwardArgs(
  usage: string,
  argv: readonly string[] = process.argv.slice(2),
): string[] {
  if (isHelp(argv[0])) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return [...argv];
}

/** `12`, `1_000`, `10k` → 12, 1000, 10000; undefined when the text is not a whole number ≥ 1. */
function wholeNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/_/g, "").replace(/k$/i, "000");
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}

/** A whole number ≥ 1 (`12`, `1_000`, `10k`). */
export const positiveInt: Converter<number> = (raw, name) => {
  const n = wholeNumber(raw);
  if (n === undefined)
    throw new CliUsageError(`${name} takes a positive whole number, not "${raw}"`);
  return n;
};

/** A whole number ≥ 0 (`0`, `12`, `1_000`, `10k`): a count that may be none. */
export const nonNegativeInt: Converter<number> = (raw, name) => {
  const n = raw.trim() === "0" ? 0 : wholeNumber(raw);
  if (n === undefined) throw new CliUsageError(`${name} takes a whole number, not "${raw}"`);
  return n;
};

/** A whole number from `min` to `max`. */
export function integerIn(min: number, max: number): Converter<number> {
  return (raw, name) => {
    const n = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isInteger(n) || n < min || n > max)
      throw new CliUsageError(`${name} takes a whole number from ${min} to ${max}, not "${raw}"`);
    return n;
  };
}

/** Sizes separated by commas, each a positive whole number: `100,1k,10_000` → [100, 1000, 10000]. */
export const sizeList: Converter<number[]> = (raw, name) => {
  const sizes = raw.split(",").map(wholeNumber);
  if (!sizes.every((n) => n !== undefined))
    throw new CliUsageError(
      `${name} takes whole numbers separated by commas, e.g. ${name} 100,1000`,
    );
  return sizes;
};

/** One of `choices`. */
export function oneOf<const T extends string>(choices: readonly T[]): Converter<T> {
  return (raw, name) => {
    if (!(choices as readonly string[]).includes(raw))
      throw new CliUsageError(`${name} takes one of ${choices.join(", ")}, not "${raw}"`);
    return raw as T;
  };
}

/** Some of `choices`, separated by commas (`pipeline,query`); `noun` names one in the error. */
export function listOf<const T extends string>(
  choices: readonly T[],
  noun = "choice",
): Converter<T[]> {
  return (raw, name) => {
    const items = raw.split(",");
    const bad = items.filter((x) => !(choices as readonly string[]).includes(x));
    if (bad.length)
      throw new CliUsageError(
        `${name}: unknown ${noun} ${bad.join(", ")}; the ${noun}s are ${choices.join(", ")}`,
      );
    return items as T[];
  };
}
