// The school site drawn by the browser (/school-site/) against the same page drawn by the server
// (/school-site-rendered/): first contentful paint and first chart (the pathway diagram), median
// of interleaved loads in headless Chromium with an empty cache, on loopback and on a slow phone
// (4× CPU slowdown, fast 3G, through the DevTools protocol), and the HTML bytes the server adds.
// On the slow phone it then traces a few more loads (tracing slows a page, so they are not timed)
// and reads what each way's first paint waited for: the stylesheet, then the frame's phases.
// Writes its tables into docs/performance.md. Run with `pnpm bench`.
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/browser.ts";
import { startDemo } from "../test/demo.ts";
import { slowPhone, throttledPage } from "../../packages/elements/bench/browser-profiles.ts";
import { machine, markdownTable, writeSection } from "../../packages/server/bench/performance-doc.ts";
import { firstFrame, firstFrameCategories, phases, type FirstFrame } from "./first-frame.ts";

const runs = 7;
const tracedRuns = 3;
const pages = { browser: "/school-site/", server: "/school-site-rendered/" } as const;

const profiles = { loopback: undefined, "4× CPU, fast 3G": slowPhone } as const;
const ways = ["browser", "server"] as const;

// Runs in the page before its scripts: the time of the first frame in which the pathway diagram
// exists. A string, since tsx would add helpers to a function that the page does not have.
const watchFirstChart = `
  const look = () => {
    const diagram = document.querySelector("cj-pathway")?.shadowRoot?.querySelector('[part~="diagram"]');
    if (diagram) window.firstChart = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
`;

type Profile = (typeof profiles)[keyof typeof profiles];

async function load(browser: Browser, url: string, profile: Profile, traced = false): Promise<{ fcp: number; chart: number; trace?: Buffer }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await throttledPage(context, profile);
    await page.addInitScript({ content: watchFirstChart });
    if (traced) await browser.startTracing(page, { categories: firstFrameCategories });
    await page.goto(url);
    await page.waitForFunction(() => "firstChart" in window && performance.getEntriesByName("first-contentful-paint").length > 0, undefined, { timeout: 120_000 });
    const times = await page.evaluate(() => ({ fcp: performance.getEntriesByName("first-contentful-paint")[0]!.startTime, chart: (window as unknown as { firstChart: number }).firstChart }));
    return traced ? { ...times, trace: await browser.stopTracing() } : times;
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => Math.round(value).toLocaleString("en");

const phaseNames = { style: "style", layout: "layout", shaping: "text shaping", fonts: "font look-ups", paint: "paint" } as const;

const demo = await startDemo();
const browser = await launchChromium();
try {
  const html = Object.fromEntries(await Promise.all(Object.entries(pages).map(async ([way, path]) => [way, Buffer.from(await (await fetch(`${demo.url}${path}`)).arrayBuffer())]))) as Record<keyof typeof pages, Buffer>;
  const gzip = (bytes: Buffer) => gzipSync(bytes).byteLength;
  const bytes = `The HTML: drawn by the browser ${html.browser.byteLength.toLocaleString("en")} bytes (${gzip(html.browser).toLocaleString("en")} gzip), by the server ${html.server.byteLength.toLocaleString("en")} bytes (${gzip(html.server).toLocaleString("en")} gzip): +${(gzip(html.server) - gzip(html.browser)).toLocaleString("en")} bytes gzip.`;
  console.log(bytes);

  const timeRows: string[][] = [];
  for (const [name, profile] of Object.entries(profiles)) {
    const times = { browser: [] as Array<{ fcp: number; chart: number }>, server: [] as Array<{ fcp: number; chart: number }> };
    for (let run = 0; run < runs; run++) for (const way of ways) times[way].push(await load(browser, `${demo.url}${pages[way]}`, profile));
    for (const way of ways) {
      timeRows.push([name, way, `${ms(median(times[way].map((time) => time.fcp)))} ms`, `${ms(median(times[way].map((time) => time.chart)))} ms`]);
      console.log(timeRows.at(-1)!.join(", "));
    }
  }

  const frames = { browser: [] as FirstFrame[], server: [] as FirstFrame[] };
  for (let run = 0; run < tracedRuns; run++) for (const way of ways) frames[way].push(firstFrame((await load(browser, `${demo.url}${pages[way]}`, profiles["4× CPU, fast 3G"], true)).trace!));
  const frameRows = ways.map((way) => {
    const of = (figure: (frame: FirstFrame) => number) => ms(median(frames[way].map(figure)));
    return [way, `${of((frame) => frame.stylesheets)} ms`, `${of((frame) => frame.frame)} ms`, ...phases.map((phase) => of((frame) => frame.phases[phase])), of((frame) => frame.shapedBlocks), of((frame) => frame.fontStrikes)];
  });
  for (const row of frameRows) console.log(row.join(", "));

  writeSection(
    "school-site",
    [
      `Measured on ${machine()}; ${runs} loads of each way, interleaved, medians; then ${tracedRuns} traced loads of each on the slow phone.`,
      markdownTable(["profile", "drawn by", "first contentful paint", "first chart (pathway diagram)"], timeRows),
      bytes,
      "What the first paint waited for on the slow phone: the stylesheet (from the start of the navigation), then the frame that painted, split by phase (ms of the frame's own time in each):",
      markdownTable(["drawn by", "stylesheet in", "first frame", ...phases.map((phase) => phaseNames[phase]), "text blocks shaped", "font strikes"], frameRows),
    ].join("\n\n"),
  );
} finally {
  await browser.close();
  await demo.stop();
}
