/**
 * npm run eval:qgen -- <snapshot|packet|ingest|report|fit> [options]   (no subcommand: report)
 * The blind evaluation loop of the question generator; see lib/qgen/eval/README.md, "The loop".
 */
import path from "node:path";
import { evalPaths } from "./lib/eval/data";
import { EvalError } from "./lib/eval/errors";
import { fitWeights, trainingSamples, writeWeights } from "./lib/eval/fit";
import { loadGenerator } from "./lib/eval/generator";
import { ingest } from "./lib/eval/ingest";
import { DEFAULT_MAX_BATCH, makePacket } from "./lib/eval/packet";
import { buildReport, formatReport } from "./lib/eval/report";
import { DEFAULT_POOL, makeSnapshot, writeSnapshot } from "./lib/eval/snapshot";

const REPO = path.resolve(import.meta.dirname, "..");

const USAGE = `usage: npm run eval:qgen -- <subcommand> [options] [--root <dir>]
  snapshot [--ref <git-ref>] [--pool <n>]        question sets of every text → lib/qgen/eval/items/<version>.jsonl
  packet --versions A[,B…] [--pool-version B] [--max-batch <n>] [--out <dir>]
                                                 blind review batches of the items not yet judged
  ingest <packet dir>                            reviewers' batch-*.verdicts.jsonl → lib/qgen/eval/verdicts.jsonl
  report [--markdown]                            acceptable share and set figures per snapshot (the default)
  fit                                            ranker weights from the verdicts → lib/qgen/rank/weights.json
--root <dir>: read and write lib/qgen/eval/ (and lib/qgen/rank/) under <dir> instead of the repository`;

class UsageError extends Error {}

type Flags = { positional: string[]; values: Map<string, string>; switches: Set<string> };

function parse(args: string[], valued: string[], switches: string[]): Flags {
  const f: Flags = { positional: [], values: new Map(), switches: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (valued.includes(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : args[++i];
        if (v === undefined || v === "") throw new UsageError(`${name} needs a value`);
        f.values.set(name, v);
      } else if (switches.includes(name) && eq < 0) f.switches.add(name);
      else throw new UsageError(`unknown option ${a}`);
    } else f.positional.push(a);
  }
  return f;
}

function whole(flags: Flags, name: string, fallback: number): number {
  const v = flags.values.get(name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} needs a whole number, not ${v}`);
  return Number(v);
}

const rel = (p: string) => {
  const r = path.relative(process.cwd(), p);
  return r === "" ? "." : r.startsWith("..") ? p : r;
};

async function main(argv: string[]): Promise<void> {
  const sub = argv[0] !== undefined && !argv[0].startsWith("--") ? argv[0] : "report";
  const rest = argv[0] === sub ? argv.slice(1) : argv;
  if (sub === "help" || rest.includes("-h") || rest.includes("--help")) {
    console.log(USAGE);
    return;
  }
  const common = ["--root"];
  const root = (f: Flags) => path.resolve(f.values.get("--root") ?? REPO);
  switch (sub) {
    case "snapshot": {
      const f = parse(rest, [...common, "--ref", "--pool"], []);
      if (f.positional.length > 0) throw new UsageError(`snapshot takes no argument ${f.positional[0]}`);
      const paths = evalPaths(root(f));
      const gen = await loadGenerator(REPO, f.values.get("--ref"));
      const snap = makeSnapshot(paths, gen, whole(f, "--pool", DEFAULT_POOL));
      const { itemsFile, setsFile } = writeSnapshot(paths, snap);
      const quiz = snap.items.filter((r) => r.role === "quiz").length;
      const refused = snap.sets.texts.filter((t) => t.refused !== undefined).length;
      const withFeatures = snap.items.filter((r) => r.features !== undefined).length;
      console.log(
        `${snap.version} (${gen.source}): ${snap.sets.texts.length} texts, ${quiz} quiz items, ${snap.items.length - quiz} pool items` +
          `${refused ? `, ${refused} text(s) refused` : ""}, ${withFeatures} with rank features\n→ ${rel(itemsFile)}\n→ ${rel(setsFile)}`,
      );
      return;
    }
    case "packet": {
      const f = parse(rest, [...common, "--versions", "--pool-version", "--max-batch", "--out"], []);
      if (f.positional.length > 0) throw new UsageError(`packet takes no argument ${f.positional[0]}`);
      const versions = (f.values.get("--versions") ?? "").split(",").map((v) => v.trim()).filter(Boolean);
      if (versions.length === 0) throw new UsageError("packet needs --versions A[,B…]");
      const paths = evalPaths(root(f));
      const out = f.values.get("--out") ?? path.join(paths.packets, new Date().toISOString().slice(0, 10));
      const r = makePacket(paths, {
        versions,
        poolVersion: f.values.get("--pool-version"),
        maxBatch: whole(f, "--max-batch", DEFAULT_MAX_BATCH),
        out,
      });
      if (r.batches.length === 0) {
        console.log(`nothing new to review (${r.alreadyJudged} item(s) already judged); no packet written`);
        return;
      }
      console.log(`packet ${r.name}: ${r.items} item(s) to review, ${r.alreadyJudged} already judged and left out → ${rel(r.dir)}`);
      for (const b of r.batches)
        console.log(`  ${b.file}  ${b.items} item(s) on ${b.texts} text(s)${b.heldOut ? "  (held-out texts: for reviewers only, do not open)" : ""}`);
      return;
    }
    case "ingest": {
      const f = parse(rest, common, []);
      if (f.positional.length !== 1) throw new UsageError("ingest needs one packet directory");
      const paths = evalPaths(root(f));
      const r = ingest(paths, f.positional[0]);
      console.log(
        `packet ${r.packet}: ${r.files.length} verdicts file(s), ${r.added} verdict(s) added, ${r.alreadyPresent} already present → ${rel(paths.verdicts)}` +
          (r.missing.length ? `\n  no verdicts yet for: ${r.missing.join(", ")}` : ""),
      );
      return;
    }
    case "report": {
      const f = parse(rest, common, ["--markdown"]);
      if (f.positional.length > 0) throw new UsageError(`report takes no argument ${f.positional[0]}`);
      process.stdout.write(formatReport(buildReport(evalPaths(root(f))), f.switches.has("--markdown")));
      return;
    }
    case "fit": {
      const f = parse(rest, common, []);
      if (f.positional.length > 0) throw new UsageError(`fit takes no argument ${f.positional[0]}`);
      const paths = evalPaths(root(f));
      const w = fitWeights(trainingSamples(paths));
      const file = writeWeights(paths, w);
      const fmt = (x: number | null) => (x === null ? "–" : x.toFixed(4));
      console.log(
        `trained on ${w.trainedOn} judged item(s) of tuning texts, ${w.features.length} feature(s)\n` +
          `4-fold CV by text: log-loss ${fmt(w.cv.logLoss)} (constant baseline ${fmt(w.cv.baselineLogLoss)}), AUC ${fmt(w.cv.auc)}\n→ ${rel(file)}`,
      );
      return;
    }
    default:
      throw new UsageError(`unknown subcommand ${sub}`);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof UsageError) {
    process.stderr.write(`eval:qgen: ${e.message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (e instanceof EvalError) {
    process.stderr.write(`eval:qgen: ${e.message}\n`);
    process.exit(1);
  }
  throw e;
});
