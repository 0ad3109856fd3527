import type { Words } from "../../i18n/language.js";

/** The words of a record's history. */
export const historyWords: Words<{
  loading: string;
  failed: string;
  empty: string;
  when: string;
  who: string;
  what: string;
  fields: string;
  kinds: Record<"created" | "updated" | "removed", string>;
  via: Record<"api" | "import" | "cli", string>;
  roles: Record<"admin" | "editor", string>;
  own: string;
  unknownWriter: string;
}> = {
  "zh-CN": {
    loading: "正在加载修改历史…",
    failed: "修改历史加载失败。",
    empty: "这条记录自导入以来还没有被修改过。",
    when: "时间",
    who: "修改人",
    what: "操作",
    fields: "修改的字段",
    kinds: { created: "创建", updated: "修改", removed: "删除" },
    via: { api: "维护台或接口", import: "文件导入", cli: "命令行" },
    roles: { admin: "管理员", editor: "编辑" },
    own: "本单位",
    unknownWriter: "系统",
  },
  en: {
    loading: "Loading the history…",
    failed: "The history failed to load.",
    empty: "This record has not been changed since it was loaded.",
    when: "When",
    who: "Who",
    what: "What",
    fields: "Fields changed",
    kinds: { created: "Created", updated: "Changed", removed: "Deleted" },
    via: { api: "console or API", import: "file import", cli: "command line" },
    roles: { admin: "Admin", editor: "Editor" },
    own: "Your organisation",
    unknownWriter: "System",
  },
};
