/**
 * Per-user write budgets: the one table to tune. Each budget is one or more windows
 * and a write must fit in all of them. Sized for a busy clinician (a ward round's worth
 * of messages in a minute is fine), not for scripts.
 */
export const WRITE_BUDGETS = {
  messages: {
    label: 'tin nhắn',
    windows: [
      { points: 60, seconds: 60 },
      { points: 600, seconds: 3600 },
    ],
  },
  posts: {
    label: 'bài viết',
    windows: [
      { points: 10, seconds: 60 },
      { points: 60, seconds: 3600 },
    ],
  },
  comments: {
    label: 'bình luận',
    windows: [
      { points: 30, seconds: 60 },
      { points: 300, seconds: 3600 },
    ],
  },
  strangerConversations: { label: 'cuộc trò chuyện mới với người chưa kết nối', windows: [{ points: 20, seconds: 3600 }] },
  reports: { label: 'báo cáo vi phạm', windows: [{ points: 20, seconds: 3600 }] },
  uploads: { label: 'tệp tải lên', windows: [{ points: 60, seconds: 3600 }] },
  caseComments: {
    label: 'ý kiến về ca bệnh',
    windows: [
      { points: 30, seconds: 60 },
      { points: 300, seconds: 3600 },
    ],
  },
  liveChat: {
    label: 'tin nhắn trò chuyện trực tiếp',
    windows: [
      { points: 20, seconds: 60 },
      { points: 300, seconds: 3600 },
    ],
  },
  liveReactions: { label: 'biểu cảm', windows: [{ points: 30, seconds: 60 }] },
  consultationRequests: { label: 'yêu cầu hội chẩn', windows: [{ points: 20, seconds: 3600 }] },
  broadcasts: {
    label: 'thông báo chính sách',
    windows: [
      { points: 10, seconds: 60 },
      { points: 60, seconds: 3600 },
    ],
  },
  rosterImports: {
    label: 'lần nhập danh sách nhân sự',
    windows: [
      { points: 30, seconds: 600 },
      { points: 120, seconds: 86400 },
    ],
  },
} as const satisfies Record<string, { label: string; windows: readonly { points: number; seconds: number }[] }>;

export type WriteBudget = keyof typeof WRITE_BUDGETS;
