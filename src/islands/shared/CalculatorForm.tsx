// The form lives in the calculator kit (calculator.tsx), which explains why.
export { CalculatorForm } from './calculator';
