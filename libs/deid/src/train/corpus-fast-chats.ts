// Every annotated training chat typed fast without accents, in file order: round 17's corpora a–c and
// round 18's d–m (each file's header says who wrote it, what they read and what it covers).
import { FAST_CHAT_TRAINING_TEXTS_A } from './corpus-fast-chats-a';
import { FAST_CHAT_TRAINING_TEXTS_B } from './corpus-fast-chats-b';
import { FAST_CHAT_TRAINING_TEXTS_C } from './corpus-fast-chats-c';
import { FAST_CHAT_TRAINING_TEXTS_D } from './corpus-fast-chats-d';
import { FAST_CHAT_TRAINING_TEXTS_E } from './corpus-fast-chats-e';
import { FAST_CHAT_TRAINING_TEXTS_F } from './corpus-fast-chats-f';
import { FAST_CHAT_TRAINING_TEXTS_G } from './corpus-fast-chats-g';
import { FAST_CHAT_TRAINING_TEXTS_H } from './corpus-fast-chats-h';
import { FAST_CHAT_TRAINING_TEXTS_I } from './corpus-fast-chats-i';
import { FAST_CHAT_TRAINING_TEXTS_J } from './corpus-fast-chats-j';
import { FAST_CHAT_TRAINING_TEXTS_K } from './corpus-fast-chats-k';
import { FAST_CHAT_TRAINING_TEXTS_L } from './corpus-fast-chats-l';
import { FAST_CHAT_TRAINING_TEXTS_M } from './corpus-fast-chats-m';

export const FAST_CHAT_TRAINING_TEXTS: readonly string[] = [
  ...FAST_CHAT_TRAINING_TEXTS_A,
  ...FAST_CHAT_TRAINING_TEXTS_B,
  ...FAST_CHAT_TRAINING_TEXTS_C,
  ...FAST_CHAT_TRAINING_TEXTS_D,
  ...FAST_CHAT_TRAINING_TEXTS_E,
  ...FAST_CHAT_TRAINING_TEXTS_F,
  ...FAST_CHAT_TRAINING_TEXTS_G,
  ...FAST_CHAT_TRAINING_TEXTS_H,
  ...FAST_CHAT_TRAINING_TEXTS_I,
  ...FAST_CHAT_TRAINING_TEXTS_J,
  ...FAST_CHAT_TRAINING_TEXTS_K,
  ...FAST_CHAT_TRAINING_TEXTS_L,
  ...FAST_CHAT_TRAINING_TEXTS_M,
];
