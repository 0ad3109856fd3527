// Imports a talent-supply CSV as `chanjiao-server import` does, from the built package and in a
// process of its own, so that its peak memory is the command's; prints time (wall and CPU) and peak memory as JSON.
import { readFile } from "node:fs/promises";
import { openDatabase } from "../dist/index.js";
import { importRecords } from "../dist/import/import-records.js";

const [location, file] = process.argv.slice(2);
const db = await openDatabase(location);
const bytes = await readFile(file);
const started = performance.now();
const cpu = process.cpuUsage();
const report = await importRecords(db, { collection: "talentSupply", bytes, declared: "supply.csv", writer: { organisationId: null, keyId: null, role: "admin", via: "import" } });
const seconds = (performance.now() - started) / 1000;
const { user, system } = process.cpuUsage(cpu);
await db.destroy();
console.log(JSON.stringify({ seconds, cpuSeconds: (user + system) / 1e6, maxRssBytes: process.resourceUsage().maxRSS * 1024, created: report.created, problems: report.problems.slice(0, 3) }));
