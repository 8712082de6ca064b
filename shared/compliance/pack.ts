// Jurisdiction packs; kept in its own file so template/ can use the type without the rule engine.
export type Pack = 'cn' | 'us' | 'uk';
export const PACKS: readonly Pack[] = ['cn', 'us', 'uk'];

/** The pack a language defaults to when none is given. */
export const packForLang = (lang: string): Pack => (lang.startsWith('zh') ? 'cn' : 'us');

/** Reminder stages, as the planner and the CLI name them. */
export type Stage = 'reminder1' | 'reminder2' | 'final' | 'confirmation';
export const STAGES: readonly Stage[] = ['reminder1', 'reminder2', 'final', 'confirmation'];
