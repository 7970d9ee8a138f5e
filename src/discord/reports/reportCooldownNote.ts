/** "1 min 40 s", "45 s": how long until the next report. */
function wait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  if (minutes === 0) return `${seconds} s`;
  return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
}

/** The polite refusal of a report sent too soon after the last one. */
export const reportCooldownNote = (retryAfterMs: number): string =>
  `Thanks, your last report reached the moderators. To keep reports useful, you can send another in ${wait(retryAfterMs)}.`;
