import type { CollectionName, RecordOf, School } from "@chanjiao/sdk";
import {
  defaultSeed,
  generateActivityWeek,
  generateDemand,
  generateEnterprises,
  generatePathways,
  generatePracticeCentres,
  generateProgrammes,
  generateProvincialLists,
  generateSchools,
  generateServicePlatforms,
  generateStatistics,
  generateSupply,
  sampleRegions,
} from "./generator.js";
import { mulberry32 } from "./prng.js";
import { loadSourcedRecords } from "./sourced.js";

/** Every record of every collection. */
export type SeedRecords = { [N in CollectionName]: Array<RecordOf<N>> };

/** Options of the seed: the generator seed and how many demand postings to generate. */
export interface SeedOptions {
  seed?: number;
  demandCount?: number;
}

/** The sourced records plus the generated ones, deterministic for a seed. */
export function buildSeedRecords(options: SeedOptions = {}): SeedRecords {
  const seed = options.seed ?? defaultSeed;
  const sourced = loadSourcedRecords();
  const enterprises = generateEnterprises(seed);
  const statisticsRandom = mulberry32(seed ^ 0x57a7);
  const sourcedSchools: School[] = sourced.organisations.flatMap((organisation) =>
    organisation.kind === "school" && organisation.level ? [{ ...organisation, kind: "school", level: organisation.level, statistics: null }] : [],
  );
  const schools = [...sourcedSchools, ...generateSchools(seed)].map((school) => ({ ...school, statistics: generateStatistics(statisticsRandom, seed, 2024) }));
  const sampleSchoolOrganisations = schools.filter((school) => school.sample).map(({ statistics: _statistics, ...organisation }) => organisation);
  const organisations = [...sourced.organisations, ...sampleSchoolOrganisations, ...enterprises];
  const categories = sourced.majorCategories;
  const pickCategories = (codes: string[]) => categories.filter((category) => codes.includes(category.code));
  const provinces = sourced.regions.filter((region) => region.level === "province" && sampleRegions.slice(0, 4).some((entry) => entry.province === region.code));
  return {
    regions: sourced.regions,
    parks: sourced.parks,
    organisations,
    schools,
    consortia: sourced.consortia,
    majorCategories: categories,
    majors: sourced.majors,
    programmes: generateProgrammes({ seed, schools, majors: sourced.majors, partners: enterprises }),
    talentDemand: generateDemand({ seed, count: options.demandCount ?? 3000, categories, publishers: enterprises }),
    talentSupply: generateSupply({ seed, categories }),
    practiceCentres: generatePracticeCentres({
      seed,
      operators: [...enterprises, ...schools],
      consortiumIds: sourced.consortia.filter((consortium) => consortium.kind === "city").map((consortium) => consortium.id),
    }),
    servicePlatforms: generateServicePlatforms({ seed, consortia: sourced.consortia, operators: [...enterprises, ...sampleSchoolOrganisations] }),
    // Sample pathways are run by sample schools only: naming a real school would credit it with a pathway it may not run.
    pathways: generatePathways({ seed, categories: pickCategories(["46", "51", "50", "52"]), schools: schools.filter((school) => school.sample) }),
    cooperationProjects: sourced.cooperationProjects,
    events: [...sourced.events, generateActivityWeek(seed)],
    provincialLists: generateProvincialLists({ seed, provinces, categories }),
  };
}
