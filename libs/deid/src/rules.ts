// The rules that run before the PERSON labeller, in order: identifiers, dates, ages, addresses,
// tables, then the name rules. scanText() runs them first; the labeller's training runs them on
// its documents too (train/dataset.ts), because the labeller reads which names they found
// elsewhere in the text (model/features.ts docEvidence).
import type { Ctx } from './context';
import { detectAddressedNames, detectMailHeaders, detectSelfIntroductions } from './detect-addressed';
import { detectAddresses } from './detect-address';
import { detectEnglishAddresses } from './detect-address-en';
import { detectForeignForms } from './detect-foreign-forms';
import { detectAges, detectDates, extendLunarYears, joinDateRanges } from './detect-dates';
import { detectDocumentNumbers } from './detect-documents';
import { detectIds } from './detect-ids';
import { detectLabelled, detectNumberLabels, detectSpokenNumbers } from './detect-labelled';
import { detectGluedDistricts, detectLowerPlaces } from './detect-lower-places';
import { detectChat, detectDatedBylines, detectOwnLineSenders, detectRosters, detectSignatures } from './detect-chat';
import { detectCommentNames, detectPostAuthors } from './detect-comments';
import { detectAccountHolders, detectContactNames } from './detect-contacts';
import { detectCreditInitials } from './detect-credits';
import { detectEastAsianNames } from './detect-east-asian-names';
import { detectNames } from './detect-names';
import { detectScripts } from './detect-scripts';
import { detectTables } from './detect-tables';

export function detectByRules(ctx: Ctx): void {
  detectIds(ctx);
  detectLabelled(ctx);
  detectNumberLabels(ctx);
  detectDocumentNumbers(ctx);
  detectSpokenNumbers(ctx);
  detectDates(ctx);
  extendLunarYears(ctx);
  joinDateRanges(ctx);
  detectAges(ctx);
  detectAddresses(ctx);
  detectEnglishAddresses(ctx);
  detectLowerPlaces(ctx);
  detectGluedDistricts(ctx);
  detectForeignForms(ctx);
  detectTables(ctx);
  detectNames(ctx);
  detectChat(ctx);
  detectOwnLineSenders(ctx);
  detectDatedBylines(ctx);
  detectSignatures(ctx);
  detectRosters(ctx);
  detectContactNames(ctx);
  detectAccountHolders(ctx);
  detectCommentNames(ctx);
  detectPostAuthors(ctx);
  detectCreditInitials(ctx);
  detectEastAsianNames(ctx);
  detectAddressedNames(ctx);
  detectSelfIntroductions(ctx);
  detectMailHeaders(ctx);
  detectScripts(ctx);
}
