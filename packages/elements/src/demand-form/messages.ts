import { defineMessages } from "../shared/i18n/messages.js";

/** The form's fields, by the names the submission's contract gives them. */
export type DemandField =
  | "enterpriseName"
  | "creditCode"
  | "contactName"
  | "contact"
  | "occupation"
  | "industry"
  | "majorCategoryId"
  | "level"
  | "headcount"
  | "period"
  | "region";

export interface DemandFormMessages {
  title: string;
  intro: string;
  optionsFailed: string;
  groups: Record<"enterprise" | "contact" | "demand", string>;
  labels: Record<DemandField, string>;
  hints: Partial<Record<DemandField, string>>;
  /** What a field needs when it is left empty. */
  required: string;
  /** What a field needs when what was typed is not right. */
  invalid: Record<DemandField, string>;
  choose: string;
  submit: string;
  sending: string;
  /** Said above the form when fields need correcting. */
  fix: (count: number) => string;
  sent: string;
  refLabel: string;
  sentHint: string;
  another: string;
  failed: string;
  tooMany: string;
}

export const messages = defineMessages<"cj-demand-form", DemandFormMessages>("cj-demand-form", {
  "zh-CN": {
    title: "发布人才需求",
    intro: "企业填写用人需求，经本地区联合体或主管部门审核后公开发布。联系方式仅供审核人员使用，不会公开。",
    optionsFailed: "专业大类和地区加载失败。",
    groups: { enterprise: "企业信息", contact: "联系人", demand: "用人需求" },
    labels: {
      enterpriseName: "企业名称",
      creditCode: "统一社会信用代码",
      contactName: "联系人姓名",
      contact: "联系电话或电子邮箱",
      occupation: "岗位（职业）",
      industry: "所属产业",
      majorCategoryId: "专业大类",
      level: "学历层次",
      headcount: "需求人数",
      period: "需求年份",
      region: "工作地区",
    },
    hints: { creditCode: "18 位，见营业执照", contact: "审核人员据此与您联系，不会公开" },
    required: "请填写此项。",
    invalid: {
      enterpriseName: "企业名称不超过 200 字。",
      creditCode: "请填写 18 位统一社会信用代码，并核对最后一位校验码。",
      contactName: "联系人姓名不超过 100 字。",
      contact: "请填写有效的电话号码或电子邮箱。",
      occupation: "岗位名称不超过 200 字。",
      industry: "请选择所属产业。",
      majorCategoryId: "请选择专业大类。",
      level: "请选择学历层次。",
      headcount: "需求人数应为 1 至 1,000,000 之间的整数。",
      period: "请填写 1990 至 2100 之间的年份。",
      region: "请选择工作地区。",
    },
    choose: "请选择",
    submit: "提交审核",
    sending: "正在提交…",
    fix: (count) => `有 ${count} 项需要修改，请查看标出的字段。`,
    sent: "已提交，等待审核。",
    refLabel: "受理编号",
    sentHint: "请保存受理编号，用于查询审核结果。",
    another: "再提交一条",
    failed: "提交失败，请稍后重试。",
    tooMany: "提交过于频繁，请稍后再试。",
  },
  en: {
    title: "Publish a talent demand",
    intro: "Enterprises describe the graduates they need; the region's consortium office or education authority reviews each submission before it is published. Contact details go to the reviewers only and are never published.",
    optionsFailed: "The major categories and regions could not be loaded.",
    groups: { enterprise: "Enterprise", contact: "Contact person", demand: "Demand" },
    labels: {
      enterpriseName: "Enterprise name",
      creditCode: "Unified social credit code",
      contactName: "Contact person",
      contact: "Phone or e-mail",
      occupation: "Occupation",
      industry: "Industry",
      majorCategoryId: "Major category",
      level: "Level",
      headcount: "Headcount",
      period: "Year",
      region: "Region",
    },
    hints: { creditCode: "18 characters, on the business licence", contact: "For the reviewers only, never published" },
    required: "Please fill this in.",
    invalid: {
      enterpriseName: "At most 200 characters.",
      creditCode: "Enter the 18-character unified social credit code and check its last character.",
      contactName: "At most 100 characters.",
      contact: "Enter a valid phone number or e-mail address.",
      occupation: "At most 200 characters.",
      industry: "Choose an industry.",
      majorCategoryId: "Choose a major category.",
      level: "Choose a level.",
      headcount: "A whole number from 1 to 1,000,000.",
      period: "A year from 1990 to 2100.",
      region: "Choose a region.",
    },
    choose: "Choose",
    submit: "Submit for review",
    sending: "Submitting…",
    fix: (count) => `${count} ${count === 1 ? "field needs" : "fields need"} correcting: see the marked fields.`,
    sent: "Submitted: awaiting review.",
    refLabel: "Reference number",
    sentHint: "Keep the reference number to look up the outcome of the review.",
    another: "Submit another",
    failed: "The submission failed; please try again later.",
    tooMany: "Too many submissions; please try again later.",
  },
});
