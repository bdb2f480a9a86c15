/**
 * Per-user write budgets: the one table to tune. Each budget is one or more windows
 * and a write must fit in all of them. Sized for a busy clinician (a ward round's worth
 * of messages in a minute is fine), not for scripts.
 */
const perMinuteAndHour = (perMinute: number, perHour: number) => [
  { points: perMinute, seconds: 60 },
  { points: perHour, seconds: 3600 },
];

export const WRITE_BUDGETS = {
  messages: {
    label: 'tin nhắn',
    windows: perMinuteAndHour(60, 600),
  },
  posts: {
    label: 'bài viết',
    windows: perMinuteAndHour(10, 60),
  },
  comments: {
    label: 'bình luận',
    windows: perMinuteAndHour(30, 300),
  },
  strangerConversations: { label: 'cuộc trò chuyện mới với người chưa kết nối', windows: [{ points: 20, seconds: 3600 }] },
  reports: { label: 'báo cáo vi phạm', windows: [{ points: 20, seconds: 3600 }] },
  uploads: { label: 'tệp tải lên', windows: [{ points: 60, seconds: 3600 }] },
  caseComments: {
    label: 'ý kiến về ca bệnh',
    windows: perMinuteAndHour(30, 300),
  },
  liveChat: {
    label: 'tin nhắn trò chuyện trực tiếp',
    windows: perMinuteAndHour(20, 300),
  },
  liveReactions: { label: 'biểu cảm', windows: [{ points: 30, seconds: 60 }] },
  consultationRequests: { label: 'yêu cầu hội chẩn', windows: [{ points: 20, seconds: 3600 }] },
  broadcasts: {
    label: 'thông báo chính sách',
    windows: perMinuteAndHour(10, 60),
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
