import type { Pack, Stage } from './pack';

export type Severity = 'block' | 'warn' | 'info';
export type Localized = { 'zh-CN': string; en: string };

export interface Hint {
  rule: string;
  severity: Severity;
  /** UTF-16 offsets into the original text, end exclusive; 0/0 when the hint is about something missing. */
  start: number;
  end: number;
  messageKey: string;
  params?: Record<string, string | number>;
  message: Localized;
  source: string;
}

export type Connector = 'modem' | 'aliyun' | 'tencent' | 'huawei' | 'twilio' | 'android' | 'http' | (string & {});

export interface CheckSettings {
  lateFee?: string;
  paymentLink?: string;
  signature?: string;
  businessName?: string;
}

export interface CheckOptions {
  pack: Pack;
  stage?: Stage;
  connector?: Connector;
  settings?: CheckSettings;
  /** The user's relaxed or tightened severities by rule id ('off' drops the rule); audited by the caller. */
  severities?: Record<string, Severity | 'off'>;
}
