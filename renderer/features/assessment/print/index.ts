export { AssessmentPrintButton, type AssessmentPrintButtonProps } from './AssessmentPrintButton';
