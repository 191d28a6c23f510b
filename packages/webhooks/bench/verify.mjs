// `pnpm bench` (this package's part): what verifying one delivery costs, for
// each scheme, measured side by side in one run, and what each entry point
// adds to a bundle. Not a test: numbers depend on the machine; the budgets
// that fail a build are size-limit's (`pnpm lint`).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { verifyWebhook } from '../dist/index.js';
import { createWebhookBody, generateTestKeys, signWebhook } from '../dist/testing.js';

const ROUNDS = 15;
const PER_ROUND = 200;

// A typical OrderCreate delivery (the spec's example): about 1.6 KB of JSON.
const order = {
  type: 'OrderCreate',
  locationId: '3SwdhCu3svxI8AKsPJt6',
  altId: '3SwdhCu3svxI8AKsPJt6',
  altType: 'location',
  _id: '6798eb6bde5a1314e62a9f10',
  contactId: 'XPLSw2SVagl12LMDeTmQ',
  contactSnapshot: {
    locationId: '3SwdhCu3svxI8AKsPJt6',
    id: 'XPLSw2SVagl12LMDeTmQ',
    name: 'James Bond',
    firstName: 'James',
    lastName: 'Bond',
    email: 'james.bond@gohighlevel.com',
    phone: '+14155550123',
    companyName: 'Universal Exports',
    address1: '85 Albert Embankment',
    city: 'London',
    state: 'London',
    postalCode: 'SE1 7TP',
    country: 'GB',
    source: 'website',
    dateAdded: '2024-11-20T10:23:36.515Z',
    dnd: false,
    tags: ['customer'],
    attachments: [],
  },
  status: 'pending',
  fulfillmentStatus: 'unfulfilled',
  currency: 'USD',
  amount: 104,
  liveMode: false,
  items: [
    {
      name: 'Sample Product',
      qty: 2,
      product: { _id: '655b33a82209e60b6adb87a5', name: 'Sample Product', productType: 'PHYSICAL' },
      price: { _id: '6578278e879ad2646715ba9c', name: 'Standard', type: 'one_time', currency: 'USD', amount: 50 },
    },
  ],
  amountSummary: { subtotal: 100, discount: 10, tax: 9, shipping: 5 },
  taxSummary: [{ _id: '6578278e879ad2646715bb01', name: 'Sales tax', calculation: 'exclusive', rate: 10, amount: 9 }],
  source: { id: 'kDj7BHej9Zyyq3QakJmz', name: 'Bond Store', type: 'website', subType: 'store', meta: {} },
  createdAt: '2025-01-28T14:34:59.120Z',
  updatedAt: '2025-01-28T14:34:59.120Z',
};

// HighLevel's own RSA key is 4096 bits: the legacy scheme is measured at that size.
const keys = await generateTestKeys({ rsaModulusLength: 4096 });
const now = Date.now();
const body = new TextEncoder().encode(createWebhookBody(order, { now, webhookId: 'bench' }));
const schemes = {
  ed25519: {
    headers: { 'x-ghl-signature': await signWebhook({ body, privateKey: keys.ed25519.privateKey, scheme: 'ed25519' }) },
    keys: { ed25519: keys.ed25519.publicKey },
  },
  rsa: {
    headers: { 'x-wh-signature': await signWebhook({ body, privateKey: keys.rsa.privateKey, scheme: 'rsa' }) },
    keys: { rsa: keys.rsa.publicKey },
  },
};
// Every check runs, the replay check included, against a store that says
// "new" at no cost: the figure is this package's work, not a database's.
const replayStore = { remember: () => true };

async function round(scheme, count) {
  const { headers, keys } = schemes[scheme];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const result = await verifyWebhook({ body, headers, keys, now, replayStore });
    if (result.scheme !== scheme) throw new Error(`verified by ${result.scheme}, not ${scheme}`);
  }
  return ((performance.now() - started) * 1000) / count;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Warm up (keys imported and cached, code optimised), then alternate the
// schemes round by round so both see the same machine.
await round('ed25519', PER_ROUND);
await round('rsa', PER_ROUND);
const samples = { ed25519: [], rsa: [] };
for (let i = 0; i < ROUNDS; i++) {
  for (const scheme of i % 2 ? ['rsa', 'ed25519'] : ['ed25519', 'rsa']) {
    samples[scheme].push(await round(scheme, PER_ROUND));
  }
}
const ed = median(samples.ed25519);
const rsa = median(samples.rsa);

console.log(
  `@hl-orders/webhooks: verification cost per event (${body.byteLength}-byte OrderCreate, median of ${ROUNDS} rounds of ${PER_ROUND}, Node ${process.versions.node})`,
);
console.log(`  Ed25519 (x-ghl-signature)        ${ed.toFixed(1).padStart(8)} µs`);
console.log(`  RSA-4096 SHA-256 (x-wh-signature) ${rsa.toFixed(1).padStart(7)} µs`);
console.log(`  RSA / Ed25519                     ${(rsa / ed).toFixed(2).padStart(7)} x`);

// What each entry point weighs in an app's bundle, as size-limit measures it.
const entries = [
  ['core: verifyWebhook + constructEvent', 'index.js', '{ verifyWebhook, constructEvent }'],
  ['Web Request: createWebhookHandler', 'web.js', '{ createWebhookHandler }'],
  ['node:http: createNodeWebhookHandler', 'node.js', '{ createNodeWebhookHandler }'],
  ['Express: expressWebhook', 'express.js', '{ expressWebhook }'],
  ['Fastify: fastifyWebhook', 'fastify.js', '{ fastifyWebhook }'],
  ['testing: generateTestKeys + signWebhook', 'testing.js', '{ generateTestKeys, signWebhook }'],
];
console.log('\n@hl-orders/webhooks: bundle size per entry point (minified + gzipped, with everything it imports)');
for (const [name, file, names] of entries) {
  const result = await build({
    stdin: { contents: `export ${names} from './dist/${file}';`, resolveDir: new URL('..', import.meta.url).pathname },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const bytes = gzipSync(result.outputFiles[0].contents).byteLength;
  console.log(`  ${name.padEnd(42)} ${(bytes / 1000).toFixed(2).padStart(6)} kB`);
}
