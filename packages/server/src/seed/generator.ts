import {
  CatalogueLevel,
  type Consortium,
  DemandStatus,
  type Event,
  Industry,
  type Major,
  type MajorCategory,
  type MajorClass,
  type Organisation,
  type Pathway,
  PathwayKind,
  type PracticeCentre,
  PracticeCentreKind,
  PracticeFunction,
  type Programme,
  type ProvincialList,
  sampleGeneratorSource,
  ProvincialListKind,
  type School,
  type SchoolStatistics,
  type ServicePlatform,
  ServicePlatformKind,
  type TalentDemand,
  type TalentSupply,
  TrainingMode,
} from "@chanjiao/sdk";
import { cityRegions, provinceOf } from "./cities.js";
import { industryCrosswalk } from "./industry-crosswalk.js";
import { mulberry32, type Random } from "./prng.js";

/** The seed of the records the server ships with. */
export const defaultSeed = 2022;

/** The provenance every generated record carries. */
export function sampleSource(seed: number): { source: string; citations: []; sample: true } {
  return { source: sampleGeneratorSource(seed), citations: [], sample: true };
}

/** Regions that generated series cover: 12 provinces, each with up to three cities. */
export const sampleRegions: ReadonlyArray<{ province: string; cities: readonly string[] }> = [
  { province: "320000", cities: ["320100", "320200", "320400", "320500"] },
  { province: "330000", cities: ["330100", "330200", "330700"] },
  { province: "440000", cities: ["440100", "440300", "440600"] },
  { province: "370000", cities: ["370100", "370200"] },
  { province: "340000", cities: ["340100", "340200", "341100"] },
  { province: "420000", cities: ["420100"] },
  { province: "430000", cities: ["430100"] },
  { province: "510000", cities: ["510100", "511500"] },
  { province: "410000", cities: ["410100"] },
  { province: "610000", cities: ["610100"] },
  { province: "120000", cities: [] },
  { province: "310000", cities: [] },
];

/** Every region code a generated record may sit in (a municipality stands for itself). */
const placeCodes = sampleRegions.flatMap((entry) => (entry.cities.length ? entry.cities : [entry.province]));

export const samplePeriods = [2021, 2022, 2023, 2024, 2025] as const;
const levels = CatalogueLevel.options;

/** Occupations that demand postings name, by 高职专科 category code. */
const occupations: Record<string, readonly string[]> = {
  "46": ["数控车工", "工业机器人运维员", "电气设备安装工", "机电设备维修工"],
  "51": ["软件开发工程师", "云计算运维工程师", "数据标注员", "网络安全管理员"],
  "50": ["城市轨道交通调度员", "物流调度员", "汽车维修工"],
  "43": ["光伏运维工程师", "储能系统装调员", "新材料检测员"],
  "52": ["护士", "康复治疗师", "药品质检员"],
  "53": ["会计", "电子商务运营专员", "跨境电商专员"],
};
const genericOccupations = ["技术员", "操作员", "质检员", "管理员"];

/** The industries the crosswalk pairs with a category. */
function industriesOf(category: MajorCategory): Industry[] {
  return Industry.options.filter((industry) => industryCrosswalk[industry].categories.includes(category.code));
}

/** The given categories that train for some priority industry; throws when none does. */
function servedCategories(categories: readonly MajorCategory[]): MajorCategory[] {
  const served = categories.filter((category) => industriesOf(category).length > 0);
  if (served.length === 0) throw new Error("no given major category trains for a priority industry (see seed/industry-crosswalk.ts)");
  return served;
}

/**
 * Draws an industry and one of the major categories the crosswalk pairs it with, among `categories`:
 * generated records never pair an industry with a category that does not train for it.
 */
function industryAndCategory(random: Random, categories: readonly MajorCategory[]): { industry: Industry; category: MajorCategory } {
  const category = random.pick(servedCategories(categories));
  return { industry: random.pick(industriesOf(category)), category };
}

