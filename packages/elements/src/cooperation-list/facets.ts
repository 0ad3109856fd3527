import type { CooperationKind, CooperationProject } from "@chanjiao/sdk";

/** The kind and country chosen in the list; `undefined` means any. */
export interface CooperationChoice {
  kind: CooperationKind | undefined;
  /** A country's English or Chinese name, in any case. */
  country: string | undefined;
}

export interface CountryCount {
  name: string;
  nameZh: string;
  count: number;
}

export interface CooperationFacets {
  /** The projects matching both choices. */
  shown: CooperationProject[];
  /** Per kind, the projects of that kind matching the country choice. */
  kinds: Map<CooperationKind, number>;
  /** Per country, the projects in it matching the kind choice. */
  countries: CountryCount[];
}

export function inCountry(project: CooperationProject, country: string | undefined): boolean {
  if (!country) return true;
  const wanted = country.trim().toLowerCase();
  return project.countries.some((entry) => entry.name.toLowerCase() === wanted || entry.nameZh === country.trim());
}

/**
 * What the list shows and the counts beside each choice. Each count leaves its own choice out, so
 * that it tells how many projects picking that option would show.
 */
export function cooperationFacets(projects: readonly CooperationProject[], choice: CooperationChoice): CooperationFacets {
  const kinds = new Map<CooperationKind, number>();
  const countries = new Map<string, CountryCount>();
  const shown: CooperationProject[] = [];
  for (const project of projects) {
    const kindMatches = choice.kind === undefined || project.kind === choice.kind;
    const countryMatches = inCountry(project, choice.country);
    if (countryMatches) kinds.set(project.kind, (kinds.get(project.kind) ?? 0) + 1);
    if (kindMatches) {
      for (const { name, nameZh } of project.countries) {
        const entry = countries.get(name) ?? { name, nameZh, count: 0 };
        entry.count += 1;
        countries.set(name, entry);
      }
    }
    if (kindMatches && countryMatches) shown.push(project);
  }
  return { shown, kinds, countries: [...countries.values()] };
}
