import type {
  Consortium,
  CooperationProject,
  Event,
  ImplementingDocument,
  IncentivePolicy,
  MajorCategory,
  Organisation,
  Pathway,
  PracticeCentre,
  Programme,
  ProvincePilot,
  ProvincialList,
  School,
  TalentDemandCreate,
  TalentSupply,
} from "@chanjiao/sdk";

/** A string someone could put into a record, and a fragment of it that a reader must see as text. */
export interface HostileString {
  name: string;
  value: string;
  shown: string;
}

/** A name of 10,000 characters (some outside the Basic Multilingual Plane), as a record may hold. */
export const longName = "职业教育产教融合共同体𠀀𪚥".repeat(715).slice(0, 10_000);

/** Strings that break pages which treat data as markup, as a URL or as plain left-to-right text. */
export const hostileCorpus: HostileString[] = [
  { name: "script element", value: "<script>window.__pwned=1</script>", shown: "<script>window.__pwned=1</script>" },
  { name: "event handler", value: '<img src=x onerror="window.__pwned=1">', shown: "<img src=x onerror=" },
  { name: "attribute break-out", value: '"><svg onload=window.__pwned=1>', shown: '"><svg onload=' },
  { name: "script in SVG", value: "<svg><script>window.__pwned=1</script></svg>", shown: "<svg><script>" },
  { name: "javascript URL", value: "javascript:window.__pwned=1", shown: "javascript:window.__pwned=1" },
  { name: "mixed-case javascript URL", value: "JaVaScRiPt:alert(1)", shown: "JaVaScRiPt:alert(1)" },
  { name: "data URL", value: "data:text/html,<script>window.__pwned=1</script>", shown: "data:text/html," },
  { name: "right-to-left override", value: "\u202Eevil\u202C", shown: "\u202Eevil" },
  { name: "zero-width characters", value: "产\u200B教\u200D融\uFEFF合", shown: "产\u200B教" },
  { name: "emoji sequences", value: "👩🏽‍🔧👨‍👩‍👧‍👦🏳️‍🌈", shown: "👩🏽‍🔧" },
  { name: "rare CJK", value: "𠀀𪚥", shown: "𠀀𪚥" },
  { name: "template injection", value: "{{constructor.constructor('window.__pwned=1')()}}", shown: "{{constructor.constructor(" },
  { name: "template literal", value: "${alert(1)}", shown: "${alert(1)}" },
  { name: "percent-encoded markup", value: "%3Cscript%3E", shown: "%3Cscript%3E" },
  { name: "entity text", value: "&lt;b&gt;", shown: "&lt;b&gt;" },
  { name: "10,000-character name", value: longName, shown: longName.slice(0, 40) },
  { name: "very long URL", value: `https://example.org/${"a".repeat(5000)}`, shown: `https://example.org/${"a".repeat(40)}` },
];

/** Every hostile string in one, as a name field would carry them. */
const all = hostileCorpus.map((entry) => entry.value).join(" ");
const rtl = "\u202Eevil\u202C";
/** Sources cite links: the unsafe ones must stay text, the http(s) one may become a link. */
const source = "javascript:window.__pwned=1 JaVaScRiPt:alert(1) data:text/html,<b>x</b> https://example.org/source";
/** Citations as a writer may send them: every name hostile, the addresses http(s) as the contract allows. */
const cited = {
  source,
  citations: [
    { publisher: all.slice(0, 200), publisherEn: rtl, title: all.slice(0, 500), titleEn: rtl, date: "2020-08", url: "https://example.org/source", copy: true },
    { publisher: null, publisherEn: null, title: rtl, titleEn: null, date: null, url: `https://example.org/${"a".repeat(1900)}`, copy: false },
  ],
} satisfies Pick<Organisation, "source" | "citations">;
/** A source without citations, shown as its text with its http(s) addresses as links. */
const uncited = { source, citations: [] };
const province = "650000";

/** A cell a spreadsheet would run as a formula, unless the download defuses it. */
export const formula = '=HYPERLINK("https://example.org/x","点击")';

/** A city of the province, renamed by web-test-runner.config.js to the right-to-left override. */
export const hostileCity = { code: "652300", name: rtl };

export const hostileIds = {
  project: "hostile-project",
  consortium: "hostile-consortium",
  school: "hostile-school",
  publisher: "hostile-enterprise",
  country: all.slice(0, 200),
  province,
};

/** Major categories named with the corpus, so talent gaps grouped by category are labelled with it. */
const majorCategories = [all, rtl, formula].map((name, index) => ({
  id: `mc-${51 + index}`,
  code: String(51 + index),
  name,
  order: 11 + index,
  codes: [],
  ...uncited,
  sample: false,
})) satisfies MajorCategory[];

/**
 * Every record of the hostile-input test server besides its regions (see web-test-runner.config.js):
 * contract-valid, carrying the corpus, alone in their database so that widgets listing every
 * record show these.
 */
