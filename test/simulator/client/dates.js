// GitLab's date helpers (`lib/utils/datetime_utility.js`), as its token forms use them.

/** `setUTCTime`: the instant's UTC date at 00:00 UTC. */
export function setUTCTime(value) {
  const date = new Date(value);
  date.setUTCHours(0, 0, 0, 0);
  return date;
}

const pad = (n) => String(n).padStart(2, '0');
/** `toISODateFormat`: the date's local calendar date, YYYY-MM-DD (gitlab-ui's datepicker formats alike). */
export const toISODateFormat = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
