// The school site drawn by the browser (/school-site/) against the same page drawn by the server
// (/school-site-rendered/): first contentful paint and first chart (the pathway diagram), median
// of interleaved loads in headless Chromium with an empty cache, on loopback and on a slow phone
// (4× CPU slowdown, fast 3G, through the DevTools protocol), and the HTML bytes the server adds.
// Run with `pnpm bench`.
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/browser.ts";
import { startDemo } from "../test/demo.ts";

const runs = 7;
const pages = { browser: "/school-site/", server: "/school-site-rendered/" } as const;

/** Lighthouse's "fast 3G" (its 3G figures with its 0.9 throughput and 3.75 latency factors). */
const fast3g = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
const profiles = { loopback: undefined, "slow phone": { cpu: 4, network: fast3g } } as const;

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

async function load(browser: Browser, url: string, profile: (typeof profiles)[keyof typeof profiles]): Promise<{ fcp: number; chart: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (profile) {
      await cdp.send("Network.emulateNetworkConditions", profile.network);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
    }
    await page.addInitScript({ content: watchFirstChart });
    await page.goto(url);
    await page.waitForFunction(() => "firstChart" in window && performance.getEntriesByName("first-contentful-paint").length > 0, undefined, { timeout: 120_000 });
    return await page.evaluate(() => ({ fcp: performance.getEntriesByName("first-contentful-paint")[0]!.startTime, chart: (window as unknown as { firstChart: number }).firstChart }));
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const demo = await startDemo();
const browser = await launchChromium();
try {
  const html = Object.fromEntries(await Promise.all(Object.entries(pages).map(async ([way, path]) => [way, Buffer.from(await (await fetch(`${demo.url}${path}`)).arrayBuffer())]))) as Record<keyof typeof pages, Buffer>;
  const gzip = (bytes: Buffer) => gzipSync(bytes).byteLength;
  console.log(`School site, HTML: drawn by the browser ${html.browser.byteLength} bytes (${gzip(html.browser)} gzip), by the server ${html.server.byteLength} bytes (${gzip(html.server)} gzip): +${html.server.byteLength - html.browser.byteLength} bytes (+${gzip(html.server) - gzip(html.browser)} gzip)`);
  for (const [name, profile] of Object.entries(profiles)) {
    const times = { browser: [] as Array<{ fcp: number; chart: number }>, server: [] as Array<{ fcp: number; chart: number }> };
    for (let run = 0; run < runs; run++) for (const way of ["browser", "server"] as const) times[way].push(await load(browser, `${demo.url}${pages[way]}`, profile));
    console.log(`${name}, ${runs} loads each, interleaved, median:`);
    for (const way of ["browser", "server"] as const) {
      console.log(`  drawn by the ${way.padEnd(7)}: first contentful paint ${median(times[way].map((time) => time.fcp)).toFixed(0)} ms, first chart ${median(times[way].map((time) => time.chart)).toFixed(0)} ms`);
    }
  }
} finally {
  await browser.close();
  await demo.stop();
}
