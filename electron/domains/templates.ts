import type { CheckedTemplate } from '../../shared/contract/templates';
import { defaultTemplate, PLACEHOLDERS } from '../../shared/template';
import type { Ctx } from '../core/context';
import type { HandlerPart } from '../core/registry';
import { checkTemplateText } from '../templates/checking';
import { previewTemplate } from '../templates/preview';
import { activeTemplate, listTemplates, saveTemplate, templateHistory, type TemplateVersion } from '../templates/templates-repo';

// Templates are checked under the ledger's pack: the business's jurisdiction, whatever the language.
const packOf = (ctx: Ctx) => ctx.settings().pack;

function checked(t: TemplateVersion, ctx: Ctx): CheckedTemplate {
  const { hints, worst } = checkTemplateText(t.body, packOf(ctx), t.stage, ctx.settings(), ctx.lang);
  return { ...t, isDefault: t.body === defaultTemplate(t.stage, t.language), hints, worst };
}

function saved(ctx: Ctx, before: TemplateVersion | undefined, after: TemplateVersion) {
  const created = before?.id !== after.id;
  if (created) ctx.emit('templates.changed', { stage: after.stage, language: after.language, version: after.version });
  return { template: checked(after, ctx), created };
}

export const templatesHandlers: HandlerPart = {
  'templates.list': (_input, ctx) => ({ pack: packOf(ctx), templates: listTemplates(ctx.db, ctx.nowIso()).map((t) => checked(t, ctx)) }),

  'templates.get': ({ stage, language }, ctx) => {
    const active = activeTemplate(ctx.db, stage, language, ctx.nowIso());
    return { template: checked(active, ctx), versions: templateHistory(ctx.db, stage, language), defaultBody: defaultTemplate(stage, language) };
  },

  'templates.save': ({ stage, language, body }, ctx) => {
    const before = activeTemplate(ctx.db, stage, language, ctx.nowIso());
    return saved(ctx, before, saveTemplate(ctx.db, stage, language, body, ctx.nowIso()));
  },

  'templates.reset': ({ stage, language }, ctx) => {
    const before = activeTemplate(ctx.db, stage, language, ctx.nowIso());
    return saved(ctx, before, saveTemplate(ctx.db, stage, language, defaultTemplate(stage, language), ctx.nowIso()));
  },

  'templates.preview': ({ stage, language, body, customerId }, ctx) => {
    const text = body ?? activeTemplate(ctx.db, stage, language, ctx.nowIso()).body;
    return previewTemplate(ctx.db, { body: text, language, uiLang: ctx.lang, customerId }, ctx.settings(), packOf(ctx), ctx.today());
  },

  'templates.check': ({ text, pack, stage }, ctx) => {
    const p = pack ?? packOf(ctx);
    return { pack: p, ...checkTemplateText(text, p, stage, ctx.settings(), ctx.lang) };
  },

  'templates.placeholders': (_input, ctx) => ({
    placeholders: PLACEHOLDERS.map((p) => ({ name: p.name, token: `{{${p.name}}}`, label: p.label[ctx.lang], sample: p.sample })),
  }),
};
