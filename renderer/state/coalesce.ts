/**
 * Wraps a reload so calls arriving while one runs fold into a single follow-up: a burst of push
 * events costs at most two requests, and the last one always sees the newest data.
 */
export function coalesced(load: () => Promise<void>): () => Promise<void> {
  let inFlight: Promise<void> | null = null;
  let again = false;
  return () => {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      try {
        do {
          again = false;
          await load();
        } while (again);
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  };
}
