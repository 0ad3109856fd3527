/// <reference types="vite/client" />
// The CDN loader, dist/cdn/chanjiao.js, all a page needs. The provider is registered at once:
// every page has one, and a widget asks for its client as it connects. Each widget's module is
// fetched only when its tag first appears, so a page with one card never downloads the charts.
import "./provider/define.js";
import { shareRequests } from "./provider/request-cache.js";
import { loadOnSight } from "./cdn-load-on-sight.js";

// Every widget folder's define.ts, found at build time: ./talent-board/define.ts registers <cj-talent-board>.
const defines = import.meta.glob(["./*/define.ts", "!./provider/define.ts", "!./shared/define.ts"]);

loadOnSight(new Map(Object.entries(defines).map(([path, load]) => [`cj-${path.split("/")[1]}`, load])));

// The widgets of a page share the provider's requests.
shareRequests();

// For the language modules of dist/cdn/locales, and a page's own languages: the registry the widgets read.
export { registerLocale } from "./shared/i18n/registry.js";
