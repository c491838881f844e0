// The form-state hooks live in the calculator kit (calculator.tsx), which explains why.
export { useCalculatorForm, useFragmentLoad, useOutcome, useRecalculate } from './calculator';
