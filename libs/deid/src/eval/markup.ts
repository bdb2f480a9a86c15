// Gold-annotated documents are written with inline markup: [[CODE:text]], e.g.
// "BN [[N:Nguyễn Văn An]], SĐT [[P:0912 345 678]]". parseMarkup() strips it and
// returns the plain text with exact gold offsets.
import { PhiKind } from '../types';

export interface GoldSpan {
  kind: PhiKind;
  start: number;
  end: number;
  text: string;
}

export interface EvalDoc {
  id: string;
  /** admission, discharge, referral, consult, outbreak, nursing, … */
  type: string;
  text: string;
  gold: GoldSpan[];
}

export const CODES: Record<string, PhiKind> = {
  N: 'NAME',
  ID: 'CCCD',
  CM: 'CMND',
  BH: 'HEALTH_INSURANCE',
  P: 'PHONE',
  E: 'EMAIL',
  U: 'URL',
  IP: 'IP',
  L: 'LICENSE',
  R: 'RECORD_NUMBER',
  A: 'ADDRESS',
  D: 'DATE',
  AGE: 'AGE_OVER_89',
  PP: 'PASSPORT',
  VP: 'VEHICLE_PLATE',
};

const MARK = /\[\[([A-Z]+):([^\]]*)\]\]/g;

export function parseMarkup(id: string, type: string, marked: string): EvalDoc {
  let text = '';
  const gold: GoldSpan[] = [];
  let pos = 0;
  let m: RegExpExecArray | null;
  MARK.lastIndex = 0;
  while ((m = MARK.exec(marked))) {
    const kind = CODES[m[1]];
    if (!kind) throw new Error(`${id}: unknown code ${m[1]}`);
    text += marked.slice(pos, m.index);
    const start = text.length;
    text += m[2];
    gold.push({ kind, start, end: text.length, text: m[2] });
    pos = m.index + m[0].length;
  }
  text += marked.slice(pos);
  if (/\[\[|\]\]/.test(text)) throw new Error(`${id}: unbalanced markup`);
  return { id, type, text, gold };
}
