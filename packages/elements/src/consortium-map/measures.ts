import type { BaseClient, ConsortiumCounts } from "@chanjiao/sdk";
import type { Locale } from "../shared/i18n/messages.js";
import type { MapKind } from "./messages.js";

/** A city a measure has figures for. */
export interface FigureCity {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
}

/**
 * A measure of categories in one language. Each of its values is the index of a place's latest
 * category; the words load with the measure's figures, so a page showing amounts never fetches them.
 */
export interface CategoryWords {
  /** The categories' names, in the order of their values. */
  readonly names: readonly string[];
  /** Each category's word on a tile, which has room for a few characters. */
  readonly short: readonly string[];
  /** The name of having none. */
  readonly none: string;
  /** Every category the place of `code` has, in words; `none` when it has none. */
  of(code: string): string;
}

/** What a measure answers: a value per province and per city (by GB/T 2260 code); a place without data is absent. */
export interface Figures {
  readonly values: ReadonlyMap<string, number>;
  /** The cities the figures cover, with their names. */
  readonly cities: readonly FigureCity[];
  /** True when any figure is generated sample data. */
  readonly sample: boolean;
  /** The year the figures are for, when they are for one. */
  readonly period?: number | undefined;
  /** For a `categorical` measure: its categories and those of each place, in words of `locale`. */
  readonly categories?: ((locale: Locale) => CategoryWords) | undefined;
}

/** What a measure reads from: the client, the consortium counts the map always loads, and the map's settings. */
export interface MeasureContext {
  readonly client: BaseClient;
  readonly counts: ConsortiumCounts;
  readonly kind: MapKind;
  readonly signal: AbortSignal;
}

/**
 * One figure the map can colour provinces and cities by. `diverging` for a figure whose zero is a
 * meaningful middle (a gap: shortage one way, surplus the other), `sequential` for an amount,
 * `categorical` for a kind of thing a place has (a reform pilot's stage), one colour each.
 */
export interface Measure {
  readonly scale: "sequential" | "diverging" | "categorical";
  read(context: MeasureContext): Promise<Figures>;
}

/** The consortia counted per province and city: already in the counts, so nothing more is read. */
function consortiumFigures({ counts, kind }: MeasureContext): Figures {
  const values = new Map<string, number>();
  const cities: FigureCity[] = [];
  for (const province of counts.provinces) {
    values.set(province.code, province.counts[kind]);
    for (const city of province.cities) {
      values.set(city.code, city.counts[kind]);
      cities.push(city);
    }
  }
  return { values, cities, sample: false };
}

const talent = (figure: "gap" | "demand" | "supply", scale: Measure["scale"] = "sequential"): Measure => ({
  scale,
  // Loaded when first chosen: a page showing consortia never fetches the code of the other measures.
  read: async (context) => (await import("./talent-figures.js")).talentFigures(context, figure),
});

/**
 * The measures the map offers, in the order of its menu. A measure is one entry here and its words
 * in messages.ts (`measures`): the menu, legend, tiles, table, CSV and `measure` attribute follow.
 */
export const measures = {
  consortia: { scale: "sequential", read: async (context) => consortiumFigures(context) },
  gap: talent("gap", "diverging"),
  demand: talent("demand"),
  supply: talent("supply"),
  cooperation: { scale: "sequential", read: async (context) => (await import("./cooperation-figures.js")).cooperationFigures(context) },
  pilot: { scale: "categorical", read: async (context) => (await import("./pilot-figures.js")).pilotFigures(context) },
} satisfies Record<string, Measure>;

export type MeasureId = keyof typeof measures;

export const measureIds = Object.keys(measures) as MeasureId[];
