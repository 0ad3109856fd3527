/**
 * The Chinese of every message the server puts in a problem (`detail` and each error's `message`),
 * found by the English it renders: the English stays the one wording in the code, and a reader who
 * asks in Chinese gets the same facts in Chinese. test/problem-chinese.test.ts fails on any English
 * template in the server without a rendering here.
 */
type Rendering = [RegExp, (...groups: string[]) => string];

const typeWords: Record<string, string> = { string: "文本", number: "数字", int: "整数", boolean: "是或否", object: "对象", array: "列表", date: "日期" };

const submissionStates: Record<string, string> = { pending: "在等待审核", approved: "通过审核", rejected: "被退回" };

/** What a collection's path names, kept as the path: the clerk sees the same path in the address bar. */
const path = String.raw`(\/v1\/[\w/{}.-]+|[\w/{}.-]+)`;

const fieldMessages: Rendering[] = [
  [/^must be at least (\S+)$/, (n) => `不能小于 ${n}`],
  [/^must be at most (\S+)$/, (n) => `不能大于 ${n}`],
  [/^must be one of (.+)$/, (values) => `只能是以下之一：${values.split(", ").join("、")}`],
  [/^must be a number$/, () => "必须是数字"],
  [/^must be of type (\w+)$/, (type) => `必须填写，且应为${typeWords[type] ?? type}`],
  [/^must match .+$/, () => "格式不正确"],
  [/^is invalid$/, () => "内容不正确"],
  [/^is not a known field$/, () => "不是这类记录的字段"],
  [/^is not a known parameter$/, () => "不是可用的查询参数"],
  [/^must be given once$/, () => "只能给出一次"],
  [new RegExp(String.raw`^is not a known record of ${path}$`), (of) => `在 ${of} 中找不到这条记录`],
  [/^is not a known region$/, () => "不是已知的行政区划代码"],
  [/^is not a known major category$/, () => "不是已知的专业大类"],
  [/^is already another organisation's$/, () => "已是其他单位的统一社会信用代码"],
  [/^is not a collection of this API$/, () => "不是本接口的数据集"],
  [/^is not a valid cursor for this sort$/, () => "不是这种排序的有效游标"],
  [/^is not a cursor of this list$/, () => "不是这个列表的游标"],
  [/^must be 1 to 200 characters$/, () => "长度应为 1 到 200 个字符"],
  [/^must be true or false$/, () => "只能是 true 或 false"],
  [/^must start no later than it ends$/, () => "开始不能晚于结束"],
  [/^must not reach back before (\S+)$/, (year) => `不能早于 ${year} 年`],
  [/^must be an 18-character unified social credit code \(统一社会信用代码\) whose check character matches$/, () => "必须是 18 位统一社会信用代码，且校验位正确"],
  [/^must be a six-digit GB\/T 2260 code$/, () => "必须是六位行政区划代码，如 320500"],
  [/^must be an http\(s\) address$/, () => "必须是以 http:// 或 https:// 开头的网址"],
  [/^must be a six-digit province code ending in 0000$/, () => "必须是以 0000 结尾的六位省级区划代码，如 320000"],
  [/^must be a year like 2025 or a range like 2023-2025$/, () => "必须是年份（如 2025）或年份范围（如 2023-2025）"],
  [/^must be a year, year-month or date, such as 2020, 2020-08 or 2020-01-14$/, () => "必须是年份、年月或日期，如 2020、2020-08 或 2020-01-14"],
  [/^must be a collection's path, such as programmes$/, () => "必须是数据集的路径，如 programmes"],
  [/^must be a reference such as (\S+)$/, (example) => `必须是受理编号，如 ${example}`],
  [/^must be a telephone number or an e-mail address$/, () => "必须是电话号码或电子邮箱地址"],
  [/^must not be blank$/, () => "不能为空"],
  [/^must change at least one field$/, () => "至少要修改一个字段"],
  [/^Invalid input.*$/, () => "内容不正确"],
];

const details: Rendering[] = [
  [/^(.+) Retry after (\d+) s\.$/, (detail, seconds) => `${inChinese(detail)}请 ${seconds} 秒后重试。`],
  [/^Too many failed authentications from this address\.$/, () => "此地址认证失败次数过多。"],
  [/^Writes need an API key: send `Authorization: Bearer <key>`\.$/, () => "写入需要 API 密钥：请发送 `Authorization: Bearer <key>`。"],
  [/^The Authorization header is not `Bearer <key>`\.$/, () => "Authorization 请求头不是 `Bearer <key>` 的格式。"],
  [/^The API key is unknown or revoked\.$/, () => "API 密钥不存在或已被吊销。"],
  [/^This API key may send (\d+) writes per (\d+) s\.$/, (n, s) => `此 API 密钥每 ${s} 秒最多写入 ${n} 次。`],
  [/^An address may send (\d+) submissions per (\d+) s\.$/, (n, s) => `每个地址每 ${s} 秒最多提交 ${n} 次。`],
  [/^The body must be JSON, sent as `Content-Type: application\/json`\.$/, () => "请求体必须是 JSON，并以 `Content-Type: application/json` 发送。"],
  [/^The body is not valid JSON\.$/, () => "请求体不是有效的 JSON。"],
  [/^The body does not match the contract\.$/, () => "请求体不符合接口约定。"],
  [/^The body exceeds (\S+) KB\.$/, (kb) => `请求体超过 ${kb} KB。`],
  [/^The file exceeds (\S+) MB\.$/, (mb) => `文件超过 ${mb} MB。`],
  [/^The query string exceeds (\d+) characters\.$/, (n) => `查询字符串超过 ${n} 个字符。`],
  [/^The path exceeds (\d+) characters\.$/, (n) => `路径超过 ${n} 个字符。`],
  [/^The store is read-only: it serves reads but cannot take writes now\.$/, () => "数据库当前只读：可以查询，暂时不能写入。"],
  [/^The store is read-only: this server serves reads only and takes no writes\.$/, () => "数据库只读：本服务器只提供查询，不接受写入。"],
  [/^The store is busy; retry shortly\.$/, () => "数据库繁忙，请稍后重试。"],
  [/^The connection to the store was lost; retry\.$/, () => "与数据库的连接中断，请重试。"],
  [/^The store cannot be reached now; retry shortly\.$/, () => "暂时无法连接数据库，请稍后重试。"],
  [/^The store cannot be written or read now; retry later\.$/, () => "数据库暂时无法读写，请稍后重试。"],
  [/^The server failed to answer this request\.$/, () => "服务器未能处理此请求。"],
  [/^(\S+) is not supported at (\S+)\.$/, (method, at) => `${at} 不支持 ${method} 请求。`],
  [/^No resource at (\S+)\.$/, (at) => `${at} 没有资源。`],
  [new RegExp(String.raw`^The query of ${path} is not valid\.$`), (of) => `${of} 的查询参数不正确。`],
  [/^The query of the template is not valid\.$/, () => "模板的查询参数不正确。"],
  [/^The cursor is not one this server issued for this order\.$/, () => "该游标不是本服务器为这种排序发出的。"],
  [new RegExp(String.raw`^No record with id (.+) in ${path}, now or before\.$`), (id, of) => `${of} 中现在和过去都没有编号为 ${id} 的记录。`],
  [new RegExp(String.raw`^No record with id (.+) in ${path}\.$`), (id, of) => `${of} 中没有编号为 ${id} 的记录。`],
  [/^No province with code (.+)\.$/, (code) => `没有代码为 ${code} 的省份。`],
  [/^No major with code (.+)\.$/, (code) => `没有代码为 ${code} 的专业。`],
  [/^No API key with id (.+)\.$/, (id) => `没有编号为 ${id} 的 API 密钥。`],
  [/^No submission with reference (.+)\.$/, (ref) => `没有编号为 ${ref} 的提交。`],
  [/^The record id is not valid\.$/, () => "记录编号不正确。"],
  [/^This record is kept by another organisation: its history is not yours to read\.$/, () => "该记录由其他单位维护，你无权查看它的历史。"],
  [/^The audit trail is for admin keys only\.$/, () => "审计记录只对管理员密钥开放。"],
  [/^API keys are managed with an admin key only\.$/, () => "只有管理员密钥可以管理 API 密钥。"],
  [/^dryRun must be true or false\.$/, () => "dryRun 只能是 true 或 false。"],
  [/^Send the file with its media type: .+\.$/, () => "请连同文件的媒体类型发送：text/csv、xlsx 的媒体类型、application/json 或 application/x-ndjson。"],
  [/^(\d+) problems? in the file; nothing was written\.$/, (n) => `文件中有 ${n} 处问题，未写入任何内容。`],
  [/^Idempotency-Key must be 1 to 255 visible ASCII characters\.$/, () => "Idempotency-Key 必须是 1 到 255 个可见 ASCII 字符。"],
  [/^This Idempotency-Key was already used with a different body; use a new key for a new (record|posting)\.$/, (what) => `此 Idempotency-Key 已用于另一请求体；新${what === "record" ? "记录" : "需求"}请使用新的键。`],
  [/^Send the (record|posting)'s ETag in If-Match, so that a concurrent change is not overwritten\.$/, (what) => `请在 If-Match 中发送该${what === "record" ? "记录" : "需求"}的 ETag，以免覆盖他人同时所做的修改。`],
  [/^The (record|posting) changed since this ETag was read; read it again and reapply the change\.$/, (what) => `读取此 ETag 之后该${what === "record" ? "记录" : "需求"}已被修改，请重新读取后再修改。`],
  [/^The record does not match the contract\.$/, () => "记录不符合接口约定。"],
  [/^The posting this change would leave does not match the contract\.$/, () => "修改后的需求不符合接口约定。"],
  [/^This posting belongs to another organisation\.$/, () => "该需求属于其他单位。"],
  [/^This posting is withdrawn and can no longer change\.$/, () => "该需求已撤回，不能再修改。"],
  [new RegExp(String.raw`^A record with id (.+) already exists in ${path}; change it with PATCH\.$`), (id, of) => `${of} 中已有编号为 ${id} 的记录，请用 PATCH 修改。`],
  [new RegExp(String.raw`^${path} is reference data: only an admin key writes it\.$`), (of) => `${of} 是基础数据，只能由管理员密钥写入。`],
  [new RegExp(String.raw`^This record of ${path} is kept by another organisation\.$`), (of) => `${of} 中的这条记录由其他单位维护。`],
  [/^This organisation's unified social credit code is set: only an admin key changes it\.$/, () => "该单位的统一社会信用代码已登记，只有管理员密钥可以修改。"],
  [/^The unified social credit code (\S+) is already another organisation's \((.+)\)\.$/, (code, holder) => `统一社会信用代码 ${code} 已属于其他单位（${holder}）。`],
  [/^This submission is of a region this key's organisation does not review\.$/, () => "该提交所属地区不由此密钥的单位审核。"],
  [/^This submission is already (\S+)\.$/, (status) => `该提交已${submissionStates[status] ?? status}。`],
  [/^This region already has (\d+) submissions awaiting review\.$/, (n) => `该地区已有 ${n} 条提交等待审核。`],
  [/^This key's organisation reviews no region's submissions: .+$/, () => "此密钥的单位不审核任何地区的提交：由地区的联合体办公室和政府部门以及管理员密钥审核。"],
  [/^There is no widget <(.+)>\. The widgets are (.+)\.$/, (tag, tags) => `没有组件 <${tag}>。可用的组件有：${tags}。`],
  [/^The attribute (\S+) is given twice\.$/, (name) => `属性 ${name} 给出了两次。`],
  [/^<(.+)> has no attribute (.+)\. Its attributes are (.+)\.$/, (tag, name, names) => `<${tag}> 没有属性 ${name}。它的属性有：${names}。`],
  [/^(\S+) of <(.+)> must be one of (.+)\.$/, (name, tag, values) => `<${tag}> 的 ${name} 只能是以下之一：${values}。`],
  [/^(\S+) of <(.+)> must be a number\.$/, (name, tag) => `<${tag}> 的 ${name} 必须是数字。`],
  [/^The widgets \(@chanjiao\/elements\) could not be loaded to draw fragments\.$/, () => "无法加载组件（@chanjiao/elements），不能生成片段。"],
];

/** The Chinese of a message the server words in English; the English itself when it has none (a message that is Chinese already). */
export function inChinese(message: string): string {
  for (const [pattern, render] of [...fieldMessages, ...details]) {
    const match = pattern.exec(message);
    if (match) return render(...match.slice(1));
  }
  return message;
}

/** Whether a message has a Chinese rendering. */
export function hasChinese(message: string): boolean {
  return [...fieldMessages, ...details].some(([pattern]) => pattern.test(message));
}
