// Writes a benchmark's figures into docs/performance.md, between `<!-- bench:NAME -->` and
// `<!-- /bench:NAME -->`, with the machine they were measured on, so the page shows the last run.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";

const page = new URL("../../../docs/performance.md", import.meta.url);

/** The machine, as a reader needs it to weigh the figures: a load average above the number of cores means other work shared it. */
export function machine(): string {
  const cores = cpus();
  const load = loadavg()[0]!.toFixed(1);
  return `${cores.length} × ${cores[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, 1-minute load average ${load} as the run ended`;
}

/** A Markdown table of `rows` under `header`. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((_, index) => (index === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

/** Replaces the section `name` of docs/performance.md with `text`. */
export function writeSection(name: string, text: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const current = readFileSync(page, "utf8");
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from === -1 || to < from) throw new Error(`docs/performance.md has no section ${start} … ${end}`);
  writeFileSync(page, `${current.slice(0, from + start.length)}\n${text}\n${current.slice(to)}`);
}
