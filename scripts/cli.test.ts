import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CliExit,
  CliUsageError,
  integerIn,
  listOf,
  oneOf,
  parseCli,
  positiveInt,
  readCli,
  sizeList,
  type CliIo,
  type CliSpec,
} from "./cli";

const USAGE = `Usage: tsx scripts/example.ts [notes] [--sizes 100,1000] [--worst N] [--json]`;

const spec = {
  command: "example",
  usage: USAGE,
  options: {
    json: { type: "boolean" },
    worst: { type: "string", default: "15", parse: positiveInt },
    sizes: { type: "string", parse: sizeList },
    out: { type: "string", short: "o" },
    lang: { type: "string", multiple: true, parse: oneOf(["ja", "ko", "en"]) },
  },
  positionals: [{ name: "notes", default: "100", parse: positiveInt }, { name: "out-dir" }],
} as const satisfies CliSpec<unknown, unknown>;

const specNoParse = {
  command: "example",
  usage: USAGE,
  options: { worst: { type: "string" } },
  positionals: [{ name: "rest", variadic: true }],
} as const;

/** Runs `parse` with its output and its exit code caught. */
function caught(parse: (io: CliIo) => unknown) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) };
  let code: number | null = null;
  try {
    parse(io);
  } catch (error) {
    if (!(error instanceof CliExit)) throw error;
    code = error.code;
  }
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const run = (argv: string[]) => caught((io) => parseCli(argv, spec, io));

describe("parseCli", () => {
  it("gives the defaults when nothing is passed", () => {
    const { values, positionals } = parseCli([], spec);
    expect(values).toEqual({
      json: false,
      worst: 15,
      sizes: undefined,
      out: undefined,
      lang: [],
    });
    expect(positionals).toEqual([100, undefined]);
    expectTypeOf(values.json).toEqualTypeOf<boolean>();
    expectTypeOf(values.worst).toEqualTypeOf<number>();
    expectTypeOf(values.sizes).toEqualTypeOf<number[] | undefined>();
    expectTypeOf(values.out).toEqualTypeOf<string | undefined>();
    expectTypeOf(values.lang).toEqualTypeOf<("ja" | "ko" | "en")[]>();
    expectTypeOf(positionals).toEqualTypeOf<[number, string | undefined]>();
  });

  it("reads options in any order around the positionals, with = or a short name", () => {
    const { values, positionals } = parseCli(
      [
        "20",
        "--json",
        "--sizes=100,1k,10_000",
        "-o",
        "x.json",
        "--lang",
        "ko",
        "/tmp/c",
        "--lang=ja",
      ],
      spec,
    );
    expect(values).toEqual({
      json: true,
      worst: 15,
      sizes: [100, 1000, 10000],
      out: "x.json",
      lang: ["ko", "ja"],
    });
    expect(positionals).toEqual([20, "/tmp/c"]);
  });

  it("takes the last of a repeated option, and arguments after -- as positionals", () => {
    expect(parseCli(["--worst", "3", "--worst", "4", "--", "--7"], specNoParse)).toMatchObject({
      values: { worst: "4" },
      positionals: [["--7"]],
    });
  });

  it.each([["--help"], ["-h"], ["7", "--bogus", "--help"], ["--out", "--help"]])(
    "%j prints the usage on stdout and exits 0",
    (...argv) => {
      const r = run(argv);
      expect(r).toMatchObject({ code: 0, stdout: `${USAGE}\n`, stderr: "" });
    },
  );

  it.each([
    [["--bogus"], "example: unknown option --bogus. Run with --help for the options."],
    [["-x"], "example: unknown option -x. Run with --help for the options."],
    [["--out"], "example: --out needs a value. Run with --help for the options."],
    [["--out", "--json"], "example: --out needs a value. Run with --help for the options."],
    [["--json=yes"], "example: --json takes no value. Run with --help for the options."],
    [
      ["--worst", "0"],
      'example: --worst takes a positive whole number, not "0". Run with --help for the options.',
    ],
    [
      ["--worst", "2.5"],
      'example: --worst takes a positive whole number, not "2.5". Run with --help for the options.',
    ],
    [
      ["ten"],
      'example: <notes> takes a positive whole number, not "ten". Run with --help for the options.',
    ],
    [
      ["--sizes", "100,,1000"],
      "example: --sizes takes whole numbers separated by commas, e.g. --sizes 100,1000. Run with --help for the options.",
    ],
    [
      ["--lang", "fr"],
      'example: --lang takes one of ja, ko, en, not "fr". Run with --help for the options.',
    ],
    [["1", "a", "b"], "example: unexpected argument b. Run with --help for the options."],
  ])("%j prints one line and the usage on stderr and exits 2", (argv, line) => {
    const r = run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`${line}\n\n${USAGE}\n`);
  });

  it("says which positional is missing, and refuses for the command's own reasons", () => {
    const repair = (argv: string[], io?: CliIo) => {
      const args = parseCli(
        argv,
        {
          command: "repair",
          usage: "Usage: repair <file> [--out FILE] [--in-place]",
          options: { out: { type: "string" }, "in-place": { type: "boolean" } },
          positionals: [{ name: "file", required: true }],
        },
        io,
      );
      if (args.values.out !== undefined && args.values["in-place"])
        args.fail("--out and --in-place exclude each other");
      return args;
    };
    expect(caught((io) => repair([], io))).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "repair: missing <file>. Run with --help for the options.\n\nUsage: repair <file> [--out FILE] [--in-place]\n",
    });
    expect(caught((io) => repair(["a.md", "--out", "b.md", "--in-place"], io))).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "repair: --out and --in-place exclude each other. Run with --help for the options.\n\nUsage: repair <file> [--out FILE] [--in-place]\n",
    });
    const { values, positionals } = repair(["a.md", "--in-place"]);
    expectTypeOf(positionals).toEqualTypeOf<[string]>();
    expect(positionals).toEqual(["a.md"]);
    expect(values).toEqual({ out: undefined, "in-place": true });
  });

  it("collects every remaining argument in a variadic positional", () => {
    const s = {
      command: "links",
      usage: "Usage: links [content-dir …]",
      positionals: [{ name: "content-dir", variadic: true }],
    } as const;
    expect(parseCli(["a", "b", "c"], s).positionals).toEqual([["a", "b", "c"]]);
    expect(parseCli([], s).positionals).toEqual([[]]);
  });

  it("with dashPositionals, takes text that starts with one dash for a positional", () => {
    const s = {
      command: "search",
      usage: "Usage: search <query> [--json]",
      options: { json: { type: "boolean" } },
      positionals: [{ name: "query", variadic: true }],
      dashPositionals: true,
    } as const;
    expect(parseCli(["-テスト", "-hello", "--json", "-5", "-"], s)).toMatchObject({
      values: { json: true },
      positionals: [["-テスト", "-hello", "-5", "-"]],
    });
    expect(readCli(["x", "-h"], s)).toBe("help");
    expect(() => readCli(["--fast"], s)).toThrow("unknown option --fast");
  });

  it("takes no positional argument unless the spec names one", () => {
    const r = caught((io) => parseCli(["stray"], { command: "bare", usage: "Usage: bare" }, io));
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(
      "bare: unexpected argument stray. Run with --help for the options.",
    );
  });
});

