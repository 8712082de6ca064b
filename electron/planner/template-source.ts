import type { Lang } from '../../shared/i18n/errors';
import { DEFAULT_TEMPLATES } from '../../shared/template/defaults';
import type { MessageStage } from './types';

/** Where the planner gets the text for a stage and language; the id/version go on each message. */
export interface TemplateSource {
  active(stage: MessageStage, language: Lang): { id: number | null; version: number | null; body: string };
}

/** The built-in defaults, for ledgers that have never saved a template. */
export const defaultTemplateSource: TemplateSource = {
  active: (stage, language) => ({ id: null, version: null, body: DEFAULT_TEMPLATES[stage][language] }),
};
