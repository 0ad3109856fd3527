import type { MajorCategory, Programme } from "@chanjiao/sdk";

/** A well-formed programme, for tests that answer requests themselves. */
export const sampleProgramme: Programme = {
  id: "test-programme-460103",
  schoolId: "test-school",
  majorId: "major-460103",
  majorCode: "460103",
  majorName: "数控技术",
  majorCategoryId: "mc-46",
  level: "高职专科",
  years: 3,
  trainingModes: ["订单培养", "学徒制"],
  partnerIds: [],
  enrolmentPlan: 120,
  year: 2025,
  region: "320500",
  province: "320000",
  source: "Test fixture",
  citations: [],
  sample: false,
};

export const sampleCategory: MajorCategory = {
  id: "mc-46",
  code: "46",
  name: "装备制造大类",
  order: 6,
  codes: [{ level: "高职专科", code: "46", status: "corroborated" }],
  source: "Test fixture",
  citations: [],
  sample: false,
};

/**
 * A list response in pages of the requested `limit`, following `cursor` as the server does, so
 * that tests can serve hundreds of records through the client's paging.
 */
export function pageFrom<T>(items: readonly T[], url: URL): { items: T[]; nextCursor: string | null } {
  const start = Number(url.searchParams.get("cursor") ?? 0);
  const limit = Number(url.searchParams.get("limit") ?? 50);
  const end = start + limit;
  return { items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null };
}
