/** The bigram helpers live in ../grams.ts (shared with the CloudBase adapter); re-exported for the directory. */
export { asciiLower, bigrams } from '../grams'
