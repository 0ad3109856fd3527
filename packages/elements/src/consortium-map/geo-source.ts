import { provinceOfCode } from "./tile-grid.js";

/** Why a site's geo source cannot be drawn; each reason has its own message. */
export type GeoFailure = "http" | "not-json" | "not-geo" | "no-codes";

export class GeoSourceError extends Error {
  constructor(
    readonly reason: GeoFailure,
    detail: string,
  ) {
    super(detail);
    this.name = "GeoSourceError";
  }
}

type Properties = Record<string, unknown> | null | undefined;
interface GeoJsonFeature {
  type: "Feature";
  id?: unknown;
  properties?: Properties;
  geometry: unknown;
}
interface Topology {
  type: "Topology";
  objects: Record<string, { type: string; geometries?: Array<{ id?: unknown; properties?: Properties }> }>;
}

/** A parsed geo source: GeoJSON features as they are, or a TopoJSON object still to convert. */
export type GeoSource = { type: "geojson"; features: GeoJsonFeature[] } | { type: "topojson"; topology: Topology; object: string };

/** Properties that hold a GB/T 2260 code in common boundary files, tried in this order. */
export const defaultCodeProperties = ["code", "adcode", "id"] as const;

/** The region code of a feature or TopoJSON geometry, as a six-digit string. */
export function codeOf(item: { id?: unknown; properties?: Properties }, codeProperty: string | undefined): string | undefined {
  const keys = codeProperty ? [codeProperty] : defaultCodeProperties;
  for (const key of keys) {
    const value = item.properties?.[key] ?? (key === "id" ? item.id : undefined);
    if ((typeof value === "string" || typeof value === "number") && /^\d{6}$/.test(String(value))) return String(value);
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Recognises a GeoJSON FeatureCollection or a TopoJSON Topology (its first object with geometries). */
export function classifyGeoJson(data: unknown): GeoSource | undefined {
  if (!isObject(data)) return undefined;
  if (data["type"] === "FeatureCollection" && Array.isArray(data["features"])) {
    const features = (data["features"] as unknown[]).filter((feature): feature is GeoJsonFeature => isObject(feature) && feature["type"] === "Feature");
    return { type: "geojson", features };
  }
  if (data["type"] === "Topology" && isObject(data["objects"]) && Array.isArray(data["arcs"])) {
    const topology = data as unknown as Topology;
    const object = Object.keys(topology.objects).find((name) => Array.isArray(topology.objects[name]?.geometries));
    return object === undefined ? undefined : { type: "topojson", topology, object };
  }
  return undefined;
}

/** The region codes a source names that belong to one of the 34 provinces (provinces or their cities). */
export function matchedCodes(source: GeoSource, codeProperty: string | undefined): string[] {
  const items = source.type === "geojson" ? source.features : (source.topology.objects[source.object]?.geometries ?? []);
  return items.map((item) => codeOf(item, codeProperty)).filter((code): code is string => code !== undefined && provinceOfCode(code) !== undefined);
}

/**
 * Fetches and checks the site's geo source. It is the site's own file, not an API resource, so it
 * is read with `fetch` rather than through the client. Rejects with a GeoSourceError that says why.
 */
export async function loadGeoSource(url: string, codeProperty: string | undefined, signal: AbortSignal): Promise<GeoSource> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new GeoSourceError("http", `${url} could not be fetched`);
  }
  if (!response.ok) throw new GeoSourceError("http", `${url} answered ${response.status}`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new GeoSourceError("not-json", `${url} is not JSON`);
  }
  const source = classifyGeoJson(data);
  if (!source) throw new GeoSourceError("not-geo", `${url} is neither a GeoJSON FeatureCollection nor a TopoJSON topology`);
  if (matchedCodes(source, codeProperty).length === 0) {
    throw new GeoSourceError("no-codes", `no feature of ${url} has a region code in ${codeProperty ?? defaultCodeProperties.join(", ")}`);
  }
  return source;
}
