/**
 * The words of offline use: what this device holds, and the save-all control. A module of their
 * own so that the script every page loads (src/scripts/offline.ts) carries only these.
 */
export const offlineWords = {
  heading: '离线使用',
  /** The page read, where it is a flow page: its handout and Word file come with it. */
  savedFlow: '本页及其讲义（网页和 Word 文件）已保存在本机，没有网络也能打开。',
  savedPage: '本页已保存在本机，没有网络也能打开。',
  notSaved: '本页还没有保存在本机。',
  count: (saved: number, pages: number) => `本机已保存 ${saved} 页，全站共 ${pages} 页。`,
  complete: '全站内容已保存在本机：没有网络时，每一页都能打开。',
  saveAll: (size: string) => `保存全部内容以便离线使用（约 ${size}）`,
  saving: (done: number, count: number) => `正在保存：${done}/${count} 个文件……`,
  saved: '已保存全部内容。没有网络时，全站每一页都能打开。',
  failed: (done: number, count: number) => `保存中断（已保存 ${done}/${count} 个文件）：请检查网络后再试。`,
  size: (bytes: number) =>
    bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`,
  /** Where the browser has no service worker, or refuses this site one (a private window, some in-app browsers). */
  noWorker: '这个浏览器不能离线保存本站，有网络时照常使用。要离线使用，请用手机自带的浏览器打开本站。',
  /** After a flow's link on the offline page, where this device holds it. */
  savedMark: '（已保存在本机）',
};
