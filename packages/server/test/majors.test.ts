import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import { CatalogueLevel, classSlot, Major, MajorClass, MajorLeadsOn, page, Programme, School, TalentDemand, TalentGaps } from "@chanjiao/sdk";
import { createApiKey, openDatabase, type Database, type RunningServer, startServer } from "../src/index.ts";
import { createTestDatabase, getProblem, getValid, listAll, type TestDatabase } from "./helpers.ts";

interface CatalogueRecord {
  code: string;
  name: string;
  level: CatalogueLevel;
  categoryCode: string;
  classCode: string;
}
const file = JSON.parse(await readFile(new URL("../data/majors-2021.json", import.meta.url), "utf8")) as {
  counts: Record<string, number>;
  records: CatalogueRecord[];
  additionsAfter2021: { records: CatalogueRecord[] };
};
const catalogue = [...file.records, ...file.additionsAfter2021.records];

let database: TestDatabase;
let server: RunningServer;
let api: string;
let majors: Major[];
let classes: MajorClass[];

before(async () => {
  database = await createTestDatabase("majors");
  server = await startServer({ db: database.location, port: 0 });
  api = `${server.url}/v1`;
  [majors, classes] = await Promise.all([listAll(`${api}/majors?limit=200`, Major), listAll(`${api}/major-classes?limit=200`, MajorClass)]);
});
after(async () => {
  await server?.close();
  await database?.drop();
});

const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
};
const search = async (query: string) => (await getValid(`${api}/majors?${query}&limit=200`, page(Major))).body.items;

describe("the major catalogue as reference data", () => {
  it("holds every major of the data file: the same counts per level and per category, and the 2021 counts the file states", () => {
    assert.equal(majors.length, catalogue.length);
    assert.deepEqual(countBy(majors, (major) => major.level), countBy(catalogue, (record) => record.level));
    const categoryOf = (major: Major) => `${major.level} ${major.code.slice(0, 2)}`;
    assert.deepEqual(countBy(majors, categoryOf), countBy(catalogue, (record) => `${record.level} ${record.categoryCode}`));
    const of2021 = majors.filter((major) => major.addedIn === "2021");
    assert.deepEqual(countBy(of2021, (major) => major.level), Object.fromEntries(Object.entries(file.counts).sort(([a], [b]) => a.localeCompare(b))));
  });

  it("resolves known codes to their names, with level, class, category and provenance", async () => {
    const known: Array<[string, string, CatalogueLevel, string]> = [
      ["510201", "计算机应用技术", "高职专科", "mc-51"],
      ["460103", "数控技术", "高职专科", "mc-46"],
      ["710201", "计算机应用", "中职", "mc-51"],
      ["310203", "软件工程技术", "职业本科", "mc-51"],
    ];
    for (const [code, name, level, category] of known) {
      const { body } = await getValid(`${api}/majors/major-${code}`, Major);
      assert.deepEqual([body.name, body.level, body.classCode, body.majorCategoryId, body.sample], [name, level, code.slice(0, 4), category, false]);
      assert.match(body.source, /教育部《职业教育专业目录（2021年）》/);
      assert.match(body.source, /transcription: /);
    }
  });

  it("marks the K-suffixed majors as controlled, the additions with their year, and the one code conflict", () => {
    assert.ok(majors.filter((major) => major.controlled).length > 0);
    for (const major of majors) assert.equal(major.controlled, major.code.endsWith("K"), major.code);
    assert.equal(majors.filter((major) => major.addedIn === "2025").length, 57);
    const conflicted = majors.filter((major) => major.confidence === "conflict");
    assert.deepEqual(conflicted.map((major) => major.code), ["260607"]);
    assert.match(conflicted[0]!.source, /note: .*300405/);
  });

  it("lists the 专业类 of each category at each level, with English names marked as the project's own", async () => {
    assert.deepEqual(countBy(classes, (majorClass) => majorClass.level), { 中职: 85, 职业本科: 92, 高职专科: 97 });
    for (const majorClass of classes) assert.ok(majorClass.nameEn, `${majorClass.code} has no English name`);
    const computing = classes.filter((majorClass) => majorClass.slot === "5102");
    assert.deepEqual(computing.map((majorClass) => [majorClass.code, majorClass.name]), [["3102", "计算机类"], ["5102", "计算机类"], ["7102", "计算机类"]]);
    const { body } = await getValid(`${api}/major-classes?level=${encodeURIComponent("中职")}&majorCategoryId=mc-51&limit=200`, page(MajorClass));
    assert.ok(body.items.every((majorClass) => majorClass.level === "中职" && majorClass.code.startsWith("71")));
  });
});

