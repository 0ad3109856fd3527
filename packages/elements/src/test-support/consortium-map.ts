import { fixture, html } from "@open-wc/testing";
import type { CjConsortiumMap } from "../consortium-map/cj-consortium-map.js";
import { settled } from "./widgets.js";

/** What a test sets on a map; an empty string is what a page writes for "none". */
export interface MapSettings {
  measure?: string;
  kind?: string;
  province?: string;
  industry?: string;
  lang?: string;
  /** The width of the map's column in pixels; the page's width by default. */
  width?: number;
}

/** A map inside a provider reading `baseUrl`, settled. */
export async function mountMap(baseUrl: string, settings: MapSettings = {}): Promise<CjConsortiumMap> {
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${settings.lang ?? "zh-CN"} style=${settings.width ? `width: ${settings.width}px` : ""}>
      <cj-provider base-url=${baseUrl}>
        <cj-consortium-map
          measure=${settings.measure ?? "consortia"}
          kind=${settings.kind ?? "all"}
          province=${settings.province ?? ""}
          industry=${settings.industry ?? ""}
        ></cj-consortium-map>
      </cj-provider>
    </div>
  `);
  const map = wrapper.querySelector("cj-consortium-map")!;
  await settled(map);
  return map;
}

/** The tile (button) of a province on a map's grid. */
export function tile(map: CjConsortiumMap, code: string): SVGGElement {
  return map.shadowRoot!.querySelector<SVGGElement>(`[data-code="${code}"]`)!;
}

/** The value a tile shows under the province's name. */
export function tileValue(map: CjConsortiumMap, code: string): string {
  return map.shadowRoot!.querySelector(`[data-label="${code}"] .tile-count`)!.textContent!;
}