describe("readCli", () => {
  it("prints nothing: returns help, or throws the problem", () => {
    expect(readCli(["-h"], spec)).toBe("help");
    expect(() => readCli(["--nope"], spec)).toThrow(new CliUsageError("unknown option --nope"));
  });
});

describe("converters", () => {
  it.each([
    ["1", 1],
    ["12", 12],
    ["1_000", 1000],
    ["10k", 10000],
    [" 7 ", 7],
  ])("positiveInt(%j) = %j", (raw, n) => expect(positiveInt(raw, "--n")).toBe(n));

  it.each(["0", "-1", "1.5", "", "abc", "1e3", "0x10"])("positiveInt(%j) throws", (raw) => {
    expect(() => positiveInt(raw, "--n")).toThrow(
      `--n takes a positive whole number, not "${raw}"`,
    );
  });

  it("integerIn keeps to its range", () => {
    const port = integerIn(0, 65535);
    expect(port("0", "--port")).toBe(0);
    expect(port("65535", "--port")).toBe(65535);
    expect(() => port("65536", "--port")).toThrow(
      '--port takes a whole number from 0 to 65535, not "65536"',
    );
    expect(() => port("http", "--port")).toThrow(CliUsageError);
  });

  it("sizeList reads k and _ in every size and refuses an empty one", () => {
    expect(sizeList("100,1k,10_000", "--sizes")).toEqual([100, 1000, 10000]);
    expect(sizeList("5", "--sizes")).toEqual([5]);
    for (const bad of ["", "100,", "ten", "100,0"])
      expect(() => sizeList(bad, "--sizes")).toThrow(
        "--sizes takes whole numbers separated by commas, e.g. --sizes 100,1000",
      );
  });

  it("listOf names the choices that are not one", () => {
    const parts = listOf(["pipeline", "build", "query"], "part");
    expect(parts("query,pipeline", "--parts")).toEqual(["query", "pipeline"]);
    expect(() => parts("pipeline,speed,size", "--parts")).toThrow(
      "--parts: unknown part speed, size; the parts are pipeline, build, query",
    );
  });
});
