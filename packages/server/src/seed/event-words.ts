import type { Event } from "@chanjiao/sdk";

/** What visitors read of an event, in Chinese and English, and what stays for keepers. */
export type EventWords = Pick<Event, "name" | "nameEn" | "place" | "placeEn" | "organisers" | "organisersEn" | "theme" | "themeEn" | "scale" | "scaleEn" | "note">;

/**
 * The events and platforms of events-platforms.json, by the name the file gives them: their
 * names (the file glosses them in English inside the Chinese), places, organisers, themes and
 * scales, in Chinese and English, translated from the file's words. The file's remarks on figures
 * in doubt and dates moved are the note, for keepers. An event the table lacks fails the seed
 * rather than reaching a page in one language.
 */
export const eventWords: Readonly<Record<string, EventWords>> = {
  "世界职业技术教育发展大会 (World Vocational and Technical Education Development Conference, WVTEDC) - 1st": {
    name: "首届世界职业技术教育发展大会",
    nameEn: "1st World Vocational and Technical Education Development Conference",
    place: "天津",
    placeEn: "Tianjin",
    organisers: "教育部、中国联合国教科文组织全国委员会、天津市人民政府",
    organisersEn: "Ministry of Education, National Commission of the People's Republic of China for UNESCO, Tianjin Municipal Government",
    theme: "后疫情时代职业技术教育发展：新变化、新方式、新技能",
    themeEn: "TVET in the post-pandemic era: new changes, new approaches, new skills",
    scale: "来自 123 个国家和地区及 17 个国际组织的约 700 名代表；14 场平行论坛",
    scaleEn: "About 700 delegates from 123 countries and regions and 17 international organisations; 14 parallel forums",
    note: null,
  },
  "2024年世界职业技术教育发展大会 (2nd WVTEDC)": {
    name: "2024年世界职业技术教育发展大会",
    nameEn: "2024 World Vocational and Technical Education Development Conference",
    place: "国家会展中心（天津）",
    placeEn: "National Exhibition and Convention Center (Tianjin)",
    organisers: null,
    organisersEn: null,
    theme: "创新赋能未来 技能塑造人生",
    themeEn: "Innovation Empowers the Future, Skills Shape Lives",
    scale:
      "代表 1200 余名，其中境外代表 600 余名，来自 100 多个国家和地区；32 国部长圆桌会议通过《世界职业技术教育发展天津共识——32国部长宣言》；成立世界职业技术教育发展联盟；设立世界职业技术教育奖；发布中国职业教育发展报告和中国技能人才需求报告",
    scaleEn:
      "1,200+ delegates, 600+ of them from abroad, from 100+ countries and regions; a ministerial roundtable of 32 countries adopted the Tianjin Consensus on World TVET Development, a declaration of ministers of 32 countries; the World TVET Development Alliance was founded; the World TVET Prize was launched; reports on China's vocational education and on demand for skilled talent were released",
    note: "MOE pre-briefing said 77 countries/regions; originally announced for late July 2024 (人民网 2024-04-26), actually held in November",
  },
  "首届世界职业院校技能大赛 (全国职业院校技能大赛国际赛)": {
    name: "首届世界职业院校技能大赛",
    nameEn: "1st World Vocational College Skills Competition",
    place: "天津主赛区、江西赛区",
    placeEn: "Tianjin (main venue) and Jiangxi",
    organisers: null,
    organisersEn: null,
    theme: "技炫青春 能创未来",
    themeEn: "Skills light up youth, ability creates the future",
    scale: "赛项 23 个（比赛 15 个、展演 8 个）；100 多个国家、约 300 所院校、1000 余名选手",
    scaleEn: "23 events (15 competitions and 8 showcases); 100+ countries, about 300 schools, 1,000+ contestants",
    note: "also known as 全国职业院校技能大赛国际赛",
  },
  "2024年世界职业院校技能大赛": {
    name: "2024年世界职业院校技能大赛",
    nameEn: "2024 World Vocational College Skills Competition",
    place: "国家会展中心（天津）",
    placeEn: "National Exhibition and Convention Center (Tianjin)",
    organisers: null,
    organisersEn: null,
    theme: null,
    themeEn: null,
    scale: "来自 74 个国家的参赛者 2.9 万余名；全国职业院校技能大赛于 2024 年升级为世界大赛",
    scaleEn: "29,000+ participants from 74 countries; the national competition became a world competition in 2024",
    note: null,
  },
  "2025年世界职业院校技能大赛": {
    name: "2025年世界职业院校技能大赛",
    nameEn: "2025 World Vocational College Skills Competition",
    place: "天津电子信息职业技术学院体育馆",
    placeEn: "Gymnasium of Tianjin Electronic Information College",
    organisers: null,
    organisersEn: null,
    theme: null,
    themeEn: null,
    scale:
      "参赛队伍 8956 支、选手 3.3 万余名，来自 76 个国家；首次设境外分赛区（东南亚、中亚、非洲、欧洲，11 个赛道）；教育部会同 33 个部门和单位主办；连同全国大赛，2008 年以来共举办 18 届",
    scaleEn:
      "8,956 teams, 33,000+ contestants from 76 countries; first divisions abroad (Southeast Asia, Central Asia, Africa, Europe; 11 tracks); organised by the Ministry of Education with 33 ministries and organisations; 18 editions since 2008, counting the national competition",
    note: null,
  },
  "国家职业教育智慧教育平台 (part of 国家智慧教育公共服务平台, smartedu.cn)": {
    name: "国家职业教育智慧教育平台",
    nameEn: "National Smart Education Platform for Vocational Education",
    place: null,
    placeEn: null,
    organisers: "教育部",
    organisersEn: "Ministry of Education",
    theme: "专业与课程服务中心、教材资源中心、虚拟仿真实训中心、教师服务中心",
    themeEn: "Majors and Courses Service Centre, Textbook Resource Centre, Virtual Simulation Training Centre, Teacher Service Centre",
    scale:
      "2022 年 3 月上线时：教师自建线上课程 17.8 万余门；2023 年 2 月前后：国家和省级专业教学资源库 1173 个、精品在线开放课程 6757 门、视频公开课 2222 门、视频资源 51 万余条、图文资源 15 万余条；2026 年 1 月（国家智慧教育公共服务平台整体）：用户 1.78 亿余、覆盖 200 多个国家和地区，日均访问 5200 万次、累计访问 726 亿次，职业教育精品课程 1.25 万余门",
    scaleEn:
      "At launch in March 2022: 178,000+ online courses built by teachers; around February 2023: 1,173 national and provincial teaching resource libraries, 6,757 quality open online courses, 2,222 open video courses, 510,000+ video and 150,000+ image-and-text resources; January 2026 (the whole national smart-education platform): 178 million+ users in 200+ countries and regions, 52 million visits a day, 72.6 billion visits in all, 12,500+ quality vocational courses",
    note: "2023 (UNVERIFIED, low-quality source): 1,324 resource libraries; 7,000+ courses",
  },
};

/** An event's words for visitors; throws on an event the table lacks. */
export function wordsOfEvent(name: string): EventWords {
  const words = eventWords[name];
  if (!words) throw new Error(`no Chinese and English words for the event "${name}" (add it to seed/event-words.ts)`);
  return words;
}
