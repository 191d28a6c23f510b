// The simulator lives in @hl-orders/simulator (no Prism); re-exported so that
// code importing it from here keeps working, with every name it exports
// (webhook types included) and nothing to keep in sync by hand.
export * from '@hl-orders/simulator';
export { bundledSpecPath, type MockOptions, type RunningMock, startMock } from './prism.js';
