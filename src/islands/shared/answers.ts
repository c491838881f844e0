// Yes/no helpers live in the calculator kit (calculator.tsx), which explains why.
export { fromYesNo, toYesNo, yesNoOptions } from './calculator';
