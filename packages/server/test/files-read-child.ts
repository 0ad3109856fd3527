// Reads one file with readTable in a process of its own and prints the outcome and the peak
// memory (resident set), so a test can check that a hostile file leaves memory bounded.
import { readFile } from "node:fs/promises";
import { FileProblem, readTable } from "../src/files/index.ts";

const [path, declared] = process.argv.slice(2);
const bytes = await readFile(path!);
let outcome: string;
try {
  await readTable(bytes, declared ? { declared } : {});
  outcome = "read";
} catch (error) {
  outcome = error instanceof FileProblem ? error.code : `crash: ${(error as Error).message}`;
}
console.log(JSON.stringify({ outcome, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
