import { autopilotStrings } from './autopilot';
import { planStrings } from './plan';
import { queueStrings } from './queue';

// Each feature keeps its strings in its own file (renderer/i18n/features/<feature>.ts) under one
// top-level key, so features are added without touching each other's text. zh-CN first.
import { importStrings } from './import';

export type Tree = { [key: string]: string | Tree };
export interface FeatureStrings {
  'zh-CN': Tree;
  en: Tree;
}

export const FEATURES: FeatureStrings[] = [planStrings, queueStrings, importStrings, autopilotStrings];
