import type { Words } from "../../i18n/language.js";

/** The words of the API keys view. */
export const keysWords: Words<{
  title: string;
  intro: string;
  createTitle: string;
  organisation: string;
  role: string;
  roles: Record<"admin" | "editor", string>;
  roleHints: Record<"admin" | "editor", string>;
  name: string;
  nameHint: string;
  create: string;
  creating: string;
  secretTitle: string;
  secretIntro: string;
  copy: string;
  copied: string;
  done: string;
  listTitle: string;
  prefix: string;
  createdAt: string;
  state: string;
  live: string;
  revokedAt: (when: string) => string;
  revoke: string;
  revokeQuestion: (prefix: string, organisation: string) => string;
  revokeDetail: string;
  revokeConfirm: string;
  cancel: string;
  revoked: (prefix: string) => string;
  loading: string;
  failed: string;
  own: string;
}> = {
  "zh-CN": {
    title: "API 密钥",
    intro: "为各单位发放和撤销密钥。编辑密钥只能维护本单位的数据；管理员密钥可以维护全部数据和密钥。",
    createTitle: "发放新密钥",
    organisation: "单位",
    role: "权限",
    roles: { admin: "管理员", editor: "编辑" },
    roleHints: { admin: "可维护全部数据和密钥", editor: "只能维护本单位的数据" },
    name: "用途说明",
    nameHint: "例如：教务处、招生办。便于日后辨认。",
    create: "发放密钥",
    creating: "正在发放…",
    secretTitle: "新密钥（只显示这一次）",
    secretIntro: "请立即复制并安全地交给对方。关闭后无法再次查看，只能撤销后重新发放。",
    copy: "复制密钥",
    copied: "已复制到剪贴板。",
    done: "我已保存，关闭",
    listTitle: "全部密钥",
    prefix: "密钥前缀",
    createdAt: "发放时间",
    state: "状态",
    live: "有效",
    revokedAt: (when) => `已撤销（${when}）`,
    revoke: "撤销",
    revokeQuestion: (prefix, organisation) => `确定撤销 ${organisation} 的密钥 ${prefix}… 吗？`,
    revokeDetail: "撤销后，使用这个密钥的请求会立即被拒绝，且不能恢复。",
    revokeConfirm: "确定撤销",
    cancel: "取消",
    revoked: (prefix) => `密钥 ${prefix}… 已撤销。`,
    loading: "正在加载…",
    failed: "操作失败，请稍后重试。",
    own: "（当前使用）",
  },
  en: {
    title: "API keys",
    intro: "Issue and revoke the keys of every organisation. An editor key keeps its own organisation's records; an admin key keeps every record and the keys.",
    createTitle: "Issue a key",
    organisation: "Organisation",
    role: "Role",
    roles: { admin: "Admin", editor: "Editor" },
    roleHints: { admin: "keeps every record and the keys", editor: "keeps its own organisation's records" },
    name: "What it is for",
    nameHint: "Such as: academic affairs office. It helps to tell keys apart later.",
    create: "Issue the key",
    creating: "Issuing…",
    secretTitle: "The new key (shown this once)",
    secretIntro: "Copy it now and hand it over safely. It cannot be shown again; if it is lost, revoke it and issue another.",
    copy: "Copy the key",
    copied: "Copied to the clipboard.",
    done: "I have saved it; close",
    listTitle: "Every key",
    prefix: "Prefix",
    createdAt: "Issued",
    state: "State",
    live: "Live",
    revokedAt: (when) => `Revoked (${when})`,
    revoke: "Revoke",
    revokeQuestion: (prefix, organisation) => `Revoke the key ${prefix}… of ${organisation}?`,
    revokeDetail: "Requests signed with it are refused from now on. This cannot be undone.",
    revokeConfirm: "Revoke",
    cancel: "Cancel",
    revoked: (prefix) => `The key ${prefix}… was revoked.`,
    loading: "Loading…",
    failed: "That failed. Try again later.",
    own: "(this session)",
  },
};