/** Sample enterprises that publish demand and train students; clearly named as samples. */
export function generateEnterprises(seed = defaultSeed, count = 12): Organisation[] {
  const random = mulberry32(seed ^ 0x0e0e);
  return Array.from({ length: count }, (_, index) => {
    const region = random.pick(placeCodes);
    const number = String(index + 1).padStart(2, "0");
    return {
      id: `sample-enterprise-${number}`,
      name: `示例企业${number}`,
      nameEn: `Sample Enterprise ${number}`,
      kind: "enterprise",
      level: null,
      region,
      province: provinceOf(region),
      ...sampleSource(seed),
    };
  });
}

/** Sample schools, one per sample province up to `count`, clearly named as samples. */
export function generateSchools(seed = defaultSeed, count = 10): School[] {
  const random = mulberry32(seed ^ 0x5c4001);
  return Array.from({ length: count }, (_, index) => {
    const entry = sampleRegions[index % sampleRegions.length]!;
    const region = entry.cities.length ? random.pick(entry.cities) : entry.province;
    const level = random.pick(["中职", "高职专科", "高职专科", "职业本科"] as const);
    const number = String(index + 1).padStart(2, "0");
    const kindName = level === "中职" ? "中等职业学校" : level === "职业本科" ? "职业技术大学" : "职业技术学院";
    return {
      id: `sample-school-${number}`,
      name: `示例${kindName}${number}`,
      nameEn: `Sample Vocational School ${number}`,
      kind: "school",
      level,
      region,
      province: provinceOf(region),
      statistics: null,
      ...sampleSource(seed),
    };
  });
}

/** Teacher and resource statistics of a school for a year. */
export function generateStatistics(random: Random, seed: number, year: number): SchoolStatistics {
  return {
    year,
    fullTimeTeachers: random.int(120, 900),
    dualQualifiedRatio: Math.round(random.int(45, 85)) / 100,
    industryMentorPosts: random.int(5, 60),
    resources: {
      coreCourses: random.int(20, 120),
      textbooks: random.int(5, 40),
      resourceLibraries: random.int(0, 6),
      onlineCourses: random.int(10, 150),
      simulationBases: random.int(0, 4),
    },
    ...sampleSource(seed),
  };
}

/**
 * The class a talent figure names: one of the first two classes of its category at its level (so
 * that a comparison by class stays readable), or none without classes. Drawn from a generator of
 * its own, so that the other fields are those of a seed without classes.
 */
function classPicker(seed: number, classes: readonly MajorClass[] = []): (categoryId: string, level: CatalogueLevel) => { classCode?: string } {
  const random = mulberry32(seed ^ 0xc1a55);
  const candidates = new Map<string, string[]>();
  for (const majorClass of classes) {
    const key = `${majorClass.majorCategoryId} ${majorClass.level}`;
    const codes = candidates.get(key) ?? [];
    if (codes.length < 2) candidates.set(key, [...codes, majorClass.code]);
  }
  return (categoryId, level) => {
    const codes = candidates.get(`${categoryId} ${level}`);
    return codes ? { classCode: random.pick(codes) } : {};
  };
}

/**
 * Talent demand postings: `count` records spread over the sample regions, 2021–2025, every priority
 * industry with the categories the crosswalk pairs it with, and all levels, each naming a class
 * when classes are given.
 */