describe("finding majors", () => {
  it("matches a code from its start: a class prefix gives its majors, a full code one major", async () => {
    const ofClass = await search("q=5102");
    assert.ok(ofClass.length > 5);
    assert.ok(ofClass.every((major) => major.code.startsWith("5102")));
    assert.deepEqual((await search("q=510201")).map((major) => major.name), ["计算机应用技术"]);
    assert.deepEqual((await search("q=520101k")).map((major) => major.code), ["520101K"]);
  });

  it("matches any part of a name, at every level", async () => {
    const found = await search(`q=${encodeURIComponent("计算机")}`);
    assert.deepEqual([...new Set(found.map((major) => major.level))].sort(), ["中职", "职业本科", "高职专科"]);
    assert.ok(found.every((major) => major.name.includes("计算机")));
    assert.ok((await search(`q=${encodeURIComponent("数控")}`)).some((major) => major.code === "460103"));
  });

  it("filters by level, category, class and the year added", async () => {
    const filtered = await search(`level=${encodeURIComponent("中职")}&majorCategoryId=mc-51&classCode=7102`);
    assert.ok(filtered.length > 0 && filtered.every((major) => major.level === "中职" && major.classCode === "7102"));
    const additions = await listAll(`${api}/majors?addedIn=2022-2025&limit=200`, Major);
    assert.equal(additions.length, catalogue.length - majors.filter((major) => major.addedIn === "2021").length);
    assert.ok((await search("addedIn=2025")).every((major) => major.addedIn === "2025"));
    // A range of unknown year counts only within a range that holds all of it.
    assert.ok(!(await search("addedIn=2023")).some((major) => major.addedIn === "2022-2024"));
  });

  it("refuses malformed filters with the reason", async () => {
    const problem = await getProblem(`${api}/majors?classCode=51`, 400);
    assert.deepEqual(problem.errors?.map((error) => error.path), ["classCode"]);
    assert.equal((await getProblem(`${api}/majors?addedIn=last-year`, 400)).errors?.[0]?.path, "addedIn");
  });
});

describe("which majors lead on", () => {
  it("leads a 中职 major of 7102 on to the 高职专科 majors of 5102 and the 职业本科 majors of 3102", async () => {
    const { body } = await getValid(`${api}/majors/leads-on?code=710201`, MajorLeadsOn);
    assert.equal(body.basis, "class-slot");
    assert.match(body.note, /Not an official 衔接 table/);
    assert.deepEqual(body.stages.map((stage) => [stage.level, stage.classId]), [["高职专科", "class-5102"], ["职业本科", "class-3102"]]);
    assert.ok(body.stages[0]!.majors.some((major) => major.code === "510201"));
    assert.ok(body.stages[1]!.majors.some((major) => major.code === "310203"));
  });

  it("holds for every class slot: each later stage lists exactly the majors of the slot's class at that level", async () => {
    const bySlot = new Map<string, Major[]>();
    const slotOf = new Map(classes.map((majorClass) => [majorClass.code, majorClass.slot]));
    for (const major of majors) bySlot.set(slotOf.get(major.classCode)!, [...(bySlot.get(slotOf.get(major.classCode)!) ?? []), major]);
    for (const [slot, members] of bySlot) {
      const first = members.find((major) => major.level !== "职业本科") ?? members[0]!;
      const { body } = await getValid(`${api}/majors/leads-on?code=${first.code}`, MajorLeadsOn);
      const later = CatalogueLevel.options.slice(CatalogueLevel.options.indexOf(first.level) + 1);
      assert.deepEqual(body.stages.map((stage) => stage.level), later, slot);
      for (const stage of body.stages) {
        const expected = members.filter((major) => major.level === stage.level).map((major) => major.code).sort();
        assert.deepEqual(stage.majors.map((major) => major.code), expected, `slot ${slot} at ${stage.level}`);
      }
    }
  });

  it("answers 404 for a code no major holds and 400 for a malformed one", async () => {
    await getProblem(`${api}/majors/leads-on?code=999999`, 404);
    assert.equal((await getProblem(`${api}/majors/leads-on?code=51%25`, 400)).errors?.[0]?.path, "code");
    await getProblem(`${api}/majors/leads-on`, 400);
  });
});

describe("sample programmes on real majors", () => {
  it("gives every school majors of its own level, every programme naming an existing major, all marked sample", async () => {
    const [programmes, schools] = await Promise.all([listAll(`${api}/programmes?limit=200`, Programme), listAll(`${api}/schools?limit=200`, School)]);
    const byId = new Map(majors.map((major) => [major.id, major]));
    const levelOf = new Map(schools.map((school) => [school.id, school.level]));
    assert.ok(programmes.length > 20);
    for (const programme of programmes) {
      const major = byId.get(programme.majorId ?? "");
      assert.ok(major, `${programme.id} names no major of the catalogue`);
      assert.deepEqual([programme.majorCode, programme.majorName, programme.level], [major.code, major.name, major.level]);
      assert.equal(programme.level, levelOf.get(programme.schoolId), programme.id);
      assert.equal(programme.sample, true);
    }
    assert.deepEqual([...new Set(programmes.map((programme) => programme.level))].sort(), ["中职", "职业本科", "高职专科"]);
  });

  it("filters programmes by class", async () => {
    const all = await listAll(`${api}/programmes?limit=200`, Programme);
    const classCode = all[0]!.majorCode.slice(0, 4);
    const ofClass = await listAll(`${api}/programmes?classCode=${classCode}&limit=200`, Programme);
    assert.deepEqual(ofClass.map((programme) => programme.id), all.filter((programme) => programme.majorCode.startsWith(classCode)).map((programme) => programme.id));
  });
});

