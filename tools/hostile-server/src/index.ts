// @hl-orders/hostile-server: a scriptable hostile stand-in for the Orders API,
// for the client's and the CLI's tests. See README.md for every behaviour.
export type { Order } from '@hl-orders/types';
export type { Answer, BeforeEachHook, Behaviour, BehaviourContext, RecordedRequest } from './behaviour.js';
export {
  delayed,
  html,
  reset,
  resetAfterHeaders,
  status,
  TRUNCATED_JSON,
  truncatedJson,
  withHeaders,
} from './behaviours/broken-answers.js';
export { ENDLESS_JSON_PREFIX, type EndlessBodyOptions, endlessBody } from './behaviours/endless-body.js';
export { type HugeBodyOptions, hugeBody } from './behaviours/huge-body.js';
export { type InfinitePagesOptions, ignoreOffset, infinitePages } from './behaviours/paging-lies.js';
export {
  hostileRateLimitHeaders,
  hostileRetryAfter,
  type RateLimitedOptions,
  rateLimited,
} from './behaviours/rate-limited.js';
export { type RedirectOptions, redirect } from './behaviours/redirect.js';
export { type ReflectTokenOptions, type ReflectWhere, reflectToken } from './behaviours/reflect-token.js';
export { type SlowlorisOptions, slowloris } from './behaviours/slowloris.js';
export { type ControlChar, type ControlCharsOptions, controlCharsIn } from './control-chars.js';
export { looksLikeFormula } from './csv-formula.js';
export { HOSTILE_TEXT_FIELDS, type HostileOrderKind, hostileOrder } from './hostile-order.js';
export {
  csvFormulas,
  type HostileStringName,
  harmlessLookalikes,
  hostileStrings,
  terminalAttacks,
} from './hostile-strings.js';
export type { OrderList, OrderOverrides } from './order-list.js';
export { type Random, seededRandom } from './random.js';
export { type HostileServer, type HostileServerOptions, startHostileServer } from './server.js';
export {
  allOf,
  type InsertOrdersOptions,
  insertOrders,
  type RemoveOrdersOptions,
  removeOrders,
  type When,
} from './shift.js';
export { findTokenFragments, inspectEverything, tokenWindows } from './token-fragments.js';
