// Held-out set 5, written BLIND in round 4 together with heldout4 (same author, same
// reading: evaluation code, the miss classes and the README, never the detector), so its
// first scores are a forecast. All people, numbers and addresses are invented.
// 22 chat-style clinical conversations (Zalo/Messenger ward groups, hand-overs, lab and
// pharmacy threads, doctor–patient and family messages, an expat in English, a Japanese
// patient through an interpreter, 115 dispatch): sender labels at line start ("Hạnh:",
// "Tuấn (Khoa Nội):", "Minh Châu - Dược:", "Vy XN:"), lower-case and unaccented names,
// given names alone, Nghệ An/Huế address words, Ê Đê/K'Ho/Cơ Tu/H'Mông/Khmer names,
// Latin-capital and Hangul/Kanji names, foreign phones (+82, +81, +61, +1), passports,
// plates, labelled numbers of every shape (PID BV.2025.018832, SA.250612.0034, ACC-25-…,
// e-prescription 7531a9k2d4f6-c, 218/2025/GCT, MSSV, vaccine lot numbers); and chat
// phrases that must produce no finding.
//
// Conventions: those of heldout4/index.ts; a sender label is a name when it is a person
// (not "BN:", "Mẹ:", "Con gái:", "Điều phối", "Phòng CTXH"); a vaccine lot number and a
// booking code are record numbers (R).
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PHRASES } from './phrases';

export const HELDOUT5_DOCS: readonly EvalDoc[] = [...PART1, ...PART2].map(([type, text], i) => parseMarkup(`heldout5-${i + 1}`, type, text));

export const HELDOUT5_CLINICAL_PHRASES: readonly string[] = PHRASES;
