// Dates, times and numbers as British English readers expect them.

/** "7 November 2022" */
export function formatDate(date: Date | string, timeZone = 'Europe/Copenhagen'): string {
  const value = typeof date === 'string' ? new Date(`${date}${date.length === 10 ? 'T12:00:00Z' : ''}`) : date;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(value);
}

/** "14:30" in the given timezone, 24-hour clock */
export function formatTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
}

/** "1,234.5" */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value);
}

const NEWS_KIND_LABELS: Record<string, string> = {
  news: 'News',
  pressRelease: 'Press release',
  mediaCoverage: 'Media coverage',
  opinion: 'Opinion',
  announcement: 'Announcement',
};

export const newsKindLabel = (kind: string) => NEWS_KIND_LABELS[kind] ?? kind;