export function generateDemand(options: {
  count: number;
  seed?: number;
  categories: readonly MajorCategory[];
  classes?: readonly MajorClass[];
  publishers: readonly Organisation[];
}): TalentDemand[] {
  const seed = options.seed ?? defaultSeed;
  const random = mulberry32(seed ^ 0xde11a9d);
  const classOf = classPicker(seed, options.classes);
  const width = String(options.count).length;
  const categories = servedCategories(options.categories);
  return Array.from({ length: options.count }, (_, index) => {
    // Categories in turn, so that every one a priority industry draws on has demand; the industry is one it trains for.
    const category = categories[index % categories.length]!;
    const industry = random.pick(industriesOf(category));
    const region = random.pick(placeCodes);
    const period = random.pick(samplePeriods);
    const demand: TalentDemand = {
      id: `demand-${String(index + 1).padStart(Math.max(6, width), "0")}`,
      publisherId: random.pick(options.publishers).id,
      region,
      province: provinceOf(region),
      industry,
      occupation: random.pick(occupations[category.code] ?? genericOccupations),
      majorCategoryId: category.id,
      level: random.pick(levels),
      headcount: random.int(1, 200),
      period,
      status: random.pick(DemandStatus.options),
      publishedAt: `${period}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
      ...sampleSource(seed),
    };
    return Object.assign(demand, classOf(category.id, demand.level));
  });
}

/**
 * Talent supply: graduates for every (region, category, level, period) of the given regions, each
 * (region, category, level) from one class when classes are given.
 */
export function generateSupply(options: { seed?: number; categories: readonly MajorCategory[]; classes?: readonly MajorClass[]; regions?: readonly string[] }): TalentSupply[] {
  const seed = options.seed ?? defaultSeed;
  const random = mulberry32(seed ^ 0x5a9917);
  const classOf = classPicker(seed, options.classes);
  // The last few places report no graduates, as some regions publish demand before supply.
  const regions = options.regions ?? placeCodes.slice(0, -3);
  // Each category leans towards shortage or surplus, so the series show both; the base range puts
  // graduates on the same scale as the generated demand of a place.
  const leanings = new Map(options.categories.map((category) => [category.id, 0.4 + random.next() * 1.8]));
  return regions.flatMap((region) =>
    options.categories.flatMap((category) =>
      levels.flatMap((level) => {
        const majorClass = classOf(category.id, level);
        return samplePeriods.map((period) => ({
          id: `supply-${region}-${category.code}-${levels.indexOf(level)}-${period}`,
          region,
          province: provinceOf(region),
          majorCategoryId: category.id,
          ...majorClass,
          level,
          period,
          graduates: Math.round(random.int(5, 50) * leanings.get(category.id)!),
          ...sampleSource(seed),
        }));
      }),
    ),
  );
}

/**
 * Majors a school may offer: those of its own level (none for a level outside the catalogue), and
 * where it leads or sits on a consortium with priority industries, those of the classes that
 * train for them (when the catalogue has any at its level).
 */
function majorsForSchool(school: School, majors: readonly Major[], majorClasses: readonly MajorClass[], consortia: readonly Consortium[]): Major[] {
  const ofLevel = majors.filter((major) => major.level === school.level);
  const industries = consortia
    .filter((consortium) => consortium.leadOrganisationIds.includes(school.id) || consortium.council.some((seat) => seat.organisationId === school.id))
    .flatMap((consortium) => consortium.industries);
  const classNames = new Set(industries.flatMap((industry) => industryCrosswalk[industry].classes));
  const classCodes = new Set(majorClasses.filter((majorClass) => classNames.has(majorClass.name)).map((majorClass) => majorClass.code));
  const ofIndustries = ofLevel.filter((major) => classCodes.has(major.classCode));
  return ofIndustries.length > 0 ? ofIndustries : ofLevel;
}

/**
 * Programmes of each school: a few majors of its level (drawn from its consortia's industries where
 * it has any), with training modes, partner enterprises and an enrolment plan.
 */
export function generateProgrammes(options: {
  seed?: number;
  schools: readonly School[];
  majors: readonly Major[];
  majorClasses: readonly MajorClass[];
  consortia: readonly Consortium[];
  partners: readonly Organisation[];
}): Programme[] {
  const seed = options.seed ?? defaultSeed;
  const random = mulberry32(seed ^ 0x9a0);
  return options.schools.flatMap((school) =>
    random.sample(majorsForSchool(school, options.majors, options.majorClasses, options.consortia), random.int(2, 4)).map((major) => ({
      id: `programme-${school.id}-${major.code}`,
      schoolId: school.id,
      majorId: major.id,
      majorCode: major.code,
      majorName: major.name,
      majorCategoryId: major.majorCategoryId,
      level: major.level,
      years: major.level === "职业本科" ? 4 : 3,
      trainingModes: random.sample(TrainingMode.options, random.int(1, 3)),
      partnerIds: random.sample(options.partners, random.int(0, 3)).map((partner) => partner.id),
      enrolmentPlan: random.int(40, 300),
      year: 2025,
      region: school.region,
      province: school.province,
      ...sampleSource(seed),
    })),
  );
}

/** Practice centres, three of each of the four kinds. */
export function generatePracticeCentres(options: { seed?: number; operators: readonly Organisation[]; consortiumIds: readonly string[] }): PracticeCentre[] {
  const seed = options.seed ?? defaultSeed;
  const random = mulberry32(seed ^ 0xce7);
  const names: Record<PracticeCentreKind, readonly [zh: string, en: string]> = {
    public: ["公共实践中心", "Public Practice Centre"],
    enterprise: ["企业实践中心", "Enterprise Practice Centre"],
    "school-factory": ["校中厂", "Factory in a School"],
    "factory-school": ["厂中校", "School in a Factory"],
  };
  return PracticeCentreKind.options.flatMap((kind) =>
    [1, 2, 3].map((number) => {
      const operator = random.pick(options.operators);
      return {
        id: `practice-${kind}-${number}`,
        name: `示例${names[kind][0]}${number}`,
        nameEn: `Sample ${names[kind][1]} ${number}`,
        kind,
        functions: random.sample(PracticeFunction.options, random.int(1, 4)),
        operatorId: operator.id,
        consortiumId: random.next() < 0.5 ? random.pick(options.consortiumIds) : null,
        region: operator.region,
        province: operator.province,
        ...sampleSource(seed),
      };
    }),
  );
}

const platformServices = ["技术研发", "检验检测", "成果转化", "人才培训", "中试验证", "标准制定"] as const;
const platformNames: Record<ServicePlatformKind, string> = {
  "common-technology": "共性技术服务平台",
  "innovation-centre": "技术创新中心",
  "testing-certification": "检验检测平台",
  "pilot-production": "中试基地",
};

/**
 * One or two technology service platforms per city consortium, the first always a 共性技术服务平台
 * (clause 4). Operators are sample organisations only: naming a real one would credit it with a
 * platform it may not run.
 */
export function generateServicePlatforms(options: { seed?: number; consortia: readonly Consortium[]; operators: readonly Organisation[] }): ServicePlatform[] {
  const seed = options.seed ?? defaultSeed;
  const random = mulberry32(seed ^ 0x5e7);
  const cityNames = new Map(cityRegions().map((city) => [city.code, city.name]));
  const others = ServicePlatformKind.options.filter((kind) => kind !== "common-technology");
  return options.consortia
    .filter((consortium) => consortium.kind === "city")
    .flatMap((consortium) => {
      const place = (consortium.region && cityNames.get(consortium.region)) ?? consortium.name;
      const kinds: ServicePlatformKind[] = random.next() < 0.5 ? ["common-technology"] : ["common-technology", random.pick(others)];
      return kinds.map((kind, index) => ({
        id: `platform-${consortium.id}-${index + 1}`,
        name: `${place}示例${platformNames[kind]}`,
        kind,
        consortiumId: consortium.id,
        operatorId: random.pick(options.operators).id,
        services: random.sample(platformServices, random.int(2, 4)),
        region: consortium.region,
        province: consortium.province,
        ...sampleSource(seed),
      }));
    });
}

const pathwaySteps: Record<PathwayKind, { name: string; steps: Pathway["steps"] }> = {
  progression: {
    name: "中职—高职专科—职业本科贯通",
    steps: [
      { level: "中职", years: 3, entry: "中考" },
      { level: "高职专科", years: 3, entry: "职教高考" },
      { level: "职业本科", years: 2, entry: "专升本" },
    ],
  },
  "five-year": {
    name: "五年一贯制",
    steps: [
      { level: "中职", years: 3, entry: "中考" },
      { level: "高职专科", years: 2, entry: "转段考核" },
    ],
  },
  "secondary-bachelor": {
    name: "中本衔接",
    steps: [
      { level: "中职", years: 3, entry: "中考" },
      { level: "职业本科", years: 4, entry: "转段考核" },
    ],
  },
  "vocational-gaokao": {
    name: "职教高考",
    steps: [
      { level: "中职", years: 3, entry: "中考" },
      { level: "高职专科", years: 3, entry: "职教高考" },
    ],
  },
  upgrade: {
    name: "专升本",
    steps: [
      { level: "高职专科", years: 3, entry: "高考" },
      { level: "职业本科", years: 2, entry: "专升本考试" },
    ],
  },
};

/**
 * Pathways of all five kinds for each of the given categories, each run by one of the sample schools
 * at one of its levels (which keeps the entry); null when none of them teaches at those levels.
 */
export function generatePathways(options: { seed?: number; categories: readonly MajorCategory[]; schools: readonly School[] }): Pathway[] {
  const seed = options.seed ?? defaultSeed;
  const random = mulberry32(seed ^ 0x9a7);
  return options.categories.flatMap((category) =>
    PathwayKind.options.map((kind) => {
      const { steps } = pathwaySteps[kind];
      const runners = options.schools.filter((school) => steps.some((step) => step.level === school.level));
      return {
        id: `pathway-${category.code}-${kind}`,
        name: `${category.name.replace(/大类$/, "")}类${pathwaySteps[kind].name}（示例）`,
        kind,
        majorCategoryId: category.id,
        schoolId: runners.length ? random.pick(runners).id : null,
        steps,
        ...sampleSource(seed),
      };
    }),
  );
}

/** The three lists (talent demand, industry development, policy support) of each given province. */
export function generateProvincialLists(options: {
  seed?: number;
  provinces: ReadonlyArray<{ code: string; shortName: string; nameEn: string }>;
  categories: readonly MajorCategory[];
}): ProvincialList[] {
  const seed = options.seed ?? defaultSeed;
  const random = mulberry32(seed ^ 0x1157);
  const titles: Record<ProvincialListKind, readonly [zh: string, en: string]> = {
    "talent-demand": ["人才需求清单", "talent demand list"],
    "industry-development": ["产业发展清单", "industry development list"],
    "policy-support": ["政策支持清单", "policy support list"],
  };
  return options.provinces.flatMap((province) =>
    ProvincialListKind.options.map((kind) => ({
      id: `list-${province.code}-${kind}-2025`,
      province: province.code,
      kind,
      year: 2025,
      title: `${province.shortName}2025年${titles[kind][0]}（示例）`,
      titleEn: `${province.nameEn} 2025 ${titles[kind][1]} (sample)`,
      // An item names its industry and category in fields of their own, which widgets show in the page's language.
      items: Array.from({ length: random.int(3, 5) }, (_, index) => {
        const { industry, category } = industryAndCategory(random, options.categories);
        const headcount = random.int(5, 50) * 100;
        return {
          title: `示例条目${index + 1}`,
          titleEn: `Sample item ${index + 1}`,
          detail: kind === "talent-demand" ? `人才需求约${headcount}人` : null,
          detailEn: kind === "talent-demand" ? `Demand for about ${headcount.toLocaleString("en")} people` : null,
          industry,
          majorCategoryId: kind === "policy-support" ? null : category.id,
          source: sampleSource(seed).source,
        };
      }),
      ...sampleSource(seed),
    })),
  );
}

/** A 职业教育活动周 event. */
export function generateActivityWeek(seed = defaultSeed): Event {
  return {
    id: "activity-week-2025-sample",
    name: "2025年职业教育活动周（示例）",
    nameEn: "2025 Vocational Education Activity Week (sample)",
    kind: "activity-week",
    start: "2025-05",
    end: null,
    place: null,
    placeEn: null,
    organisers: null,
    organisersEn: null,
    organiserIds: [],
    theme: null,
    themeEn: null,
    scale: null,
    scaleEn: null,
    note: null,
    ...sampleSource(seed),
  };
}
