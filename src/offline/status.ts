/** What the service worker tells a page about what this device holds (./worker.ts answers). */
export interface OfflineStatus {
  /** Site paths saved on this device. */
  saved: string[];
  /** The whole site is saved. */
  complete: boolean;
  /**
   * The whole site: the files 保存全部 keeps and the bytes to download them, and every page a reader
   * may open once they are kept (those kept, and those made on the device from them).
   */
  total: { count: number; pages: number; bytes: number };
}

/** What a page asks the worker. */
export type OfflineRequest =
  | { type: 'status' }
  /** Keep this page, with the styles and scripts it loaded (same-origin paths). */
  | { type: 'keep'; path: string; loaded: string[] }
  | { type: 'save-all' };

/** What the worker answers: progress while saving all, then the status (or a failure and the status). */
export type OfflineReply =
  | { type: 'progress'; done: number; count: number }
  | ({ type: 'status' } & OfflineStatus)
  | ({ type: 'failed' } & OfflineStatus);

/** Pages are folders: /flows/village/. Files (CSS, Word, search data) are not counted as pages. */
export const savedPages = (status: OfflineStatus) => status.saved.filter((path) => path.endsWith('/')).length;
