// What the browser benchmarks (the board's first chart, the server-drawn school site) load pages
// under: one definition of the slow phone, so that their figures compare.
import type { BrowserContext, Page } from "playwright-core";

/** DevTools' fast 3G preset, as the DevTools protocol takes it (bytes per second, ms). */
export const fast3g = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };

/** A CPU slowdown and network conditions; nothing for loopback at full speed. */
export interface BrowserProfile {
  cpu: number;
  network?: typeof fast3g | undefined;
}

/** The slow phone of a county town: 4× CPU slowdown and fast 3G. */
export const slowPhone: BrowserProfile = { cpu: 4, network: fast3g };

/** A page of `context` with the HTTP cache off, under `profile`. */
export async function throttledPage(context: BrowserContext, profile: BrowserProfile | undefined): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (profile?.network) await cdp.send("Network.emulateNetworkConditions", profile.network);
  if (profile && profile.cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  return page;
}
