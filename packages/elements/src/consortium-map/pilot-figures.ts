import { PilotStage, provincePilots } from "@chanjiao/sdk";
import { collect } from "../shared/collect.js";
import { isChinese } from "../shared/i18n/local-name.js";
import { defineMessages, type Locale } from "../shared/i18n/messages.js";
import { translate } from "../shared/i18n/registry.js";
import { pilotStages } from "../shared/i18n/vocabulary/reform.js";
import type { CategoryWords, Figures, MeasureContext } from "./measures.js";

/** The stages in the order the reform went through them: a later one is a province's latest. */
const stages = PilotStage.options;

const pilotWords = defineMessages("cj-consortium-map-pilots", {
  // A tile has room for a few characters, not a programme's full name.
  "zh-CN": { short: { "trial-zone": "试验区", highland: "高地", "new-model": "新模式" }, none: "无试点记录" },
  en: { short: { "trial-zone": "Trial", highland: "Highland", "new-model": "New" }, none: "No pilot record" },
});

/**
 * Each province's Ministry–province reform pilots: its value is the index of its latest stage,
 * and every stage it has had is listed; a province without a pilot record is absent, not zero.
 */
export async function pilotFigures({ client, signal }: MeasureContext): Promise<Figures> {
  const pilots = await collect(client.collection(provincePilots).all({ limit: 200 }, { signal }));
  const byProvince = new Map<string, Set<number>>();
  for (const pilot of pilots) {
    const held = byProvince.get(pilot.province) ?? new Set<number>();
    byProvince.set(pilot.province, held.add(stages.indexOf(pilot.stage)));
  }
  const values = new Map<string, number>();
  const of = new Map<string, number[]>();
  for (const [province, held] of byProvince) {
    const order = [...held].sort((a, b) => a - b);
    values.set(province, order.at(-1)!);
    of.set(province, order);
  }
  const categories = (locale: Locale): CategoryWords => {
    const names = stages.map((stage) => translate(pilotStages, locale)[stage]);
    const { short, none } = translate(pilotWords, locale);
    return {
      names,
      short: stages.map((stage) => short[stage]),
      none,
      of: (code) => of.get(code)?.map((index) => names[index]).join(isChinese(locale) ? "、" : "; ") ?? none,
    };
  };
  return { values, cities: [], sample: pilots.some((pilot) => pilot.sample), categories };
}
