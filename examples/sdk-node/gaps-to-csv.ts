/**
 * Writes the talent gaps of a region (demand against supply per major category) as a CSV file.
 *
 * From examples/, with the demo running (`pnpm start`):
 *
 *   node --import tsx sdk-node/gaps-to-csv.ts --base-url http://127.0.0.1:8787/v1 \
 *     --province 320000 --period 2021-2025 --out gaps.csv [--group-by majorCategory]
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ChanjiaoError, createClient, type GapGroup, type TalentGaps } from "@chanjiao/sdk";
import { csvFile } from "./csv.ts";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string", default: "http://127.0.0.1:8787/v1" },
    province: { type: "string" },
    period: { type: "string" },
    "group-by": { type: "string", default: "majorCategory" },
    out: { type: "string", default: "gaps.csv" },
  },
});
if (!values.province) {
  console.error("Usage: node --import tsx sdk-node/gaps-to-csv.ts --province <GB/T 2260 code> [--period 2021-2025] [--base-url URL] [--out FILE]");
  process.exit(2);
}

const client = createClient({ baseUrl: values["base-url"] });
let gaps: TalentGaps;
try {
  // The SDK checks the query against the contract before sending it, so a bad `--group-by` or
  // `--period` fails here with a ValidationError that names the parameter.
  gaps = await client.talent.gaps({
    groupBy: values["group-by"] as GapGroup,
    region: values.province,
    ...(values.period ? { period: values.period } : {}),
  });
} catch (error) {
  if (!(error instanceof ChanjiaoError)) throw error;
  console.error(`${error.name}: ${error.message}`);
  process.exit(1);
}

const header = ["key", "label", "demand", "supply", "gap", "ratio"];
const rows = gaps.items.map((item) => [item.key, item.label, item.demand, item.supply, item.gap, item.ratio]);
await writeFile(values.out, csvFile([header, ...rows]));
console.log(`${rows.length} rows (${gaps.periods.join(", ")}${gaps.sample ? "; sample figures" : ""}) written to ${values.out}`);
