/** Times are stored in UTC, ISO-8601 with milliseconds, so text order is time order. */
export const isoUtc = (d: Date): string => d.toISOString();
