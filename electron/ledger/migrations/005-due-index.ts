// The queue worker asks "which queued messages are due, oldest first?" once per batch. Without an
// index on that ordering SQLite sorts every queued row each time (quadratic over a 100,000-message
// day); with it, it reads the first due rows in order and stops.
export const migration005 = `
CREATE INDEX messages_due ON messages(state, coalesce(next_attempt_at, created_at), id);
-- It also answers everything the older (state, next_attempt_at) index did; every index is written
-- on each of a message's state changes, so the redundant one goes.
DROP INDEX messages_state;
`;
