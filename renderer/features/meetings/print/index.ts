export { MinutePrintButton } from './MinutePrintButton';
export { SignInSheetPrintButton } from './SignInSheetPrintButton';
