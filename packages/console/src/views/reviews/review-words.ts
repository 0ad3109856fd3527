import type { SubmissionStatus } from "@chanjiao/sdk";
import type { Words } from "../../i18n/language.js";

/** The words of the review queue of demand submissions. */
export const reviewWords: Words<{
  title: string;
  intro: string;
  statuses: Record<SubmissionStatus, string>;
  statusFilter: string;
  caption: (status: string, count: number) => string;
  enterprise: string;
  contact: string;
  demand: string;
  category: string;
  level: string;
  headcount: string;
  region: string;
  period: string;
  received: string;
  actions: string;
  approve: string;
  reject: string;
  approveQuestion: (enterprise: string) => string;
  approveDetail: (occupation: string, headcount: number) => string;
  approveConfirm: string;
  rejectQuestion: (enterprise: string) => string;
  reason: string;
  reasonHint: (ref: string) => string;
  reasonMissing: string;
  rejectConfirm: string;
  cancel: string;
  approved: (enterprise: string) => string;
  rejected: (enterprise: string, ref: string) => string;
  published: string;
  publishedAs: (id: string) => string;
  reasonGiven: (reason: string) => string;
  reviewedAt: (when: string) => string;
  ref: (ref: string) => string;
  more: string;
  loading: string;
  empty: Record<SubmissionStatus, string>;
  loadFailed: string;
  retry: string;
  forbidden: string;
  alreadyReviewed: string;
  failed: string;
}> = {
  "zh-CN": {
    title: "需求审核",
    intro: "企业通过公开表单提交的人才需求，审核通过后才会发布到人才需求并计入统计。联系人信息只向本地区的审核单位显示。",
    statuses: { pending: "待审核", approved: "已通过", rejected: "已退回" },
    statusFilter: "按状态查看",
    caption: (status, count) => `${status}（已显示 ${count} 条）`,
    enterprise: "企业",
    contact: "联系人",
    demand: "岗位",
    category: "专业大类",
    level: "层次",
    headcount: "需求人数",
    region: "地区",
    period: "年度",
    received: "收到时间",
    actions: "审核",
    approve: "通过",
    reject: "退回",
    approveQuestion: (enterprise) => `确定通过“${enterprise}”的需求吗？`,
    approveDetail: (occupation, headcount) => `通过后，“${occupation}”${headcount} 人的需求将以该企业的名义发布到人才需求，并计入供需统计。企业尚未登记的，按统一社会信用代码新建单位。`,
    approveConfirm: "确定通过",
    rejectQuestion: (enterprise) => `退回“${enterprise}”的需求`,
    reason: "退回理由",
    reasonHint: (ref) => `理由会显示给提交单位：对方凭受理编号 ${ref} 查询时可以看到。请不要填写个人信息。`,
    reasonMissing: "请填写退回理由。",
    rejectConfirm: "确定退回",
    cancel: "取消",
    approved: (enterprise) => `已通过“${enterprise}”的需求，已发布到人才需求。`,
    rejected: (enterprise, ref) => `已退回“${enterprise}”的需求。提交单位凭编号 ${ref} 可以查看理由。`,
    published: "查看已发布的需求",
    publishedAs: (id) => `已发布（需求编号 ${id}）`,
    reasonGiven: (reason) => `理由：${reason}`,
    reviewedAt: (when) => `审核于 ${when}`,
    ref: (ref) => `编号 ${ref}`,
    more: "加载更多",
    loading: "正在加载…",
    empty: { pending: "没有待审核的需求。", approved: "还没有通过的需求。", rejected: "还没有退回的需求。" },
    loadFailed: "加载失败。",
    retry: "重试",
    forbidden: "这条需求不属于你单位审核的地区。",
    alreadyReviewed: "这条需求已经被审核过了，列表已更新。",
    failed: "操作失败，请稍后重试。",
  },
  en: {
    title: "Demand review",
    intro: "Talent demand that enterprises submitted through the public form. It is published to talent demand, and counted, only once approved. Contact details are shown to the reviewers of the region only.",
    statuses: { pending: "Pending", approved: "Approved", rejected: "Rejected" },
    statusFilter: "Show by status",
    caption: (status, count) => `${status} (${count} shown)`,
    enterprise: "Enterprise",
    contact: "Contact",
    demand: "Occupation",
    category: "Major category",
    level: "Level",
    headcount: "Headcount",
    region: "Region",
    period: "Year",
    received: "Received",
    actions: "Review",
    approve: "Approve",
    reject: "Reject",
    approveQuestion: (enterprise) => `Approve the demand of “${enterprise}”?`,
    approveDetail: (occupation, headcount) =>
      `Once approved, the demand for ${headcount} × “${occupation}” is published to talent demand in the enterprise's name and counted in the figures. An enterprise not yet registered is added by its credit code.`,
    approveConfirm: "Approve",
    rejectQuestion: (enterprise) => `Reject the demand of “${enterprise}”`,
    reason: "Reason",
    reasonHint: (ref) => `The submitter reads the reason when looking up reference ${ref}. Do not write personal details.`,
    reasonMissing: "Give a reason.",
    rejectConfirm: "Reject",
    cancel: "Cancel",
    approved: (enterprise) => `The demand of “${enterprise}” was approved and published to talent demand.`,
    rejected: (enterprise, ref) => `The demand of “${enterprise}” was rejected. The submitter reads the reason by reference ${ref}.`,
    published: "See the published posting",
    publishedAs: (id) => `Published (posting ${id})`,
    reasonGiven: (reason) => `Reason: ${reason}`,
    reviewedAt: (when) => `Reviewed ${when}`,
    ref: (ref) => `Ref. ${ref}`,
    more: "Load more",
    loading: "Loading…",
    empty: { pending: "Nothing is waiting for review.", approved: "Nothing has been approved yet.", rejected: "Nothing has been rejected yet." },
    loadFailed: "The list could not be loaded.",
    retry: "Try again",
    forbidden: "This submission is of a region your organisation does not review.",
    alreadyReviewed: "This submission was reviewed meanwhile; the list is up to date.",
    failed: "That failed. Try again later.",
  },
};
