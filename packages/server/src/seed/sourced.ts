import {
  CodeStatus,
  type Consortium,
  type CooperationProject,
  type CouncilSeat,
  type Event,
  Industry,
  type Major,
  type MajorCategory,
  type MajorClass,
  type Organisation,
  type Park,
  type Region,
  type SchoolLevel,
} from "@chanjiao/sdk";
import * as z from "zod/mini";
import { cityCodeIn, cityRegions, provinceOf } from "./cities.js";
import type {
  CityConsortiaFile,
  EventsPlatformsFile,
  IndustryCommunitiesFile,
  LubanWorkshopsFile,
  MajorCategoriesFile,
  ProvincesFile,
} from "./data-files.js";
import { readDataFile } from "./data-files.js";
import { loadCatalogue } from "./catalogue.js";
import { wordsOfEvent } from "./event-words.js";
import { lubanFieldNames } from "./luban-fields.js";
import { memberNames } from "./member-counts.js";
import { partialDate } from "./partial-date.js";
import { slug, stableId } from "./ids.js";
import { sourcedBy } from "./citations.js";

/** Everything the sourced data files give, as records of the contract. */
export interface SourcedRecords {
  regions: Region[];
  parks: Park[];
  organisations: Organisation[];
  consortia: Consortium[];
  majorCategories: MajorCategory[];
  majorClasses: MajorClass[];
  majors: Major[];
  cooperationProjects: CooperationProject[];
  events: Event[];
}

const datePrefix = /^\d{4}(-\d{2}(-\d{2})?)?/;
const isoDates = /\d{4}-\d{2}-\d{2}/g;

/** The id of a major category from its 高职专科 code. */
export const majorCategoryId = (code: string) => `mc-${code}`;

/**
 * The priority industry a wording clearly falls under, or null. Wordings narrower than an
 * industry (such as 智能网联汽车) map to it; the wording itself is kept in the record's `field`.
 */
function industryOf(wording: string): Industry | null {
  const exact = z.safeParse(Industry, wording);
  if (exact.success) return exact.data;
  const rules: Array<[RegExp, Industry]> = [
    [/航空|航天/, "航空航天装备"],
    [/新能源.*汽车|智能网联汽车/, "节能与新能源汽车"],
    [/电子信息|信息技术/, "新一代信息技术"],
    [/生物医药/, "生物医药及高性能医疗器械"],
    [/服务业/, "现代服务业"],
    [/数控|机器人/, "高档数控机床和机器人"],
    [/轨道交通/, "先进轨道交通装备"],
    [/石化/, "绿色石化"],
    [/新能源/, "新能源"],
  ];
  return rules.find(([pattern]) => pattern.test(wording))?.[1] ?? null;
}

/** Collects organisations by name so that one named in several records is one record. */
class OrganisationRegistry {
  readonly byName = new Map<string, Organisation>();

  /** The ids of the organisations, among those registered, that names as a source writes them refer to (`天津渤海职业技术学院 Tianjin Bohai …`); others are left out, never guessed. */
  idsOf(names: readonly string[]): string[] {
    return [...new Set(names.flatMap((name) => this.byName.get(name.trim().split(/\s/)[0]!)?.id ?? []))];
  }

  /** Registers an organisation named in a source and returns its id; placeholders that name nobody return null. */
  add(rawName: string, kind: "school" | "enterprise" | "government", region: string | null, source: string): { organisation: Organisation; title: string | null } | null {
    if (rawName.startsWith("(")) return null;
    const titled = /^(.*)（(理事长单位)）$/.exec(rawName);
    const name = titled ? titled[1]! : rawName;
    const existing = this.byName.get(name);
    if (existing) return { organisation: existing, title: titled?.[2] ?? null };
    const organisation: Organisation = {
      id: stableId(kind === "school" ? "school" : "org", name),
      name,
      nameEn: null,
      kind,
      level: kind === "school" ? schoolLevelOf(name) : null,
      region,
      province: region ? provinceOf(region) : null,
      ...sourcedBy(source),
      sample: false,
    };
    this.byName.set(name, organisation);
    return { organisation, title: titled?.[2] ?? null };
  }
}

