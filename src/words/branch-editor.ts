/** What the 本支部信息 page's script (src/scripts/branch-page.ts) says and labels. */
import { toolPageWords } from './tool-pages.ts';
export const branchEditorWords = {
  /** What 转到其他设备 carries from this page. */
  what: '本支部信息',
  post: '职务',
  probationary: '预备党员',
  group: '党小组',
  remove: '删除',
  removeLabel: (name: string) => `删除 ${name}`,
  nameLabel: (n: number) => `第${n}人的姓名`,
  postLabel: (n: number) => `第${n}人的职务`,
  groupLabel: (n: number) => `第${n}人的党小组`,
  probationaryLabel: (n: number) => `第${n}人是预备党员`,
  membersCount: (all: number, probationary: number) => `共 ${all} 人，其中预备党员 ${probationary} 人。`,
  membersEmpty: '还没有党员。',
  added: (count: number, probationary: number) =>
    `已加入 ${count} 人${probationary ? `（其中预备党员 ${probationary} 人）` : ''}。`,
  refusedHeading: '以下内容没有加入，请改正后再加入：',
  refused: {
    'too-long': (text: string, max: number) => `“${text}”超过 ${max} 个字，不像一个姓名`,
    'not-a-name': (text: string) => `“${text}”含有姓名里不会有的字符（如符号、表情）`,
    'only-digits': (text: string) => `“${text}”只有数字，不是姓名（可能是序号列）`,
    'over-limit': (text: string, max: number) => `“${text}”：已满 ${max} 人，不能再加`,
  },
  invisible: '粘贴的文字里有看不见的控制或格式字符，已经去掉。',
  repeated: (list: string) =>
    `名单中有重名：${list}。如果是同一个人，请删除多余的一行；如果是不同的人，可以保留，打印时请加以区分。`,
  repeatedItem: (name: string, count: number) => `${name}（${count} 次）`,
  badName: (max: number) => `请填写姓名（最多 ${max} 个字，不含符号和表情）；要去掉这个人，请点“删除”。`,
  badTime: '请填写完整的日期和时间。',
  saved: toolPageWords.saved,
  saveFailed: '没有保存：浏览器存储已满或被关闭。请先用“转到其他设备”下载文件，留作备份。',
  unavailable: toolPageWords.unavailable,
  readOnly: '浏览器存储已满：下面是本机已保存的信息，现在不能更改。请清理浏览器空间后刷新本页。',
  kept: '本机保存的本支部信息有部分无法读取，已原样另存一份，没有被覆盖。可以导出这份记录交给熟悉电脑的人查看。',
  exportKept: '导出无法读取的记录',
  keptName: (slug: string) => `无法读取的本支部信息-${slug}.txt`,
  cleared: '已删除本机保存的本支部信息。',
  imported: '已导入到本机。',
} as const;
