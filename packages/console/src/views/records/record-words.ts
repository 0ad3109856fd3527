import type { Words } from "../../i18n/language.js";

/** The words of the table and the record form. */
export const recordWords: Words<{
  newRecord: string;
  importFile: string;
  search: string;
  searchHint: string;
  filters: string;
  any: string;
  apply: string;
  clear: string;
  sortBy: string;
  sorts: Record<"id" | "-id" | "name" | "-name", string>;
  pageSize: string;
  previous: string;
  next: string;
  pageOf: (page: number) => string;
  shown: (count: number) => string;
  loading: string;
  empty: string;
  emptyOwn: string;
  ownOnly: string;
  loadFailed: string;
  retry: string;
  edit: string;
  open: (name: string) => string;
  back: string;
  editTitle: (name: string) => string;
  createTitle: (collection: string) => string;
  save: string;
  saving: string;
  saved: string;
  created: string;
  cancel: string;
  remove: string;
  withdraw: string;
  removeQuestion: (name: string) => string;
  removeDetail: string;
  removeConfirm: string;
  removed: (name: string) => string;
  required: string;
  optional: string;
  emptyNull: string;
  add: string;
  addItem: (label: string) => string;
  removeItem: (label: string, index: number) => string;
  item: (label: string, index: number) => string;
  moveUp: string;
  hasValue: (label: string) => string;
  pickerHint: string;
  pickerNone: string;
  pickerSearching: string;
  yes: string;
  no: string;
  invalid: string;
  fixFields: (count: number) => string;
  forbidden: string;
  notKept: string;
  notFound: string;
  conflictTitle: string;
  conflictIntro: string;
  conflictField: string;
  conflictTheirs: string;
  conflictYours: string;
  reapply: string;
  discard: string;
  reapplied: string;
  tooMany: string;
  offline: string;
  tabs: string;
  tabForm: string;
  tabHistory: string;
  showHistory: string;
  nothingChanged: string;
}> = {
  "zh-CN": {
    newRecord: "新建",
    importFile: "从文件导入",
    search: "搜索",
    searchHint: "按名称搜索",
    filters: "筛选",
    any: "全部",
    apply: "查询",
    clear: "清除条件",
    sortBy: "排序",
    sorts: { name: "名称 A→Z", "-name": "名称 Z→A", id: "编号 升序", "-id": "最新创建在前" },
    pageSize: "每页",
    previous: "上一页",
    next: "下一页",
    pageOf: (page) => `第 ${page} 页`,
    shown: (count) => `本页 ${count} 条`,
    loading: "正在加载…",
    empty: "没有符合条件的记录。",
    emptyOwn: "本单位还没有这类记录。可以新建，或从文件导入。",
    ownOnly: "只显示本单位维护的记录。",
    loadFailed: "加载失败。",
    retry: "重试",
    edit: "编辑",
    open: (name) => `编辑“${name}”`,
    back: "返回列表",
    editTitle: (name) => `编辑：${name}`,
    createTitle: (collection) => `新建${collection}`,
    save: "保存",
    saving: "正在保存…",
    saved: "已保存。",
    created: "已创建。",
    cancel: "取消",
    remove: "删除",
    withdraw: "撤回",
    removeQuestion: (name) => `确定删除“${name}”吗？`,
    removeDetail: "删除后这条记录会立即从所有列表和统计中消失。",
    removeConfirm: "确定删除",
    removed: (name) => `已删除“${name}”。`,
    required: "必填",
    optional: "选填",
    emptyNull: "（空）",
    add: "添加",
    addItem: (label) => `添加${label}`,
    removeItem: (label, index) => `移除第 ${index} 项${label}`,
    item: (label, index) => `${label} 第 ${index} 项`,
    moveUp: "上移",
    hasValue: (label) => `填写${label}`,
    pickerHint: "输入名称或编号搜索",
    pickerNone: "没有找到，请换个词",
    pickerSearching: "正在搜索…",
    yes: "是",
    no: "否",
    invalid: "内容有误",
    fixFields: (count) => `有 ${count} 处需要修改，见各字段下的提示。`,
    forbidden: "这条记录由其他单位维护，你的密钥不能修改它。",
    notKept: "这条记录由其他单位维护，不在你的维护范围内。",
    notFound: "没有这条记录（可能已被删除）。",
    conflictTitle: "这条记录刚被别人修改过",
    conflictIntro: "在你编辑期间，有人保存了新的版本。下面是对方改动的字段：",
    conflictField: "字段",
    conflictTheirs: "对方保存的值",
    conflictYours: "你的修改",
    reapply: "在新版本上重新应用我的修改",
    discard: "放弃我的修改，查看新版本",
    reapplied: "已在新版本上重新应用你的修改，请检查后再保存。",
    tooMany: "操作太频繁，请稍后再试。",
    offline: "无法连接服务器，请稍后重试。",
    tabs: "记录",
    tabForm: "内容",
    tabHistory: "修改历史",
    showHistory: "查看修改历史",
    nothingChanged: "没有修改需要保存。",
  },
  en: {
    newRecord: "New",
    importFile: "Import from a file",
    search: "Search",
    searchHint: "Search by name",
    filters: "Filters",
    any: "Any",
    apply: "Search",
    clear: "Clear",
    sortBy: "Sort",
    sorts: { name: "Name A→Z", "-name": "Name Z→A", id: "ID ascending", "-id": "Newest first" },
    pageSize: "Per page",
    previous: "Previous",
    next: "Next",
    pageOf: (page) => `Page ${page}`,
    shown: (count) => `${count} on this page`,
    loading: "Loading…",
    empty: "No records match.",
    emptyOwn: "Your organisation has no such records yet. Create one, or import a file.",
    ownOnly: "Only the records your organisation keeps are shown.",
    loadFailed: "Loading failed.",
    retry: "Retry",
    edit: "Edit",
    open: (name) => `Edit “${name}”`,
    back: "Back to the list",
    editTitle: (name) => `Edit: ${name}`,
    createTitle: (collection) => `New record: ${collection}`,
    save: "Save",
    saving: "Saving…",
    saved: "Saved.",
    created: "Created.",
    cancel: "Cancel",
    remove: "Delete",
    withdraw: "Withdraw",
    removeQuestion: (name) => `Delete “${name}”?`,
    removeDetail: "The record leaves every list and figure at once.",
    removeConfirm: "Delete",
    removed: (name) => `“${name}” was deleted.`,
    required: "required",
    optional: "optional",
    emptyNull: "(empty)",
    add: "Add",
    addItem: (label) => `Add: ${label}`,
    removeItem: (label, index) => `Remove ${label} ${index}`,
    item: (label, index) => `${label} ${index}`,
    moveUp: "Move up",
    hasValue: (label) => `Fill in ${label}`,
    pickerHint: "Search by name or ID",
    pickerNone: "Nothing found; try another word",
    pickerSearching: "Searching…",
    yes: "Yes",
    no: "No",
    invalid: "Not valid",
    fixFields: (count) => `${count === 1 ? "One field needs" : `${count} fields need`} changing: see the notes under them.`,
    forbidden: "Another organisation keeps this record: your key cannot change it.",
    notKept: "Another organisation keeps this record; it is not yours to keep.",
    notFound: "There is no such record (it may have been deleted).",
    conflictTitle: "Someone changed this record meanwhile",
    conflictIntro: "While you were editing, someone saved a new version. These are the fields they changed:",
    conflictField: "Field",
    conflictTheirs: "Their saved value",
    conflictYours: "Your change",
    reapply: "Reapply my changes to the new version",
    discard: "Discard my changes and show the new version",
    reapplied: "Your changes were reapplied to the new version. Check them, then save.",
    tooMany: "Too many changes at once. Try again in a minute.",
    offline: "The server cannot be reached. Try again later.",
    tabs: "Record",
    tabForm: "Contents",
    tabHistory: "History",
    showHistory: "Show the history",
    nothingChanged: "Nothing has changed to save.",
  },
};
