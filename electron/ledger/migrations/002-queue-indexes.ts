// The send queue's lookups: delivery reports find their message by provider id, and the throttle
// finds the latest send start without scanning the whole audit log.
export const migration002 = `
CREATE INDEX messages_provider ON messages(provider_id) WHERE provider_id IS NOT NULL;
CREATE INDEX message_events_state_at ON message_events(to_state, at);
`;
