import type { Words } from "./language.js";

/** The words of the shell and the sign-in view: the first view, kept small. */
export const shellWords: Words<{
  product: string;
  skip: string;
  language: string;
  otherLanguage: string;
  signOut: string;
  signedInAs: (organisation: string) => string;
  roles: Record<"admin" | "editor", string>;
  keyShown: (prefix: string) => string;
  navigation: string;
  records: string;
  keys: string;
  reviews: string;
  signInTitle: string;
  signInIntro: string;
  keyLabel: string;
  keyHint: string;
  signIn: string;
  signingIn: string;
  noKey: string;
  badKey: string;
  unknownKey: string;
  tooMany: string;
  offline: string;
  expired: string;
  loadingView: string;
  viewFailed: string;
  notFound: string;
}> = {
  "zh-CN": {
    product: "产教数据维护台",
    skip: "跳到主要内容",
    language: "语言",
    otherLanguage: "English",
    signOut: "退出",
    signedInAs: (organisation) => `当前单位：${organisation}`,
    roles: { admin: "管理员", editor: "编辑" },
    keyShown: (prefix) => `密钥 ${prefix}…`,
    navigation: "数据类别",
    records: "数据",
    keys: "API 密钥",
    reviews: "需求审核",
    signInTitle: "登录数据维护台",
    signInIntro: "学校、联合体秘书处和企业在这里维护本单位的数据。请粘贴管理员发给你的 API 密钥。",
    keyLabel: "API 密钥",
    keyHint: "以 cjk_ 开头。密钥只保存在本标签页中，关闭标签页即清除。",
    signIn: "登录",
    signingIn: "正在登录…",
    noKey: "请输入 API 密钥。",
    badKey: "这不是一个 API 密钥：密钥以 cjk_ 开头，没有空格。",
    unknownKey: "密钥无效或已被撤销。请向管理员索取新的密钥。",
    tooMany: "登录失败次数过多，请稍后再试。",
    offline: "无法连接服务器，请检查网络后重试。",
    expired: "密钥已失效（可能已被撤销），请重新登录。",
    loadingView: "正在加载…",
    viewFailed: "页面加载失败，请刷新后重试。",
    notFound: "没有这个页面。",
  },
  en: {
    product: "Chanjiao data console",
    skip: "Skip to main content",
    language: "Language",
    otherLanguage: "中文",
    signOut: "Sign out",
    signedInAs: (organisation) => `Organisation: ${organisation}`,
    roles: { admin: "Admin", editor: "Editor" },
    keyShown: (prefix) => `Key ${prefix}…`,
    navigation: "Collections",
    records: "Records",
    keys: "API keys",
    reviews: "Demand review",
    signInTitle: "Sign in to the data console",
    signInIntro: "Schools, consortium offices and enterprises keep their own records here. Paste the API key your administrator gave you.",
    keyLabel: "API key",
    keyHint: "It starts with cjk_. The key is kept in this tab only and is gone when the tab closes.",
    signIn: "Sign in",
    signingIn: "Signing in…",
    noKey: "Enter an API key.",
    badKey: "This is not an API key: a key starts with cjk_ and has no spaces.",
    unknownKey: "The key is wrong or has been revoked. Ask your administrator for a new key.",
    tooMany: "Too many failed sign-ins. Try again in a minute.",
    offline: "The server cannot be reached. Check the connection and try again.",
    expired: "The key no longer works (it may have been revoked). Sign in again.",
    loadingView: "Loading…",
    viewFailed: "The page failed to load. Reload and try again.",
    notFound: "There is no such page.",
  },
};