/**
 * The level of a school from its current name: 职业(技术)大学 are vocational bachelor schools; a
 * university outside the vocational system gets no level (it is not listed under /schools).
 */
function schoolLevelOf(name: string): SchoolLevel | null {
  const current = /（现(.+)）/.exec(name)?.[1] ?? name;
  if (/职业技术大学|职业大学|职业技术师范大学/.test(current)) return "职业本科";
  if (/职业|专科学校/.test(current) && /学院/.test(current)) return "高职专科";
  if (/中等专业学校|中心学校|职业学校|商业学校/.test(current)) return "中职";
  return null;
}

function regions(): Region[] {
  const file = readDataFile<ProvincesFile>("provinces.json");
  const provinces: Region[] = file.records.map((record) => ({
    id: record.code,
    code: record.code,
    name: record.name,
    shortName: record.shortName,
    nameEn: record.nameEn,
    level: "province",
    parent: null,
    ...sourcedBy(`GB/T 2260 (${file.source.codes})`),
    sample: false,
  }));
  return [...provinces, ...cityRegions()];
}

function seat(organisation: Organisation, title: string | null): CouncilSeat {
  return { role: organisation.kind === "school" ? "school" : "enterprise", organisationId: organisation.id, title };
}

function cityConsortia(registry: OrganisationRegistry, parks: Park[]): Consortium[] {
  const file = readDataFile<CityConsortiaFile>("city-consortia.json");
  return file.records.map((record) => {
    const region = cityCodeIn(record.city) ?? record.provinceCode;
    const place = record.location ?? record.city;
    const name = record.name ?? `第${record.batch === 2 ? "二" : "一"}批市域产教联合体（${place}）`;
    const parkIds: string[] = [];
    if (record.park) {
      const park: Park = { id: stableId("park", record.park), name: record.park, region, province: record.provinceCode, ...sourcedBy(record.source), sample: false };
      parks.push(park);
      parkIds.push(park.id);
    }
    const leads = [
      ...(record.leadSchools ?? []).map((lead) => registry.add(lead, "school", region, record.source)),
      ...(record.leadEnterprises ?? []).map((lead) => registry.add(lead, "enterprise", region, record.source)),
    ].filter((lead) => lead !== null);
    const wording = record.industries ?? null;
    const industries = wording
      ? [...new Set(wording.split(/[、;；,]/).map((part) => industryOf(part.replace(/^.*=\s*/, "").trim())))].filter((industry) => industry !== null)
      : [industryOf(name)].filter((industry) => industry !== null);
    const status = record.confirmed ? "confirmed" : record.status?.startsWith("provincial") ? "provincial" : "candidate";
    const notes = [record.status, record.note, record.launched && `launched ${record.launched}`, !record.name && "name not published in the source"];
    return {
      id: stableId("consortium", name),
      name,
      kind: "city",
      province: record.provinceCode,
      region,
      batch: record.batch,
      founded: /founded (\d{4}-\d{2}-\d{2})/.exec(record.note ?? "")?.[1] ?? null,
      status,
      industries,
      field: wording,
      parkIds,
      leadOrganisationIds: leads.map((lead) => lead.organisation.id),
      council: leads.map((lead) => seat(lead.organisation, lead.title)),
      ...memberNames(record.members),
      note: notes.filter(Boolean).join("; ") || null,
      ...sourcedBy(record.source),
      sample: false,
    } satisfies Consortium;
  });
}

