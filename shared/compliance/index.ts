export { checkMessage } from './checkMessage';
export { checkTemplate } from './checkTemplate';
export { applySeverities, makeHint, sortHints, worstSeverity } from './hint';
export { HINT_MESSAGES } from './messages';
export { normalize, spanOf, type View, type Views } from './normalize';
export { type Pack, PACKS, packForLang, type Stage, STAGES } from './pack';
export { RULE_LIST, RULES, type RuleLevel, type RuleMeta, ruleMeta } from './rules';
export type { CheckOptions, CheckSettings, Connector, Hint, Localized, Severity } from './types';