export const hostileRecords = {
  majorCategories,
  organisations: [
    { id: hostileIds.publisher, name: all, nameEn: rtl, kind: "enterprise", level: null, region: hostileCity.code, province, ...cited, sample: false },
  ] satisfies Organisation[],
  talentSupply: majorCategories.map((category) => ({
    id: `hostile-supply-${category.code}`,
    region: province,
    province,
    majorCategoryId: category.id,
    level: "高职专科",
    period: 2025,
    graduates: 80,
    ...uncited,
    sample: false,
  })) satisfies TalentSupply[],
  cooperationProjects: [
    {
      id: hostileIds.project,
      name: all,
      nameEn: all,
      kind: "competition",
      countries: [{ name: hostileIds.country, nameZh: rtl }],
      hostInstitution: rtl,
      partners: [all],
      regions: [hostileCity.code],
      leadOrganisationIds: [],
      fields: [rtl, "自动化"],
      fieldsEn: [rtl, all],
      opened: "2016-03-08",
      year: 2016,
      status: "operating",
      note: all,
      ...cited,
      sample: false,
    },
    {
      id: `${hostileIds.project}-long-country`,
      name: rtl,
      nameEn: longName,
      kind: "luban-workshop",
      // A country the list offers in its filter: its name, in either language, must not widen the select.
      countries: [{ name: longName, nameZh: longName }],
      hostInstitution: longName,
      partners: [longName],
      regions: [province],
      leadOrganisationIds: [],
      fields: [longName],
      fieldsEn: [longName],
      opened: "2020-12",
      year: 2020,
      status: "operating",
      note: longName,
      ...uncited,
      sample: false,
    },
  ] satisfies CooperationProject[],
  consortia: [
    {
      id: hostileIds.consortium,
      name: all,
      kind: "city",
      province,
      region: hostileCity.code,
      batch: null,
      founded: null,
      status: "confirmed",
      industries: ["新能源"],
      field: rtl,
      parkIds: [],
      leadOrganisationIds: [hostileIds.publisher],
      council: [],
      members: all,
      membersEn: all,
      note: all,
      ...cited,
      sample: false,
    },
  ] satisfies Consortium[],
  schools: [
    {
      id: hostileIds.school,
      name: all,
      nameEn: rtl,
      kind: "school",
      level: "高职专科",
      region: province,
      province,
      statistics: {
        year: 2024,
        fullTimeTeachers: 120,
        dualQualifiedRatio: 0.5,
        industryMentorPosts: 10,
        resources: { coreCourses: 1, textbooks: 1, resourceLibraries: 1, onlineCourses: 1, simulationBases: 1 },
        source,
        sample: false,
      },
      ...cited,
      sample: false,
    },
  ] satisfies School[],
  programmes: [
    {
      id: "hostile-programme",
      schoolId: hostileIds.school,
      majorId: "major-510209",
      majorCode: "510209",
      majorName: all,
      majorCategoryId: "mc-51",
      level: "高职专科",
      years: 3,
      trainingModes: ["学徒制"],
      partnerIds: [],
      enrolmentPlan: 40,
      year: 2025,
      region: province,
      province,
      ...cited,
      sample: false,
    },
  ] satisfies Programme[],
  events: [
    {
      id: "hostile-event",
      name: all,
      nameEn: all,
      kind: "conference",
      start: "2024-11-20",
      end: "2024-11-22",
      place: rtl,
      placeEn: rtl,
      organisers: all,
      organisersEn: all,
      organiserIds: [],
      theme: all,
      themeEn: all,
      scale: all,
      scaleEn: all,
      note: all,
      ...cited,
      sample: false,
    },
  ] satisfies Event[],
  provincialLists: [
    {
      id: "hostile-list",
      province,
      kind: "talent-demand",
      year: 2025,
      title: all,
      titleEn: all,
      items: [{ title: all, titleEn: all, detail: rtl, detailEn: rtl, industry: all, majorCategoryId: "mc-51", source }],
      ...uncited,
      sample: false,
    },
  ] satisfies ProvincialList[],
  pathways: [
    {
      id: "hostile-pathway",
      name: all,
      kind: "progression",
      majorCategoryId: "mc-51",
      schoolId: null,
      steps: [
        { level: "中职", years: 3, entry: rtl },
        { level: "高职专科", years: 3, entry: all },
      ],
      ...cited,
      sample: false,
    },
  ] satisfies Pathway[],
  practiceCentres: [
    {
      id: "hostile-centre",
      name: all,
      nameEn: all,
      kind: "school-factory",
      functions: ["teaching"],
      operatorId: hostileIds.publisher,
      consortiumId: hostileIds.consortium,
      region: province,
      province,
      ...cited,
      sample: false,
    },
  ] satisfies PracticeCentre[],
  provincePilots: [
    { id: "hostile-pilot", province, stage: "highland", programme: all, date: "2020-08", document: all, areas: [all, rtl], ...cited, confidence: "low", note: all, sample: false },
  ] satisfies ProvincePilot[],
  incentivePolicies: [
    { id: "hostile-policy", province, kinds: ["finance", "credit"], title: all, issuer: rtl, date: null, content: all, ...uncited, confidence: "medium", note: null, sample: false },
  ] satisfies IncentivePolicy[],
  implementingDocuments: [
    {
      id: "hostile-document",
      province,
      region: hostileCity.code,
      title: all,
      publisher: rtl,
      implements: all,
      date: "2021",
      url: "https://example.org/document?title=%3Cscript%3Ewindow.__pwned=1%3C/script%3E",
      ...cited,
      confidence: "medium-low",
      note: rtl,
      sample: false,
    },
  ] satisfies ImplementingDocument[],
};

/**
 * Postings web-test-runner.config.js sends through the write API with the publisher's key, as a
 * publisher could: one per major category, with the corpus as the occupation.
 */
export const hostileDemand = majorCategories.map(
  (category) =>
    ({
      region: hostileCity.code,
      industry: "新材料",
      occupation: all.slice(0, 200),
      majorCategoryId: category.id,
      level: "高职专科",
      headcount: 120,
      period: 2025,
    }) satisfies TalentDemandCreate,
);
