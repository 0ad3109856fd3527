import { cooperationProjects, regions } from "@chanjiao/sdk";
import { collect } from "../shared/collect.js";
import type { Figures, MeasureContext } from "./measures.js";

/**
 * International cooperation projects (鲁班工坊 and others) per province and city of their Chinese
 * partners: a project counts once in each place it has partners in. National programmes, placed
 * nowhere, count in no province.
 */
export async function cooperationFigures({ client, counts, signal }: MeasureContext): Promise<Figures> {
  const [projects, cityRecords] = await Promise.all([
    collect(client.collection(cooperationProjects).all({ limit: 200 }, { signal })),
    collect(client.collection(regions).all({ level: "city", limit: 200 }, { signal })),
  ]);
  const values = new Map<string, number>(counts.provinces.map((province) => [province.code, 0]));
  const add = (code: string) => values.set(code, (values.get(code) ?? 0) + 1);
  for (const project of projects) {
    const places = new Set(project.regions);
    const provinces = new Set([...places].map((code) => `${code.slice(0, 2)}0000`));
    provinces.forEach(add);
    for (const code of places) if (!provinces.has(code)) add(code);
  }
  return { values, cities: cityRecords.filter((city) => values.has(city.code)), sample: projects.some((project) => project.sample) };
}
