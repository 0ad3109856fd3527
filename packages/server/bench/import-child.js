// Imports a talent-supply CSV as `chanjiao-server import` does, from the built package and in a
// process of its own, so that its peak memory is the command's; prints time (wall, CPU, the main
// thread's CPU) and peak memory as JSON.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { openDatabase } from "../dist/index.js";
import { collectImportGarbageSooner } from "../dist/import/import-heap.js";
import { importRecords } from "../dist/import/import-records.js";

const [location, file] = process.argv.slice(2);
// As the command does, before it opens the database.
collectImportGarbageSooner();
const db = await openDatabase(location);
const bytes = await readFile(file);
/** CPU seconds of this process's main thread (Linux): the rows are stored there, and read and checked in a worker thread alongside. */
function mainThreadCpuSeconds() {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const started = performance.now();
const mainCpu = mainThreadCpuSeconds();
const cpu = process.cpuUsage();
const report = await importRecords(db, { collection: "talentSupply", bytes, handOver: true, declared: "supply.csv", writer: { organisationId: null, keyId: null, role: "admin", via: "import" } });
const seconds = (performance.now() - started) / 1000;
const { user, system } = process.cpuUsage(cpu);
const mainCpuSeconds = mainThreadCpuSeconds() - mainCpu;
await db.destroy();
console.log(JSON.stringify({ seconds, cpuSeconds: (user + system) / 1e6, mainCpuSeconds, maxRssBytes: process.resourceUsage().maxRSS * 1024, created: report.created, problems: report.problems.slice(0, 3) }));
