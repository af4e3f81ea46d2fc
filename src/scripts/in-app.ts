/**
 * Whether the page is open in a messaging app's own browser (WeChat, QQ, DingTalk, …), which
 * drops or renames downloads: those browsers name themselves in their user agent.
 */
export const inMessagingApp = (userAgent = navigator.userAgent): boolean =>
  /MicroMessenger|QQ\/|DingTalk|AliApp|Weibo|Lark|Feishu|WeCom|wxwork/i.test(userAgent);
