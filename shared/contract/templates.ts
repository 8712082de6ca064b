import { z } from 'zod';
import { PACKS, STAGES } from '../compliance/pack';
import { PLACEHOLDER_NAMES } from '../template/placeholders';
import { method } from './define';
import { id } from './schemas';

export const templateStage = z.enum(STAGES);
export const templateLanguage = z.enum(['zh-CN', 'en']);
export const pack = z.enum(PACKS);
export const severity = z.enum(['block', 'warn', 'info']);
// A template body: one SMS template, generously bounded (providers cap a message at 500 characters).
const body = z.string().max(2000);

/** A compliance hint over the wire: the message already in the caller's language. */
export const wireHint = z.object({
  rule: z.string(),
  severity,
  start: z.number().int(),
  end: z.number().int(),
  message: z.string(),
  source: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type WireHint = z.infer<typeof wireHint>;

export const templateVersion = z.object({
  id,
  stage: templateStage,
  language: templateLanguage,
  version: z.number().int().min(1),
  body: z.string(),
  createdAt: z.string(),
});
export type TemplateVersionRow = z.infer<typeof templateVersion>;

/** The version in force, checked under the ledger's pack and settings. */
export const checkedTemplate = templateVersion.extend({
  isDefault: z.boolean(),
  hints: z.array(wireHint),
  worst: severity.nullable(),
});
export type CheckedTemplate = z.infer<typeof checkedTemplate>;

export const smsInfo = z.object({
  encoding: z.enum(['GSM-7', 'UCS-2']),
  units: z.number().int(),
  parts: z.number().int(),
  perPart: z.number().int(),
  characters: z.number().int(),
  ucs2Chars: z.array(z.object({ char: z.string(), index: z.number().int() })),
  costCents: z.number().int(),
});
export type SmsInfo = z.infer<typeof smsInfo>;

const stageLang = { stage: templateStage, language: templateLanguage };
const saved = z.object({ template: checkedTemplate, created: z.boolean() });

export const templatesContract = {
  'templates.list': method(z.object({}), z.object({ pack, templates: z.array(checkedTemplate) })),
  'templates.get': method(
    z.object(stageLang),
    z.object({ template: checkedTemplate, versions: z.array(templateVersion), defaultBody: z.string() }),
  ),
  /** Saving a draft with block hints is allowed: the planner excludes it with `template_blocked`. */
  'templates.save': method(z.object({ ...stageLang, body }), saved),
  'templates.reset': method(z.object(stageLang), saved),
  'templates.preview': method(
    z.object({ ...stageLang, body: body.optional(), customerId: id.optional() }),
    z.object({
      /** null: no customer in the ledger fits, so the sample context was used. */
      customer: z.object({ id, name: z.string() }).nullable(),
      text: z.string().nullable(),
      missing: z.array(z.enum(PLACEHOLDER_NAMES)),
      hints: z.array(wireHint),
      worst: severity.nullable(),
      sms: smsInfo.nullable(),
    }),
  ),
  'templates.check': method(
    z.object({ text: z.string().max(10_000), pack: pack.optional(), stage: templateStage.optional() }),
    z.object({ pack, hints: z.array(wireHint), worst: severity.nullable() }),
  ),
  'templates.placeholders': method(
    z.object({}),
    z.object({
      placeholders: z.array(z.object({ name: z.enum(PLACEHOLDER_NAMES), token: z.string(), label: z.string(), sample: z.string() })),
    }),
  ),
};
