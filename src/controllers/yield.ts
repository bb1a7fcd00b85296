/**
 * Gives the thread back to the browser (to paint and answer input) and resumes soon after.
 * scheduler.yield() resumes before other queued work; setTimeout is the fallback.
 */
export const yieldToBrowser = (): Promise<void> => {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r));
};
