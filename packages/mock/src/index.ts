// The simulator lives in @hl-orders/simulator (no Prism); re-exported so that
// code importing it from here keeps working.
export {
  DEFAULT_HISTORY_END,
  DEFAULT_LOCATION_ID,
  type Failure,
  type FailureStatus,
  type FaultOptions,
  type InsertEvery,
  type OperationId,
  type PaymentLedger,
  type RateLimitOptions,
  type RecordedPayment,
  type RunningSimulator,
  type SimulatedFulfillment,
  type SimulatedOrder,
  type SimulatorOptions,
  type SimulatorOrderInput,
  type SimulatorStats,
  startSimulator,
} from '@hl-orders/simulator';
export { bundledSpecPath, type MockOptions, type RunningMock, startMock } from './prism.js';
