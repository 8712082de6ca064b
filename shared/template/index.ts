export { DEFAULT_TEMPLATES, type DefaultTemplateKey, defaultTemplate, STAGES, type Stage } from './defaults';
export { type ParsedTemplate, parseTemplate, type TemplateError, type TemplatePart } from './parse';
export { isPlaceholderName, PLACEHOLDER_NAMES, PLACEHOLDERS, type PlaceholderInfo, type PlaceholderName } from './placeholders';
export { applySignature, type RenderContext, type RenderResult, renderTemplate } from './render';
export { SAMPLE_CONTEXT, SAMPLE_CONTEXT_EN, sampleContext } from './sample';
