// The result pieces live in the calculator kit (calculator.tsx), which explains why.
export { ResultActions, ResultPanel, ResultTable, type ResultActionsProps } from './calculator';