function industryCommunities(registry: OrganisationRegistry): Consortium[] {
  const file = readDataFile<IndustryCommunitiesFile>("industry-communities.json");
  return file.records.map((record) => {
    const region = cityCodeIn(record.place);
    // A community spans regions, so a lead's region comes only from a city its own name gives.
    const register = (name: string, kind: "school" | "enterprise") => registry.add(name, kind, cityCodeIn(name), record.source);
    const leads = [
      record.leadEnterprise ? register(record.leadEnterprise, "enterprise") : null,
      ...(record.leadUniversities ?? []).map((name) => register(name, "school")),
      ...(record.leadVocational ?? []).map((name) => register(name, "school")),
    ].filter((lead) => lead !== null);
    const industry = industryOf(record.industry);
    const founded = record.founded ? (datePrefix.exec(record.founded)?.[0] ?? null) : null;
    const notes = [
      record.place && `place: ${record.place}`,
      record.hosts && `hosts: ${record.hosts}`,
      record.guidedBy && `guided by: ${record.guidedBy}`,
      record.status,
      record.other,
      record.founded && record.founded !== founded ? `founded: ${record.founded}` : null,
    ];
    return {
      id: stableId("community", record.name),
      name: record.name,
      kind: "industry",
      province: region ? provinceOf(region) : null,
      region,
      batch: null,
      founded,
      status: "confirmed",
      industries: industry ? [industry] : [],
      field: industry === record.industry ? null : record.industry,
      parkIds: [],
      leadOrganisationIds: leads.map((lead) => lead.organisation.id),
      council: leads.map((lead) => seat(lead.organisation, lead.title)),
      ...memberNames(record.members),
      note: notes.filter(Boolean).join("; ") || null,
      ...sourcedBy(record.source),
      sample: false,
    } satisfies Consortium;
  });
}

function majorCategories(): MajorCategory[] {
  const file = readDataFile<MajorCategoriesFile>("major-categories.json");
  return file.records.map((record) => ({
    id: majorCategoryId(record.codes.gaozhiZhuanke.code),
    code: record.codes.gaozhiZhuanke.code,
    name: record.name,
    nameEn: record.nameEn,
    order: record.order,
    codes: (
      [
        ["中职", record.codes.zhongzhi],
        ["高职专科", record.codes.gaozhiZhuanke],
        ["职业本科", record.codes.zhiyeBenke],
      ] as const
    ).map(([level, code]) => ({ level, code: code.code, status: z.parse(CodeStatus, code.status) })),
    ...sourcedBy(file.source.official),
    sample: false,
  }));
}


/**
 * Where Chinese partners are, from their names: a city named in one (天津, 扬州), else a province
 * (江苏建筑职业技术学院 is in 江苏); one code per place.
 */
function placesOf(partners: readonly string[]): string[] {
  const provinces = readDataFile<ProvincesFile>("provinces.json").records;
  const places = partners.map((name) => cityCodeIn(name) ?? provinces.find((province) => name.startsWith(province.shortName) || name.startsWith(province.nameEn))?.code);
  return [...new Set(places.filter((code) => code !== undefined && code !== null))];
}

/** A name the source writes as "中文 (English)" split into its two languages. */
function bilingualName(name: string): { name: string; nameEn: string | null } {
  const open = name.lastIndexOf("(");
  const zh = name.slice(0, open).trim();
  const en = name.slice(open + 1, -1);
  return open > 0 && name.endsWith(")") && zh && en && !en.includes(")") ? { name: zh, nameEn: en } : { name, nameEn: null };
}

function lubanWorkshops(registry: OrganisationRegistry): CooperationProject[] {
  const file = readDataFile<LubanWorkshopsFile>("luban-workshops.json");
  const seen = new Map<string, number>();
  return file.records.map((record) => {
    const countrySlug = slug(record.country);
    const nth = (seen.get(countrySlug) ?? 0) + 1;
    seen.set(countrySlug, nth);
    const opened = partialDate(record.opened);
    const host = record.hostInstitution.split("(")[0]!.trimEnd();
    return {
      id: nth === 1 ? `luban-${countrySlug}` : `luban-${countrySlug}-${nth}`,
      name: `鲁班工坊（${record.countryZh}·${host}）`,
      nameEn: `Luban Workshop (${record.country} · ${host})`,
      kind: "luban-workshop",
      countries: [{ name: record.country, nameZh: record.countryZh }],
      hostInstitution: record.hostInstitution,
      partners: [...record.chineseInstitutions, ...(record.enterprises ?? [])],
      regions: placesOf(record.chineseInstitutions),
      leadOrganisationIds: registry.idsOf(record.chineseInstitutions),
      ...lubanFieldNames(record.fields ?? []),
      opened: opened.date,
      year: opened.date ? Number(opened.date.slice(0, 4)) : null,
      status: record.status?.startsWith("under construction") ? "under-construction" : "operating",
      note: [opened.note && `opened: ${opened.note}`, record.notes].filter(Boolean).join("; ") || null,
      ...sourcedBy(record.source),
      sample: false,
    } satisfies CooperationProject;
  });
}

