import type { PhraseFamily } from './family';

// English families, matched on whole words in the en view (case-folded, punctuation collapsed).
const PEOPLE = '(?:employer|boss|family|relatives|parents|spouse|wife|husband|neighbou?rs?|friends|colleagues|co workers?|workplace)';

export const EN_FAMILIES: PhraseFamily[] = [
  {
    id: 'en.arrest',
    view: 'en',
    rules: { cn: 'CN-06', us: 'US-08', uk: 'UK-05' },
    messageKey: 'arrest',
    patterns: ['arrest(?:ed)?', 'jail(?:ed)?', 'prison', 'warrant', 'police', 'criminal(?: charges?)?', 'prosecut(?:e|ed|ion)', 'locked up'],
  },
  {
    id: 'en.seizure',
    view: 'en',
    rules: { cn: 'CN-07', us: 'US-08', uk: 'UK-05' },
    messageKey: 'seizure',
    patterns: ['garnish(?:ee|ed|ing|ment)?(?: your wages)?', 'seize(?:d)?', 'seizure', 'repossess(?:ed|ion)?', 'bailiffs?', 'enforcement agents?', 'take your (?:house|home|car)'],
  },
  {
    id: 'en.identity',
    view: 'en',
    rules: { cn: 'CN-05', us: 'US-08', uk: 'UK-05' },
    messageKey: 'false_identity',
    patterns: ['court', 'judge', 'sheriff', 'irs', 'hmrc', 'government', 'law office', 'law firm', 'attorneys?', 'lawyers?', 'solicitors?', 'legal department'],
  },
  {
    id: 'en.third',
    view: 'en',
    rules: { cn: 'CN-08', us: 'US-08', uk: 'UK-03' },
    messageKey: 'third_party',
    patterns: [`(?:tell|inform|contact|notify|call|text) your ${PEOPLE}`, 'publish your name', 'name and shame', 'post (?:it|this|your name) (?:on|online)', 'social media'],
  },
  {
    id: 'en.credit',
    view: 'en',
    rules: { cn: 'CN-07', us: 'US-08', uk: 'UK-05' },
    messageKey: 'credit_threat',
    patterns: ['black ?list(?:ed)?', '(?:ruin|destroy|wreck) your credit'],
  },
  {
    id: 'en.abuse',
    view: 'en',
    rules: { cn: 'CN-06', us: 'US-08', uk: 'UK-03' },
    messageKey: 'abuse',
    patterns: ['fuck\\w*', 'shit\\w*', 'bitch\\w*', 'bastards?', 'idiots?', 'scum', 'deadbeats?', 'losers?', 'stupid', 'damn', 'crooks?', 'kill you', 'hurt you', 'beat you', 'break your'],
  },
  {
    id: 'en.lure',
    view: 'en',
    rules: { us: 'US-08', uk: 'UK-04' },
    messageKey: 'lure',
    patterns: ['missed delivery', 'parcel (?:is )?(?:waiting|held|on hold)', 'package (?:is )?(?:waiting|held|on hold)', 'urgent legal matter', 'you have won', 'claim your prize'],
  },
  {
    id: 'en.marketing',
    view: 'en',
    rules: { cn: 'CN-12', uk: 'GDPR' },
    messageKey: 'marketing',
    patterns: ['discount', 'special offer', 'limited time', 'buy now', 'promo(?: code)?', 'coupon', '\\d+ off', 'sale ends', 'free gift', 'new arrivals'],
  },
];
