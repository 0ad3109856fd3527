/// <reference types="vite/client" />
// The CDN loader, dist/cdn/chanjiao.js, all a page needs. It holds no widget: each tag's modules
// are fetched when the tag first appears, all at once and with the widget's first data, so a page
// with one card never downloads the charts and a page with the board waits for one round of
// requests, not a chain of them.
import { startFirstReads } from "./cdn-first-reads.js";
import { loadOnSight, type TagLoader } from "./cdn-load-on-sight.js";
import { loadNumberData } from "./cdn-number-data.js";
import { importWithData, preloadChunks, type ChunkFiles } from "./cdn-preload.js";

/** Each tag's chunk and every chunk it imports, as the build named them (see vite.config.js). */
declare const __CHANJIAO_CHUNK_FILES__: ChunkFiles;
/** The chunks of the modules each tag's widget awaits with its first data, as the build named them. */
declare const __CHANJIAO_DATA_FILES__: ChunkFiles;

// Every widget folder's define.ts, found at build time: ./talent-board/define.ts registers <cj-talent-board>.
const defines = import.meta.glob(["./*/define.ts", "!./provider/define.ts", "!./shared/define.ts"]);

// The provider first, its clients sharing requests between the widgets: a widget asks for its client as it connects.
let provider: Promise<void> | undefined;
const loadProvider = (): Promise<void> =>
  (provider ??= Promise.all([import("./provider/define.js"), import("./provider/request-cache.js")]).then(([, { shareRequests }]) => shareRequests()));

/** Loads a tag's modules, having asked for all their files, and its widgets' first data, at once. */
const fetchingAll =
  (tag: string, load: TagLoader): TagLoader =>
  () => {
    preloadChunks(__CHANJIAO_CHUNK_FILES__, tag, import.meta.url);
    startFirstReads(tag);
    importWithData(__CHANJIAO_DATA_FILES__, tag, import.meta.url);
    loadNumberData();
    return load();
  };

const loaders = new Map([["cj-provider", fetchingAll("cj-provider", loadProvider)]]);
for (const [path, load] of Object.entries(defines)) {
  const tag = `cj-${path.split("/")[1]}`;
  loaders.set(tag, fetchingAll(tag, () => loadProvider().then(load)));
}
loadOnSight(loaders);

// For the language modules of dist/cdn/locales, and a page's own languages: the registry the widgets read.
export { registerLocale } from "./shared/i18n/registry.js";
