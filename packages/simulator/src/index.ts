export type { Failure, FailureStatus, FaultOptions, InsertEvery } from './faults.js';
export type { OperationId } from './operations.js';
export {
  DEFAULT_HISTORY_END,
  DEFAULT_LOCATION_ID,
  type RateLimitOptions,
  type SimulatorOptions,
  type SimulatorOrderInput,
} from './options.js';
export type { RunningSimulator } from './running-simulator.js';
export { startSimulator } from './start-simulator.js';
export type { SimulatorStats } from './stats.js';
export type { PaymentLedger, RecordedPayment, SimulatedFulfillment, SimulatedOrder } from './views.js';
