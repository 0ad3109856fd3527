/**
 * The membership of consortia and communities as city-consortia.json and
 * industry-communities.json write it (in English, with asides), in Chinese and English for
 * visitors. A wording the table lacks fails the seed rather than reaching a page in one language.
 */
export const memberCounts: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  "20+ colleges/universities, 24 research institutes, 1000+ enterprises": ["高校 20 余所、科研院所 24 家、企业 1000 余家", "20+ universities and colleges, 24 research institutes, 1,000+ enterprises"],
  "181 member units": ["成员单位 181 家", "181 member organisations"],
  "49 enterprises, 9 universities, 34 vocational colleges (at founding)": ["成立时企业 49 家、本科高校 9 所、职业院校 34 所", "At founding: 49 enterprises, 9 universities, 34 vocational colleges"],
  "93 units at founding (1 理事长, 15 副理事长, 10 常务理事, 67 理事)": [
    "成立时成员单位 93 家（理事长单位 1 家、副理事长单位 15 家、常务理事单位 10 家、理事单位 67 家）",
    "93 members at founding (1 chair, 15 vice-chairs, 10 standing council members, 67 council members)",
  ],
  "120+ units": ["成员单位 120 余家", "120+ member organisations"],
  "21 member reps at launch incl. 比亚迪、奇瑞、长城、天津大学、吉林大学 etc.": [
    "成立时成员代表 21 家，包括比亚迪、奇瑞、长城、天津大学、吉林大学等",
    "21 members at launch, including BYD, Chery, Great Wall, Tianjin University and Jilin University",
  ],
  "138 (44 enterprises, 12 undergraduate, 73 vocational, 9 other)": ["成员单位 138 家（企业 44 家、本科高校 12 所、职业院校 73 所、其他 9 家）", "138 members (44 enterprises, 12 universities, 73 vocational colleges, 9 others)"],
  "100+ units": ["成员单位 100 余家", "100+ member organisations"],
  "35 vocational colleges + 37 enterprises/organisations": ["职业院校 35 所、企业和机构 37 家", "35 vocational colleges and 37 enterprises and organisations"],
  "114 units": ["成员单位 114 家", "114 member organisations"],
};

/** The membership in both languages; throws on a wording the table lacks. */
export function memberNames(members: string | null | undefined): { members: string | null; membersEn: string | null } {
  if (!members) return { members: null, membersEn: null };
  const known = memberCounts[members];
  if (!known) throw new Error(`no Chinese and English wording for the membership "${members}" (add it to seed/member-counts.ts)`);
  return { members: known[0], membersEn: known[1] };
}
