// Every passage the scoring tools cite, for the test that checks each quote; each rule imports its own tool's file.
export * from './passages/renewal';
export * from './passages/newProject';
export * from './passages/ranking';
export * from './passages/performance';
export * from './passages/sustainableCt';
