import {
  CodeStatus,
  Confidence,
  Consortium,
  ConsortiumKind,
  CooperationKind,
  CooperationProject,
  CouncilRole,
  DemandStatus,
  EventKind,
  IncentiveKind,
  OrganisationKind,
  PathwayKind,
  PilotStage,
  PracticeCentreKind,
  PracticeFunction,
  ProvincialListKind,
  Region,
  School,
  ServicePlatformKind,
} from "@chanjiao/sdk";
import type * as z from "zod/mini";

/** The Chinese label of each value of an enum, keyed by the values the SDK's schema allows (a value missing or unknown is a compile error). */
function labelled<S extends z.core.$ZodType<string>>(schema: S, labels: Record<z.output<S>, string>): [z.core.$ZodType, Readonly<Record<string, string>>] {
  return [schema, labels];
}

/**
 * Chinese labels of the contract's enums whose values are English codes (`city`, `confirmed`), for
 * templates and imports in zh-CN: the words the widgets' vocabulary uses
 * (packages/elements/src/shared/i18n/vocabulary), and the platform's own for the enums no widget
 * names. Keyed by the SDK's enum schema itself, so that a field reusing an enum shares its labels.
 * Enums whose values are already Chinese (levels, industries, training modes) need none.
 */
const chineseLabels = new Map<z.core.$ZodType, Readonly<Record<string, string>>>([
  labelled(Region.shape.level, { province: "省级", city: "地市级" }),
  labelled(OrganisationKind, { government: "政府", enterprise: "企业", school: "学校", research: "科研机构", association: "行业组织" }),
  labelled(School.shape.kind, { school: "学校" }),
  labelled(ConsortiumKind, { city: "市域产教联合体", industry: "行业产教融合共同体" }),
  labelled(Consortium.shape.status, { confirmed: "已公布", candidate: "培育对象", provincial: "省级" }),
  labelled(CouncilRole, { government: "政府", enterprise: "企业", school: "学校", research: "科研机构" }),
  labelled(CodeStatus, { corroborated: "已核实", "corroborated-prefix": "前缀已核实", "inferred-offset": "按规律推断", single: "单一来源", conflict: "来源冲突" }),
  labelled(DemandStatus, { open: "招聘中", filled: "已招满", withdrawn: "已撤回" }),
  labelled(PracticeCentreKind, { public: "公共实践中心", enterprise: "企业实践中心", "school-factory": "校中厂", "factory-school": "厂中校" }),
  labelled(PracticeFunction, { teaching: "实践教学", training: "社会培训", production: "真实生产", service: "技术服务" }),
  labelled(ServicePlatformKind, { "common-technology": "共性技术服务平台", "innovation-centre": "技术创新中心", "testing-certification": "检验检测平台", "pilot-production": "中试基地" }),
  labelled(PathwayKind, { progression: "中职—高职专科—职业本科", "five-year": "五年一贯制", "secondary-bachelor": "中本衔接", "vocational-gaokao": "职教高考", upgrade: "专升本" }),
  labelled(CooperationKind, { "luban-workshop": "鲁班工坊", "chinese-plus-skills": "中文+职业技能", standard: "职业教育标准输出", platform: "合作平台", competition: "国际赛事" }),
  labelled(CooperationProject.shape.status, { operating: "运营中", "under-construction": "建设中", planned: "筹建中" }),
  labelled(EventKind, { conference: "大会", competition: "大赛", "activity-week": "活动周", platform: "平台", other: "其他活动" }),
  labelled(ProvincialListKind, { "talent-demand": "人才需求清单", "industry-development": "产业发展清单", "policy-support": "政策支持清单" }),
  labelled(PilotStage, { "trial-zone": "国家职业教育改革试验区", highland: "职业教育创新发展高地", "new-model": "省域现代职业教育体系建设新模式" }),
  labelled(IncentiveKind, { finance: "金融", fiscal: "财政", land: "土地", credit: "信用", employment: "就业", income: "收入分配" }),
  labelled(Confidence, { high: "来源可靠", "medium-high": "来源较可靠", medium: "来源一般", "medium-low": "来源较弱", low: "来源薄弱" }),
]);

/** The Chinese label of each value of an enum schema, if its values are codes. */
export function chineseLabelsOf(schema: z.core.$ZodType): Readonly<Record<string, string>> | undefined {
  return chineseLabels.get(schema);
}
