// The scoring tools' worked examples, one book per tool (tests, tool pages and revision-impact tables read them).
export { renewalExamples } from './examples/renewal';
export { newProjectExamples } from './examples/newProject';
export { rankingExamples } from './examples/ranking';
export { performanceExamples } from './examples/performance';
export { sustainableCtExamples } from './examples/sustainableCt';
