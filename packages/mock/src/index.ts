export { bundledSpecPath, type MockOptions, type RunningMock, startMock } from './prism.js';
export type { Failure, FailureStatus, FaultOptions, InsertEvery } from './simulator/faults.js';
export {
  DEFAULT_HISTORY_END,
  DEFAULT_LOCATION_ID,
  type RateLimitOptions,
  type SimulatorOptions,
  type SimulatorOrderInput,
} from './simulator/options.js';
export type { SimulatedOrder } from './simulator/order-record.js';
export { type RunningSimulator, startSimulator } from './simulator/start-simulator.js';
export type { SimulatorStats } from './simulator/stats.js';