describe("talent figures by 专业类", () => {
  it("compares demand and supply per class slot, named by its class, summing the records of the slot at every level", async () => {
    const { body } = await getValid(`${api}/talent/gaps?groupBy=majorClass&region=320000&period=2025`, TalentGaps);
    const demand = await listAll(`${api}/talent-demand?region=320000&period=2025&limit=200`, TalentDemand);
    const expected = new Map<string, number>();
    for (const posting of demand) {
      if (posting.status === "withdrawn" || posting.classCode === undefined) continue;
      const slot = classSlot(posting.level, posting.classCode);
      expected.set(slot, (expected.get(slot) ?? 0) + posting.headcount);
    }
    assert.ok(body.items.length > 10);
    assert.deepEqual(new Map(body.items.filter((item) => item.demand > 0).map((item) => [item.key, item.demand])), expected);
    const computing = body.items.find((item) => item.key === "5102");
    assert.deepEqual([computing?.label, computing?.labelEn], ["计算机类", "Computing"]);
    assert.ok(body.items.some((item) => item.supply !== null && item.supply > 0));
  });
});

describe("filling a gap of the catalogue", () => {
  let db: Database;
  let admin: string;
  before(async () => {
    db = await openDatabase(database.location);
    admin = (await createApiKey(db, { organisationId: "school-84cb2efeed", role: "admin" })).key;
  });
  after(async () => db?.destroy());

  const importMajors = (rows: unknown[]) =>
    fetch(`${api}/majors/imports`, { method: "POST", headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/json" }, body: JSON.stringify(rows) });
  const gap = (fields: Partial<Major>) => ({
    id: "major-620101",
    code: "620101",
    name: "测试填补专业",
    level: "中职",
    majorCategoryId: "mc-42",
    classCode: "6201",
    addedIn: "2021",
    controlled: false,
    confidence: "single",
    source: "教育部《职业教育专业目录（2021年）》",
    ...fields,
  });

  it("refuses a major outside the catalogue's structure, saying why, and writes nothing", async () => {
    const cases: Array<[Partial<Major>, string, RegExp]> = [
      [{ level: "高职专科" }, "code", /4x|starting with 42/],
      [{ code: "629901", id: "major-629901", classCode: "6299" }, "classCode", /no 中职 class 6299/],
      [{ classCode: "6202" }, "classCode", /first four digits/],
      [{ controlled: true }, "controlled", /ends in K/],
      [{ code: "710201", id: "major-new", classCode: "7102", majorCategoryId: "mc-51" }, "code", /already belongs to another major \(major-710201\)/],
    ];
    for (const [fields, column, reason] of cases) {
      const answer = await importMajors([gap(fields)]);
      const text = await answer.text();
      assert.equal(answer.status, 422, text);
      const problem = JSON.parse(text) as { report: { problems: Array<{ column: string; message: string }> } };
      assert.ok(
        problem.report.problems.some((found) => found.column.includes(column) || reason.test(found.message)),
        `${JSON.stringify(fields)}: ${text}`,
      );
    }
    await getProblem(`${api}/majors/major-620101`, 404);
  });

  it("refuses a talent figure naming a class outside its category or level", async () => {
    const answer = await fetch(`${api}/talent-supply`, {
      method: "POST",
      headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/json" },
      body: JSON.stringify({ region: "320500", majorCategoryId: "mc-46", classCode: "5102", level: "高职专科", period: 2026, graduates: 10, source: "test" }),
    });
    const problem = (await answer.json()) as { errors: Array<{ path: string; message: string }> };
    assert.equal(answer.status, 422);
    assert.deepEqual(problem.errors.map((error) => error.path), ["classCode"]);
    assert.match(problem.errors[0]!.message, /5102 belongs to major category mc-51, not mc-46/);
  });

  it("takes a major that fits the structure, which then leads on like the others", async () => {
    const answer = await importMajors([gap({})]);
    assert.equal(answer.status, 200, await answer.text());
    const { body } = await getValid(`${api}/majors/leads-on?code=620101`, MajorLeadsOn);
    assert.equal(body.stages[0]!.classId, "class-4201");
  });
});
