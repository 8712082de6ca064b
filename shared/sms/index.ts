export { analyzeSms, countSms, LIMITS, MAX_PARTS, type SmsAnalysis, type SmsEncoding, splitSms } from './analyze';
export { GSM_BASIC, GSM_EXTENSION, gsmCost } from './gsm';
export { type GsmSuggestion, gsmAfterReplacements, hasGsmReplacement, suggestGsmReplacements, toGsmFriendly } from './suggest';
export { CN_BILLING, cnBillingParts } from './billing';
