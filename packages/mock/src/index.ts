export { bundledSpecPath, type MockOptions, type RunningMock, startMock } from './prism.js';