/**
 * The organisers an event's source names (`教育部、天津市人民政府`), as government organisations: a
 * province's government (its code from the name) keeps the events it organises.
 */
function organisersOf(registry: OrganisationRegistry, organisers: string | undefined, source: string): string[] {
  const names = organisers?.split(/[、,，;；]/).map((name) => name.trim()).filter(Boolean) ?? [];
  return [...new Set(names.flatMap((name) => registry.add(name, "government", cityCodeIn(name), source)?.organisation.id ?? []))];
}

function eventsAndProgrammes(registry: OrganisationRegistry): { events: Event[]; cooperationProjects: CooperationProject[] } {
  const file = readDataFile<EventsPlatformsFile>("events-platforms.json");
  const events: Event[] = [];
  const cooperationProjects: CooperationProject[] = [];
  for (const record of file.records) {
    // Records without a source are unconfirmed notes, and statistics are figures, not events.
    if (!record.source && !record.figures) continue;
    if (record.type === "conference" || record.type === "competition") {
      const [start = null, end = null] = record.dates?.match(isoDates) ?? [];
      events.push({
        id: stableId("event", record.name),
        kind: record.type,
        start,
        end,
        organiserIds: organisersOf(registry, record.organisers, record.source!),
        ...wordsOfEvent(record.name),
        ...sourcedBy(record.source!),
        sample: false,
      });
    } else if (record.type === "platform" && Array.isArray(record.figures)) {
      events.push({
        id: stableId("platform", record.name),
        kind: "platform",
        start: record.launched ?? null,
        end: null,
        organiserIds: organisersOf(registry, "教育部", record.officialPage ?? record.figures[0]!.source),
        ...wordsOfEvent(record.name),
        ...sourcedBy([record.officialPage, ...record.figures.map((figure) => figure.source)].filter(Boolean).join(" ; ")),
        sample: false,
      });
    } else if (record.type === "programme" && record.source) {
      cooperationProjects.push({
        id: "chinese-plus-skills",
        kind: "chinese-plus-skills",
        countries: [],
        hostInstitution: null,
        partners: record.owner ? [record.owner] : [],
        ...bilingualName(record.name),
        regions: [],
        leadOrganisationIds: registry.idsOf(record.owner ? [record.owner] : []),
        fields: [],
        fieldsEn: [],
        opened: partialDate(record.launched).date,
        year: record.launched ? Number(record.launched.slice(0, 4)) : null,
        status: "operating",
        note: typeof record.figures === "string" ? record.figures : null,
        ...sourcedBy(record.source),
        sample: false,
      });
    }
  }
  return { events, cooperationProjects };
}

/** Reads every sourced data file and maps it into records of the contract. */
export function loadSourcedRecords(): SourcedRecords {
  const registry = new OrganisationRegistry();
  const parks: Park[] = [];
  const consortia = [...cityConsortia(registry, parks), ...industryCommunities(registry)];
  const categories = majorCategories();
  const { events, cooperationProjects } = eventsAndProgrammes(registry);
  return {
    regions: regions(),
    parks,
    organisations: [...registry.byName.values()],
    consortia,
    majorCategories: categories,
    ...loadCatalogue(categories),
    cooperationProjects: [...lubanWorkshops(registry), ...cooperationProjects],
    events,
  };
}
