// Fails when the CDN bundle outgrows its budget: provider and card must stay under 25 KB gzip.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const bundle = new URL("../dist/cdn/chanjiao.js", import.meta.url);
const budget = 25 * 1024;

const gzipped = gzipSync(readFileSync(bundle), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`dist/cdn/chanjiao.js: ${kb(gzipped)} gzip (${gzipped} bytes), budget ${kb(budget)}`);
if (gzipped > budget) {
  console.error(`Over budget by ${gzipped - budget} bytes.`);
  process.exit(1);
}
